#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system calls ingest needs, on POSIX directly (no Foundation: start-up stays short).
/// The command line lists folders through it too (journals, path completion).
package enum FileSystem {
    enum Kind { case file, directory, other, missing }

    static func kind(_ path: String) -> (Kind, Int32) {
        var st = stat()
        guard stat(path, &st) == 0 else { return (.missing, errno) }
        switch st.st_mode & S_IFMT {
        case S_IFDIR: return (.directory, 0)
        case S_IFREG: return (.file, 0)
        default: return (.other, 0)
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    static func message(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "is a directory"
        case ELOOP: return "too many symbolic links"
        case ENAMETOOLONG: return "file name too long"
        case ENOTDIR: return "a part of the path is not a directory"
        default: return String(cString: strerror(code))
        }
    }

    enum ReadError: Error { case system(Int32), tooLarge(Int) }

    /// Reads a whole file, refusing one larger than `limit` bytes without reading it all.
    static func read(_ path: String, limit: Int) -> Result<[UInt8], ReadError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.system(errno)) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(.system(errno)) }
        if st.st_mode & S_IFMT == S_IFDIR { return .failure(.system(EISDIR)) }
        let size = Int(st.st_size)
        if size > limit { return .failure(.tooLarge(size)) }
        var out = [UInt8](repeating: 0, count: max(size, 0))
        var filled = 0
        // A regular file is read to its size; anything else (a pipe, a device) up to the limit.
        while true {
            if filled == out.count {
                if out.count > limit { return .failure(.tooLarge(out.count)) }
                out.append(contentsOf: repeatElement(0, count: max(4096, out.count)))
            }
            let n = out.withUnsafeMutableBytes { buf in
                Glibc.read(fd, buf.baseAddress! + filled, buf.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.system(errno))
            }
            if n == 0 { break }
            filled += n
        }
        out.removeSubrange(filled...)
        if filled > limit { return .failure(.tooLarge(filled)) }
        return .success(out)
    }

    /// A name in a directory, and whether the directory says it is a directory (a link to one
    /// is not).
    package struct Entry: Equatable, Sendable {
        package let name: String
        package let isDirectory: Bool
    }

    /// Entries of a directory (no "." or ".."), or the errno that stopped it.
    static func list(_ path: String) -> Result<[Entry], ReadError> {
        guard let dir = opendir(path) else { return .failure(.system(errno)) }
        defer { closedir(dir) }
        var entries: [Entry] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { entries.append(Entry(name: name, isDirectory: entry.pointee.d_type == UInt8(DT_DIR))) }
        }
        return .success(entries)
    }

    /// Entries of a directory (no "." or ".."), in the order it gives them; nil when it cannot
    /// be read.
    package static func entries(_ path: String) -> [Entry]? {
        try? list(path).get()
    }

    /// Shell-style pattern expansion (`*`, `?`, `[…]`), sorted; empty when nothing matches.
    static func glob(_ pattern: String) -> [String] {
        var g = glob_t()
        defer { globfree(&g) }
        guard Glibc.glob(pattern, 0, nil, &g) == 0 else { return [] }
        return (0..<Int(g.gl_pathc)).compactMap { g.gl_pathv[$0].map { String(cString: $0) } }
    }

    static func baseName(_ path: String) -> String {
        var p = Substring(path)
        while p.utf8.count > 1 && p.hasSuffix("/") { p = p[..<p.index(before: p.endIndex)] }
        if let slash = p.lastIndex(of: "/") { return String(p[p.index(after: slash)...]) }
        return String(p)
    }
}

/// A text file that could not be read, with the reason in words.
package struct FileError: Error, Equatable, Sendable {
    package var path: String
    package var reason: String

    package init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// Reading small text files: scripts and notebooks (articles go through `Corpus.load`).
package enum TextFile {
    /// The file's text (UTF-8; invalid bytes become U+FFFD). "-" is not special here.
    package static func read(_ path: String, limit: Int = 64 << 20) throws(FileError) -> String {
        switch FileSystem.read(path, limit: limit) {
        case .success(let bytes):
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            return String(decoding: body, as: UTF8.self)
        case .failure(.system(let code)):
            throw FileError(path: path, reason: FileSystem.message(code))
        case .failure(.tooLarge(let n)):
            throw FileError(path: path, reason: "file is \(Corpus.megabytes(n)), too large")
        }
    }
}
