import LineEditor
import SiftKit

/// The interactive loop: a prompt, line editing and history through LineEditor, statements run by
/// the shell. Continuation lines (`...>`) while a statement is incomplete.
struct REPL {
    let shell: Shell

    func run() {
        let editor = LineEditor(name: "sift")
        let n = shell.corpus.count
        Terminal.write("sift \(SiftVersion.string) — \(n) article\(n == 1 ? "" : "s") loaded; type .help for help, .quit to leave\n")
        Terminal.flush()
        var buffer = ""
        while true {
            let prompt = buffer.isEmpty ? "sift> " : "...> "
            guard let line = editor.readLine(prompt: prompt) else {
                if !buffer.isEmpty { buffer = ""; Terminal.write("\n"); continue }
                Terminal.write("\n")
                break
            }
            let text = buffer.isEmpty ? line : buffer + "\n" + line
            if buffer.isEmpty && text.trimmed.isEmpty { continue }
            if buffer.isEmpty, text.trimmed.hasPrefix(".") {
                editor.addHistory(text)
                if shell.meta(text.trimmed) == .quit { break }
                Terminal.flush()
                continue
            }
            if buffer.isEmpty, text.trimmed.hasPrefix("#") { continue }
            if ScriptReader.isIncomplete(text) {
                buffer = text
                continue
            }
            buffer = ""
            editor.addHistory(text)
            shell.execute(text)
            Terminal.flush()
        }
    }
}
