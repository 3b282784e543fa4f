import SiftKit

/// Tab completion in the REPL: the dot commands and what follows them — paths after `.load`,
/// `.run`, `.save`, `.save!` and `.open` (the REPL lists the folder), formats after `.format`,
/// topics after `.help` — and anything else from the engine's completer.
struct CommandCompletion {
    let engine: Completer
    let commands: [String]

    init(corpus: Corpus, commands: [String] = Shell.metaCommands) {
        engine = Completer(corpus: corpus)
        self.commands = commands
    }

    /// The dot commands whose argument is a file or folder.
    static let pathCommands = [".load", ".run", ".save", ".save!", ".open"]

    /// The start of the word being completed (a byte offset into `line`), and what may go there.
    func complete(_ line: String, cursor: Int) -> (start: Int, context: Completer.Context) {
        let point = Completer.point(line, cursor: cursor)
        guard point.text.trimmed.hasPrefix(".") else { return engine.complete(line, cursor: cursor) }
        let start = point.start
        if !point.before.contains(" ") { return (start, .words(commands)) }
        if let command = point.words.first, Self.pathCommands.contains(command) { return (start, .path) }
        if point.words.first == ".format" { return (start, .words(OutputFormat.allCases.map(\.rawValue))) }
        if point.words.first == ".help" { return (start, .words(Help.names)) }
        return (start, .words([]))
    }
}
