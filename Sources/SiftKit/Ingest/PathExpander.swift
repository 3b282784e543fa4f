#if canImport(Glibc)
import Glibc
#endif

/// A file to load and the name its article will carry.
struct FileCandidate: Equatable, Sendable {
    var path: String
    var name: String
}

/// Something that went wrong, or is worth knowing, while loading. ``Severity-swift.enum/skipped``
/// problems mean the input did not load; warnings mean it loaded with a caveat (a fallback
/// encoding, repaired text).
///
/// Issues are values, never thrown: ``Corpus/load(_:options:)`` loads what it can and returns
/// every issue in its ``LoadReport``.
public struct LoadIssue: Error, Equatable, Sendable, CustomStringConvertible {
    /// How bad an issue is.
    public enum Severity: Sendable {
        /// The input loaded, with a caveat.
        case warning
        /// The input did not load.
        case skipped
    }
    /// What the caller may change to read the input: the engine says what is wrong, the program
    /// that embeds it says how (the sift CLI names its flag).
    public enum Remedy: Sendable, Equatable {
        /// The file is over ``LoadOptions/maxFileSize``.
        case raiseSizeLimit
        /// A data set's records have no field named ``RecordFields/text``.
        case nameTextField
    }
    /// The path (or data-set location, `news.jsonl:12`) the issue is about.
    public var path: String
    /// What happened, in a few words.
    public var message: String
    /// Whether the input loaded.
    public var severity: Severity
    /// The setting that would let the input load, when there is one.
    public var remedy: Remedy?

    package init(path: String, message: String, severity: Severity, remedy: Remedy? = nil) {
        self.path = path
        self.message = message
        self.severity = severity
        self.remedy = remedy
    }

    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}

/// Turns command-line arguments into files: a file as it is, a folder searched recursively for
/// `*.txt` (hidden entries skipped, symbolic-link loops cut), and a pattern expanded like a shell glob
/// when no file has that exact name.
enum PathExpander {
    static func expand(_ arguments: [String]) -> ([FileCandidate], [LoadIssue]) {
        var files: [FileCandidate] = []
        var issues: [LoadIssue] = []
        for arg in arguments {
            if arg.isEmpty {
                issues.append(LoadIssue(path: "''", message: "empty path", severity: .skipped))
                continue
            }
            if arg == "-" {  // standard input
                files.append(FileCandidate(path: "-", name: "stdin"))
                continue
            }
            let (kind, code) = FileSystem.kind(arg)
            switch kind {
            case .directory:
                let before = files.count
                walk(arg, into: &files, issues: &issues)
                if files.count == before {
                    issues.append(LoadIssue(path: arg, message: "no .txt files in this directory", severity: .skipped))
                }
            case .file, .other:
                files.append(FileCandidate(path: arg, name: FileSystem.baseName(arg)))
            case .missing:
                if code == ENOENT && arg.contains(where: { "*?[".contains($0) }) {
                    let matches = FileSystem.glob(arg)
                    if matches.isEmpty {
                        issues.append(LoadIssue(path: arg, message: "no files match this pattern", severity: .skipped))
                    }
                    for m in matches {
                        if FileSystem.kind(m).0 == .directory {
                            walk(m, into: &files, issues: &issues)
                        } else {
                            files.append(FileCandidate(path: m, name: FileSystem.baseName(m)))
                        }
                    }
                } else {
                    issues.append(LoadIssue(path: arg, message: FileSystem.message(code), severity: .skipped))
                }
            }
        }
        return (distinguishNames(files), issues)
    }

    /// Two different files that would carry the same name (`sport/064.txt` and
    /// `entertainment/064.txt` given as files are both `064.txt`) are named by as much of their
    /// paths as tells them apart (`sport/064.txt`, `entertainment/064.txt`), so no row is
    /// ambiguous.
    static func distinguishNames(_ files: [FileCandidate]) -> [FileCandidate] {
        // The same file given twice (`a.txt`, `./a.txt`) is one file: it loads once.
        var pathsByName: [String: Set<String>] = [:]
        var real: [String: String] = [:]
        for f in files { pathsByName[f.name, default: []].insert(f.path) }
        guard pathsByName.values.contains(where: { $0.count > 1 }) else { return files }
        for (name, paths) in pathsByName where paths.count > 1 {
            var seen: [String: String] = [:]
            for p in paths.sorted() {
                let r = FileSystem.realPath(p) ?? p
                real[p] = r
                seen[r] = seen[r] ?? p
            }
            pathsByName[name] = Set(seen.values)
        }
        var renamed: [String: String] = [:]  // real path → name
        for (_, paths) in pathsByName where paths.count > 1 {
            let parts = paths.map { p in (real[p] ?? p, (real[p] ?? p).split(separator: "/").filter { $0 != "." }.map(String.init)) }
            var n = 2
            while true {
                let names = parts.map { ($0.0, $0.1.suffix(n).joined(separator: "/")) }
                if Set(names.map(\.1)).count == names.count || n > parts.map(\.1.count).max()! {
                    for (p, name) in names { renamed[p] = name }
                    break
                }
                n += 1
            }
        }
        return files.map { f in
            guard let name = renamed[real[f.path] ?? f.path] else { return f }
            return FileCandidate(path: f.path, name: name)
        }
    }

    /// Every `*.txt` under `root`, named by its path relative to `root`, in sorted order.
    private static func walk(_ root: String, into files: inout [FileCandidate], issues: inout [LoadIssue]) {
        var found: [String] = []
        var seen: Set<String> = []
        func visit(_ dir: String, _ relative: String) {
            guard let real = FileSystem.realPath(dir), seen.insert(real).inserted else { return }
            switch FileSystem.list(dir) {
            case .failure(let error):
                let message = if case .system(let code) = error { FileSystem.message(code) } else { "unreadable" }
                issues.append(LoadIssue(path: dir, message: message, severity: .skipped))
            case .success(let entries):
                for name in entries.map(\.name).sorted() where !name.hasPrefix(".") {
                    let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                    let rel = relative.isEmpty ? name : relative + "/" + name
                    switch FileSystem.kind(path).0 {
                    case .directory: visit(path, rel)
                    case .file where name.hasSuffix(".txt"): found.append(rel)
                    default: break
                    }
                }
            }
        }
        visit(root, "")
        for rel in found.sorted() {
            let path = root.hasSuffix("/") ? root + rel : root + "/" + rel
            files.append(FileCandidate(path: path, name: rel))
        }
    }
}
