#if canImport(Glibc)
import Glibc
#endif
import LineEditor
import SiftKit

/// The interactive loop: a prompt, line editing, history and completion through LineEditor,
/// continuation lines (`...>`) while a statement is incomplete, Ctrl-C to drop the line or stop
/// a query, Ctrl-D to leave. Every entry is recorded as a notebook cell.
struct REPL {
    let shell: Shell

    func run() {
        let editor = LineEditor(name: "sift")
        for entry in shell.history.entries { editor.addHistory(entry) }
        let completer = CommandCompletion(corpus: shell.corpus)
        editor.completion = { line, cursor in
            let (start, context) = completer.complete(line, cursor: cursor)
            let typed = String(decoding: Array(line.utf8)[min(start, line.utf8.count)..<min(cursor, line.utf8.count)], as: UTF8.self)
            switch context {
            case .words(let words): return (start, Completer.matching(words, prefix: typed))
            case .path: return (start, REPL.paths(matching: typed))
            }
        }
        LineEditor.installInterruptHandler(interrupt)
        shell.interactive = true
        shell.startupInputs = shell.inputs
        let journal = Journal()
        defer { journal.remove() }
        let n = shell.corpus.count
        Terminal.write("sift \(SiftVersion.string) — \(n) article\(n == 1 ? "" : "s") loaded; type .help for help, .quit to leave\n")
        Terminal.flush()
        offerRecovery(editor)
        journal.write(shell)
        var buffer = ""
        var warnedUnsaved = false
        while true {
            switch editor.read(prompt: buffer.isEmpty ? "sift> " : "...> ") {
            case .end:
                if !buffer.isEmpty { buffer = ""; Terminal.write("\n"); continue }
                Terminal.write("\n")
                Terminal.flush()
                return
            case .interrupted:
                buffer = ""
                Terminal.write("\n")
                Terminal.flush()
            case .line(let line):
                var text = buffer.isEmpty ? line : buffer + "\n" + line
                // A line starting with | continues the last statement, as in a script.
                if buffer.isEmpty, line.trimmed.hasPrefix("|"), let last = shell.lastStatement { text = last + "\n" + line }
                if buffer.isEmpty && text.trimmed.isEmpty { continue }
                if !text.trimmed.hasPrefix(".") && !text.trimmed.hasPrefix("#") && ScriptReader.isIncomplete(text) {
                    buffer = text
                    continue
                }
                buffer = ""
                editor.addHistory(text)
                shell.history.add(text)
                let outcome = shell.handle(text)
                Terminal.flush()
                if outcome == .quit {
                    // Once a session, unsaved cells are worth a word before they go.
                    guard shell.unsavedCells > 0, !warnedUnsaved else { return }
                    warnedUnsaved = true
                    let n = shell.unsavedCells
                    Terminal.writeError("\(n) unsaved cell\(n == 1 ? "" : "s"): .save FILE keeps \(n == 1 ? "it" : "them"); .quit again leaves without saving\n")
                    continue
                }
                journal.write(shell)
            }
        }
    }

    /// Offers the newest journal a killed session left: "recover unsaved session from …? [y/N]".
    /// Yes replays it (its articles and cells) into this session; no discards it.
    private func offerRecovery(_ editor: LineEditor) {
        guard let path = Journal.orphans().first else { return }
        let cells = (try? TextFile.read(path)).map { NotebookFormat.read($0).cells.count } ?? 0
        let question = "recover unsaved session from \(TerminalText.sanitize(path)) (\(cells) cell\(cells == 1 ? "" : "s"))? [y/N] "
        var answer = ""
        if case .line(let line) = editor.read(prompt: question) { answer = line.trimmed.lowercased() }
        if answer == "y" || answer == "yes" {
            _ = shell.open(path, location: nil)
            Terminal.write("recovered \(cells) cell\(cells == 1 ? "" : "s")\n")
        } else {
            Terminal.write("discarded\n")
        }
        Terminal.flush()
        unlink(path)
    }

    /// Files and folders that complete a path.
    static func paths(matching typed: String) -> [String] {
        let dir = typed.contains("/") ? String(typed[..<typed.lastIndex(of: "/")!]) + "/" : ""
        let listed = dir.isEmpty ? "." : dir
        guard let entries = FileSystem.entries(listed) else { return [] }
        var out: [String] = []
        for entry in entries {
            if entry.name.hasPrefix(".") && !typed.hasPrefix(dir + ".") { continue }
            out.append(dir + entry.name + (entry.isDirectory ? "/" : ""))
        }
        return Completer.matching(out, prefix: typed)
    }
}

/// SIGINT: drop the line being typed, or stop the running query.
private func interrupt(_ signal: Int32) {
    LineEditor.interrupted.store(true, ordering: .relaxed)
    Interrupt.token.request()
}
