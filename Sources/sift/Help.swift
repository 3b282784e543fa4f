import SiftKit

/// The text of `.help`: the engine's language reference, and the shell's own dot commands, whose
/// topics and other names are kept here, beside the commands (MetaCommands.swift).
enum Help {
    /// The dot commands as help topics, in the order the overview lists them. They act on the
    /// session rather than on rows, so they have no examples to run on the samples.
    static let commands: [HelpTopic] = [
        HelpTopic(name: ".format", kind: .command, syntax: ".format table|csv|json|jsonl|markdown",
                  summary: "switches the output format", examples: []),
        HelpTopic(name: ".load", kind: .command, syntax: ".load PATH …", summary: "loads more articles: files, folders, patterns", examples: []),
        HelpTopic(name: ".vars", kind: .command, syntax: ".vars", summary: "lists the names bound with let", examples: []),
        HelpTopic(name: ".run", kind: .command, syntax: ".run SCRIPT", summary: "runs a script of queries, one a line", examples: []),
        HelpTopic(name: ".save", kind: .command, syntax: ".save FILE.sift.md | .save! FILE.sift.md",
                  summary: "saves the session as a notebook (.save! replaces an existing file)", examples: []),
        HelpTopic(name: ".open", kind: .command, syntax: ".open FILE.sift.md", summary: "opens a notebook: loads its articles and replays it", examples: []),
        HelpTopic(name: ".history", kind: .command, syntax: ".history", summary: "lists the lines entered (kept across sessions)", examples: []),
        HelpTopic(name: ".timer", kind: .command, syntax: ".timer [on|off]", summary: "prints how long each statement took; alone, says whether it does", examples: []),
        HelpTopic(name: ".timeout", kind: .command, syntax: ".timeout SECONDS|off",
                  summary: "stops a statement that runs longer (60 s by default, not counting the first reading of new articles; Ctrl-C stops one at once)", examples: []),
        HelpTopic(name: ".pager", kind: .command, syntax: ".pager [on|off]", summary: "long results through $PAGER (less) on a terminal; alone, says which", examples: []),
        HelpTopic(name: ".wrap", kind: .command, syntax: ".wrap [on|off]",
                  summary: "on a terminal, long table cells wrap inside their column (off: cut with …); alone, says which",
                  examples: []),
        HelpTopic(name: ".schema", kind: .command, syntax: ".schema [SOURCE]", summary: "the fields of every source and binding (or one) and their types", examples: []),
        HelpTopic(name: ".output", kind: .command, syntax: ".output [FILE] | .once FILE",
                  summary: "results to FILE (as a pipe gets them) until .output alone; .once: only the next result", examples: []),
        HelpTopic(name: ".help", kind: .command, syntax: ".help [TOPIC]", summary: "this help, or one topic", examples: []),
        HelpTopic(name: ".quit", kind: .command, syntax: ".quit", summary: "leaves (Ctrl-D too)", examples: []),
    ]

    /// Other names of the commands' topics: `.help load` and `.help .once` find them too (a
    /// command's name without its dot needs no entry here).
    static let aliases = ["format": ".format", "load": ".load", "quit": ".quit", "vars": ".vars", "run": ".run", "save": ".save",
                          ".save!": ".save", "open": ".open", "history": ".history", "timer": ".timer", "timeout": ".timeout",
                          "pager": ".pager", "wrap": ".wrap", "schema": ".schema", "output": ".output", ".once": ".output", "once": ".output"]

    /// Every topic's name, the language's first: what `.help` completes and suggests.
    static let names = (HelpTopics.all + commands).map(\.name)

    /// `.help`: every topic on a line.
    static let overview = HelpTopics.overview(commands: commands)
        + "\nType .help NAME for the syntax and examples (.help where, .help quotes).\n"

    /// The topic for a word: the language's (a source, stage or statement, with its aliases),
    /// else a dot command's, by name, by its name without the dot, or by an alias.
    static func topic(_ name: String) -> HelpTopic? {
        if let t = HelpTopics.topic(name) { return t }
        let n = name.lowercased()
        let alias = aliases[n] ?? n
        return commands.first { $0.name == alias || $0.name == "." + alias }
    }

    static func text(topic: String?) -> String {
        guard let topic else { return overview }
        if let t = Help.topic(topic) { return HelpTopics.text(t) }
        let hint = Suggest.closest(to: topic, among: names).map { " — did you mean \($0)?" } ?? ""
        return "no help on '\(TerminalText.sanitize(topic))'\(hint)\n" + overview
    }
}
