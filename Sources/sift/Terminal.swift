#if canImport(Glibc)
import Glibc
#endif
import SiftKit
import Synchronization

/// Everything the CLI knows about where its output goes. The engine never asks.
enum Terminal {
    static let stdinIsTTY = isatty(STDIN_FILENO) == 1
    static let stdoutIsTTY = isatty(STDOUT_FILENO) == 1
    static let stderrIsTTY = isatty(STDERR_FILENO) == 1

    /// Columns of the terminal on standard output, nil when it is not a terminal.
    static var width: Int? {
        guard stdoutIsTTY else { return nil }
        var ws = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { return Int(ws.ws_col) }
        if let c = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), c > 0 { return c }
        return 80
    }

    /// Columns of the terminal on standard error, nil when it is not a terminal.
    static var errorWidth: Int? {
        guard stderrIsTTY else { return nil }
        var ws = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { return Int(ws.ws_col) }
        return 80
    }

    /// Rows of the terminal on standard output, nil when it is not a terminal.
    static var height: Int? {
        guard stdoutIsTTY else { return nil }
        var ws = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_row > 0 { return Int(ws.ws_row) }
        return 24
    }

    /// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    static func colorAllowed(forced: Bool? = nil) -> Bool {
        if let forced { return forced }
        if let v = getenv("NO_COLOR"), v.pointee != 0 { return false }
        if let t = getenv("TERM"), String(cString: t) == "dumb" { return false }
        return stdoutIsTTY
    }

    /// Standard output is buffered here and written with write(2) on flush (or when the buffer
    /// fills), so results and errors reach a pipe in the order they were produced. Behind a lock:
    /// standard output is the process's, whichever thread writes.
    private static let buffer = Mutex<[UInt8]>([])

    static func write(_ s: String) {
        let full = buffer.withLock { b in
            b.append(contentsOf: s.utf8)
            return b.count >= 1 << 16
        }
        if full { flush() }
    }

    static func writeError(_ s: String) {
        flush()
        writeAll(STDERR_FILENO, Array(s.utf8))
    }

    static func flush() {
        buffer.withLock { b in
            guard !b.isEmpty else { return }
            writeAll(STDOUT_FILENO, b)
            b.removeAll(keepingCapacity: true)
        }
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return  // a closed pipe (sift … | head): stop writing quietly
                }
                offset += n
            }
        }
    }
}
