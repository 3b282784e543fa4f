#if canImport(Glibc)
import Glibc
#endif

/// Reads a file (or standard input) a line at a time in fixed-size chunks, so a data set of any
/// size streams through a small buffer. A line longer than the limit is skipped to its end
/// without being held, and reported by number.
final class LineReader {
    enum Line {
        /// A line's bytes without its "\n" (a "\r" before it is dropped too).
        case line([UInt8], number: Int)
        case tooLong(bytes: Int, number: Int)
    }

    private let fd: Int32
    private let ownsFD: Bool
    private let limit: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false
    private(set) var number = 0
    /// The errno of a failed read, if one stopped the file early.
    private(set) var readError: Int32? = nil

    /// Opens `path` ("-": standard input). Nil with the errno when it cannot be opened.
    static func open(_ path: String, limit: Int) -> Result<LineReader, FileSystem.ReadError> {
        if path == "-" { return .success(LineReader(fd: 0, owns: false, limit: limit)) }
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.system(errno)) }
        var st = stat()
        if fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFDIR { close(fd); return .failure(.system(EISDIR)) }
        return .success(LineReader(fd: fd, owns: true, limit: limit))
    }

    private init(fd: Int32, owns: Bool, limit: Int) {
        self.fd = fd
        self.ownsFD = owns
        self.limit = limit
    }

    deinit { if ownsFD { close(fd) } }

    /// The next line, or nil at the end.
    func next() -> Line? {
        var skipped = 0  // bytes of an over-long line dropped so far
        while true {
            if let nl = buffer[start...].firstIndex(of: 0x0A) {
                number += 1
                if skipped > 0 {
                    let n = skipped + (nl - start)
                    start = nl + 1
                    return .tooLong(bytes: n, number: number)
                }
                var end = nl
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                defer { start = nl + 1 }
                if end - start > limit { return .tooLong(bytes: end - start, number: number) }
                return .line(Array(buffer[start..<end]), number: number)
            }
            if eof {
                guard start < buffer.count || skipped > 0 else { return nil }
                number += 1
                let n = skipped + buffer.count - start
                var end = buffer.count
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = buffer.count
                return skipped > 0 || n > limit ? .tooLong(bytes: n, number: number) : .line(line, number: number)
            }
            // Keep what is left of the line, drop what was read, refill.
            if buffer.count - start > limit {
                skipped += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
            } else {
                buffer.removeSubrange(0..<start)
            }
            start = 0
            fill()
        }
    }

    private func fill() {
        let chunk = 1 << 20
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + old, chunk) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { readError = errno }
            buffer.removeSubrange((old + max(n, 0))...)
            if n <= 0 { eof = true }
            return
        }
    }
}
