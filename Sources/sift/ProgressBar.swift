#if canImport(Glibc)
import Glibc
#endif
import Synchronization
import SiftKit

/// A progress bar on standard error for loading and extraction that take more than half a
/// second: articles done of the total, MB/s, time left. Drawn only when standard error is a
/// terminal; updates come from worker threads.
final class ProgressBar: Sendable {
    private struct State {
        var start = 0.0
        var lastDraw = 0.0
        var drawn = false
        var done = 0
        var bytes = 0
        var label = ""
    }

    private let state = Mutex(State())
    let enabled: Bool

    init(enabled: Bool = Terminal.stderrIsTTY) { self.enabled = enabled }

    /// Starts timing an operation; nothing shows before half a second has passed.
    func begin(_ label: String) {
        guard enabled else { return }
        Terminal.flush()
        state.withLock { $0 = State(start: MonotonicClock.seconds, label: label) }
    }

    /// What to give the engine as its progress callback.
    var callback: Progress? {
        guard enabled else { return nil }
        return { [self] update in self.update(update) }
    }

    func update(_ u: ProgressUpdate) {
        let line: String? = state.withLock { s in
            s.done = max(s.done, u.done)
            s.bytes = max(s.bytes, u.bytesDone)
            let now = MonotonicClock.seconds
            guard now - s.start >= 0.5, now - s.lastDraw >= 0.1 || s.done == u.total else { return nil }
            s.lastDraw = now
            s.drawn = true
            return Self.render(label: s.label, done: s.done, total: u.total, bytes: s.bytes, elapsed: now - s.start,
                               width: Terminal.errorWidth ?? 80)
        }
        if let line { Self.writeStderr("\r\u{1B}[2K" + line) }
    }

    /// Clears the bar if it was drawn.
    func end() {
        guard enabled else { return }
        let drawn = state.withLock { s -> Bool in
            defer { s.drawn = false }
            return s.drawn
        }
        if drawn { Self.writeStderr("\r\u{1B}[2K") }
    }

    /// "loading  ▕██████░░░░░░▏  812/2225 articles  12.3 MB/s  0.4 s left"
    static func render(label: String, done: Int, total: Int, bytes: Int, elapsed: Double, width: Int) -> String {
        if total <= 0 {  // a stream: how far, and how fast, with no end known
            let rate = elapsed > 0 ? Double(bytes) / 1e6 / elapsed : 0
            return "\(label)  \(done) articles  \(oneDecimal(Double(bytes) / 1e6)) MB  \(oneDecimal(rate)) MB/s"
        }
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 0
        let rate = elapsed > 0 ? Double(bytes) / 1e6 / elapsed : 0
        let left = done > 0 ? elapsed * Double(total - done) / Double(done) : 0
        let tail = "  \(done)/\(total) articles  \(oneDecimal(rate)) MB/s  \(oneDecimal(left)) s left"
        let barWidth = max(10, min(30, width - label.count - tail.count - 6))
        let full = Int((fraction * Double(barWidth)).rounded(.down))
        let bar = String(repeating: "█", count: full) + String(repeating: "░", count: barWidth - full)
        return "\(label)  ▕\(bar)▏\(tail)"
    }

    private static func oneDecimal(_ x: Double) -> String {
        guard x.isFinite else { return "-" }
        let v = (x * 10).rounded() / 10
        return v == v.rounded() ? "\(Int(v)).0" : "\(v)"
    }

    /// Straight to file descriptor 2: safe from any thread, never through the stdout buffer.
    static func writeStderr(_ s: String) {
        let bytes = Array(s.utf8)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(STDERR_FILENO, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { if n < 0 && errno == EINTR { continue }; return }
                offset += n
            }
        }
    }
}
