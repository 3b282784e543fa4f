#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a crash or a full disk never leaves a half-written one: a temporary file
/// in the same folder, fsync, then rename over the target. A failed write leaves the old file.
package enum AtomicFile {
    package static func write(_ text: String, to path: String) throws(FileError) {
        let dir = directory(of: path)
        var template = Array((dir + "/.sift-write-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw FileError(path: path, reason: "cannot create a file in \(dir): \(FileSystem.message(errno))") }
        let temp = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var ok = false
        defer { if !ok { unlink(temp) } }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, bytes.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                let e = errno
                close(fd)
                throw FileError(path: path, reason: "write failed: \(FileSystem.message(e)); the old file is unchanged")
            }
            written += n
        }
        fchmod(fd, 0o644)
        if fsync(fd) != 0 {
            let e = errno
            close(fd)
            throw FileError(path: path, reason: "sync failed: \(FileSystem.message(e)); the old file is unchanged")
        }
        close(fd)
        guard rename(temp, path) == 0 else {
            throw FileError(path: path, reason: "cannot replace it: \(FileSystem.message(errno)); the old file is unchanged")
        }
        ok = true
        // Make the rename itself durable.
        let dfd = open(dir, O_RDONLY | O_DIRECTORY)
        if dfd >= 0 { fsync(dfd); close(dfd) }
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let d = String(path[..<slash])
        return d.isEmpty ? "/" : d
    }

    package static func exists(_ path: String) -> Bool { FileSystem.kind(path).0 != .missing }
}
