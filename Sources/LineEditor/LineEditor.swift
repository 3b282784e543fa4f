import Synchronization
import CEditLine
#if canImport(Glibc)
import Glibc
#endif

/// Line editing with libedit's wide-character API: emacs keys by default, the user's ~/.editrc
/// (`bind -v` for vi keys), history, and Tab completion through a function the caller supplies.
/// Nothing outside this module knows libedit exists.
public final class LineEditor {
    private let el: OpaquePointer
    private let history: OpaquePointer
    private var event = HistEventW()
    /// The prompt as a NUL-terminated wide string; libedit's prompt callback returns it.
    fileprivate var promptBuffer: UnsafeMutablePointer<wchar_t>
    /// Completion: given the line and the cursor (a UTF-8 offset), the offset where the word being
    /// completed starts and the candidates for it.
    public var completion: ((String, Int) -> (start: Int, candidates: [String]))?

    public init(name: String) {
        setlocale(LC_ALL, "")
        el = el_init(name, sift_stdin(), sift_stdout(), sift_stderr())
        history = history_winit()
        promptBuffer = LineEditor.wide("> ")
        sift_history_setsize(history, &event, 5000)
        sift_history_setunique(history, &event, 1)
        sift_el_set_history(el, history)
        LineEditor.withWide("emacs") { _ = sift_el_set_editor(el, $0) }
        sift_el_set_signal(el, 1)
        sift_el_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        sift_el_set_prompt(el, linePrompt)
        LineEditor.withWide("sift-complete") { name in
            LineEditor.withWide("complete the word at the cursor") { help in _ = sift_el_addfn(el, name, help, completeWord) }
        }
        el_source(el, nil)  // ~/.editrc
        // Tab is bound after ~/.editrc: its `bind -v` resets the keys, and would unbind it.
        LineEditor.withWide("^I") { key in LineEditor.withWide("sift-complete") { fn in _ = sift_el_bind(el, key, fn) } }
    }

    deinit {
        el_end(el)
        history_wend(history)
        promptBuffer.deallocate()
    }

    /// What reading a line gave.
    public enum Input: Equatable {
        case line(String)
        /// Ctrl-C: the line was discarded.
        case interrupted
        /// Ctrl-D on an empty line, or the end of input.
        case end
    }

    /// Reads a line with `prompt`.
    public func read(prompt: String) -> Input {
        promptBuffer.deallocate()
        promptBuffer = LineEditor.wide(prompt)
        var count: Int32 = 0
        errno = 0
        let got = el_wgets(el, &count)
        // libedit may return with SIGINT still blocked; a query that runs next must be stoppable.
        LineEditor.unblockInterrupt()
        guard let line = got, count > 0 else {
            if errno == EINTR || LineEditor.interrupted.exchange(false, ordering: .relaxed) { return .interrupted }
            return .end
        }
        LineEditor.interrupted.store(false, ordering: .relaxed)
        var text = LineEditor.string(line, count: Int(count))
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        return .line(text)
    }

    public func addHistory(_ line: String) {
        LineEditor.withWide(line) { _ = sift_history_enter(history, &event, $0) }
    }

    /// Set by the SIGINT handler the caller installs (see `installInterruptHandler`): an atomic,
    /// so the handler's store is async-signal-safe and the reader sees it.
    public static let interrupted = Atomic<Bool>(false)

    /// Makes Ctrl-C discard the line being edited instead of ending the program, and call
    /// `onInterrupt` (from the signal handler: it must only set a flag).
    public static func installInterruptHandler(_ onInterrupt: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = onInterrupt
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: the read in progress returns with EINTR
        sigaction(SIGINT, &action, nil)
        unblockInterrupt()
    }

    /// Lets SIGINT through to this thread.
    static func unblockInterrupt() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    // MARK: - Completion

