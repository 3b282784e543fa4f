import CEditLine
#if canImport(Glibc)
import Glibc
#endif

/// Line editing with libedit's wide-character API: emacs keys by default, the user's ~/.editrc,
/// in-memory history. Nothing outside this module knows libedit exists.
public final class LineEditor {
    private let el: OpaquePointer
    private let history: OpaquePointer
    private var event = HistEventW()
    /// The prompt as a NUL-terminated wide string; libedit's prompt callback returns it.
    fileprivate var promptBuffer: UnsafeMutablePointer<wchar_t>

    public init(name: String) {
        setlocale(LC_ALL, "")
        el = el_init(name, sift_stdin(), sift_stdout(), sift_stderr())
        history = history_winit()
        promptBuffer = LineEditor.wide("> ")
        sift_history_setsize(history, &event, 2000)
        sift_history_setunique(history, &event, 1)
        sift_el_set_history(el, history)
        LineEditor.withWide("emacs") { _ = sift_el_set_editor(el, $0) }
        sift_el_set_signal(el, 1)
        sift_el_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        sift_el_set_prompt(el, linePrompt)
        el_source(el, nil)  // ~/.editrc: `bind -v` gives vi keys
    }

    deinit {
        el_end(el)
        history_wend(history)
        promptBuffer.deallocate()
    }

    /// Reads a line with `prompt`; nil at end of input (Ctrl-D on an empty line).
    public func readLine(prompt: String) -> String? {
        promptBuffer.deallocate()
        promptBuffer = LineEditor.wide(prompt)
        var count: Int32 = 0
        guard let line = el_wgets(el, &count), count > 0 else { return nil }
        var scalars = String.UnicodeScalarView()
        for i in 0..<Int(count) {
            if let s = Unicode.Scalar(UInt32(bitPattern: line[i])) { scalars.append(s) }
        }
        var text = String(scalars)
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        return text
    }

    public func addHistory(_ line: String) {
        LineEditor.withWide(line) { _ = sift_history_enter(history, &event, $0) }
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
