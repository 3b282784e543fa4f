import ArgumentParser
import SiftKit

/// `sift merge MENTIONS…`: the corpus-wide entity merge of the `mentions` rows `sift extract` wrote.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "The corpus's entities from the mentions rows of many runs.",
        usage: "sift merge [OPTIONS] MENTIONS…",
        discussion: """
            Reads the mentions rows of 'sift extract' (JSON Lines or CSV) and prints the entities \
            rows the REPL gives when all those articles are loaded at once. Article names must be \
            unique across the runs merged: give the records ids.

            Exit status: 0 success, 1 the output could not be written, 2 bad usage or an unreadable input.

            Examples:
              sift extract mentions --out-dir rows/ news.jsonl
              sift merge rows/mentions.jsonl more/mentions.jsonl > entities.jsonl
              sift merge -f csv -o entities.csv rows/mentions.jsonl
            """)

    @Argument(help: ArgumentHelp("Files of mentions rows.", valueName: "mentions"), completion: .file())
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Rows as JSON Lines or CSV.", valueName: "format"))
    var format: RowFormat = .jsonl

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the entities to FILE, atomically.", valueName: "file"), completion: .file())
    var output: String?

    @OptionGroup(title: "Input") var input: InputOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("'sift merge' needs files of mentions rows: sift merge MENTIONS.jsonl…") }
    }

    func run() throws {
        let result = MentionMerge.entities(from: inputs, limit: input.maxFileSize ?? LoadOptions().maxFileSize)
        var failed = false
        for issue in result.issues {
            if issue.severity == .skipped { failed = true }
            if issue.severity == .skipped || !input.quiet {
                Terminal.writeError(IssueText.line(issue))
            }
        }
        let columns = result.table.columns
        let text = format == .csv ? RowLines.header(columns) + RowLines.render(result.table.rows, columns: columns, as: .csv)
                                  : RowLines.render(result.table.rows, columns: columns, as: .jsonl)
        if let path = output {
            do { try AtomicFile.write(text, to: path) } catch {
                Terminal.writeError("sift: \(TerminalText.sanitize(error.path)): \(error.reason)\n")
                throw ExitCode(1)
            }
        } else {
            Terminal.write(text)
        }
        try ExitStatus.check(failed ? 2 : 0)
    }
}