    fileprivate func completeAtCursor() -> UInt8 {
        guard let completion else { return sift_cc_error() }
        var buffer: UnsafePointer<wchar_t>? = nil
        var cursor: Int32 = 0, length: Int32 = 0
        guard sift_el_get_cursor(el, &buffer, &cursor, &length) == 0, let buffer else { return sift_cc_error() }
        let line = LineEditor.string(buffer, count: Int(length))
        let before = LineEditor.string(buffer, count: Int(cursor))
        let (start, candidates) = completion(line, before.utf8.count)
        let typed = String(decoding: Array(before.utf8)[min(start, before.utf8.count)...], as: UTF8.self)
        guard !candidates.isEmpty else { return sift_cc_error() }
        let common = LineEditor.commonPrefix(candidates)
        if common.count > typed.count || (candidates.count == 1 && common != typed) {
            // Replace the typed part (its case may differ) with the completion.
            el_deletestr(el, Int32(typed.unicodeScalars.count))
            let insert = candidates.count == 1 ? common + (common.hasSuffix("/") ? "" : " ") : common
            LineEditor.withWide(insert) { _ = el_winsertstr(el, $0) }
            return sift_cc_refresh()
        }
        // Several candidates and nothing more in common: list them under the line — many only
        // when asked, as bash does.
        if candidates.count > LineEditor.askAbove {
            fputs("\nDisplay all \(candidates.count) possibilities? (y or n)", sift_stdout())
            fflush(sift_stdout())
            var answer: CChar = 0
            let got = el_getc(el, &answer)
            guard got == 1, answer == 0x79 || answer == 0x59 else {
                fputs("\n", sift_stdout())
                return sift_cc_redisplay()
            }
        }
        let width = (candidates.map(\.count).max() ?? 0) + 2
        let perLine = max(1, 80 / width)
        var out = "\n"
        for (i, c) in candidates.enumerated() {
            out += c + String(repeating: " ", count: width - c.count)
            if (i + 1) % perLine == 0 { out += "\n" }
        }
        if !out.hasSuffix("\n") { out += "\n" }
        fputs(out, sift_stdout())
        return sift_cc_redisplay()
    }

    /// More candidates than this are listed only after "Display all N possibilities? (y or n)".
    public static let askAbove = 100

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for w in words.dropFirst() {
            let chars = Array(w)
            var n = 0
            while n < prefix.count && n < chars.count && String(prefix[n]).lowercased() == String(chars[n]).lowercased() { n += 1 }
            prefix = Array(prefix[..<n])
        }
        return String(prefix)
    }

    // MARK: - Wide strings

    static func string(_ p: UnsafePointer<wchar_t>, count: Int) -> String {
        var scalars = String.UnicodeScalarView()
        for i in 0..<count {
            if let s = Unicode.Scalar(UInt32(bitPattern: p[i])) { scalars.append(s) }
        }
        return String(scalars)
    }

    static func wide(_ s: String) -> UnsafeMutablePointer<wchar_t> {
        let scalars = Array(s.unicodeScalars)
        let p = UnsafeMutablePointer<wchar_t>.allocate(capacity: scalars.count + 1)
        for (i, c) in scalars.enumerated() { p[i] = wchar_t(bitPattern: c.value) }
        p[scalars.count] = 0
        return p
    }

    static func withWide<R>(_ s: String, _ body: (UnsafePointer<wchar_t>) -> R) -> R {
        let p = wide(s)
        defer { p.deallocate() }
        return body(p)
    }
}

/// libedit's prompt callback: finds the editor through EL_CLIENTDATA, never a captured closure.
private func linePrompt(_ el: OpaquePointer?) -> UnsafeMutablePointer<wchar_t>? {
    guard let el, let data = sift_el_get_clientdata(el) else { return nil }
    return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().promptBuffer
}

/// The Tab key's editor function, found through EL_CLIENTDATA too.
private func completeWord(_ el: OpaquePointer?, _ ch: Int32) -> UInt8 {
    guard let el, let data = sift_el_get_clientdata(el) else { return sift_cc_error() }
    return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().completeAtCursor()
}
