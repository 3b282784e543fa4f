#if canImport(Glibc)
import Glibc
#endif

/// Absolute and relative paths, without Foundation.
enum FilePaths {
    static var currentDirectory: String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        return getcwd(&buffer, buffer.count).map { String(cString: $0) } ?? "."
    }

    static func absolute(_ path: String) -> String {
        guard path != "samples" else { return path }
        let joined = path.hasPrefix("/") ? path : currentDirectory + "/" + path
        return normalized(joined)
    }

    /// "a/./b/../c" → "a/c"
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for p in path.split(separator: "/", omittingEmptySubsequences: true) {
            if p == "." { continue }
            if p == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(p)
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let d = String(path[..<slash])
        return d.isEmpty ? "/" : d
    }

    static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// `target` as a path relative to the folder `base` (both absolute).
    static func relative(_ target: String, from base: String) -> String {
        let t = target.split(separator: "/"), b = base.split(separator: "/")
        var common = 0
        while common < t.count && common < b.count && t[common] == b[common] { common += 1 }
        let up = Array(repeating: "..", count: b.count - common)
        let rest = t[common...].map(String.init)
        let joined = (up + rest).joined(separator: "/")
        return joined.isEmpty ? "." : joined
    }
}
