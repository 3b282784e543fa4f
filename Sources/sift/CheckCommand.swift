import ArgumentParser
import SiftKit

/// `sift check NOTEBOOK.sift.md…`: re-runs notebooks and shows how their outputs changed.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Re-run notebooks; a diff for every output that changed.",
        usage: "sift check NOTEBOOK.sift.md… [OPTIONS]",
        discussion: """
            Re-runs each notebook on the articles it names (relative to it) and compares every \
            output with the saved one: a unified diff for each cell that differs. A chart is \
            compared by its data. Every notebook is checked; the status is the worst of them.

            Exit status: 0 all match, 1 some output differs, 2 a notebook or its articles cannot be read.

            Example:
              sift check sessions/*.sift.md
            """)

    @Argument(help: ArgumentHelp("The notebooks to check.", valueName: "notebook"), completion: .file(extensions: ["md"]))
    var notebooks: [String] = []

    @OptionGroup(title: "Statements") var limit: TimeoutOption
    @OptionGroup(title: "Input") var input: InputOptions
    @OptionGroup(title: "Input") var records: RecordOptions

    func validate() throws {
        guard !notebooks.isEmpty else { throw ValidationError("'sift check' needs a notebook: sift check FILE.sift.md…") }
    }

    func run() throws {
        let settings = ShellSettings(input: input, records: records, timeout: limit)
        try ExitStatus.check(notebooks.map { NotebookCommands.check($0, settings: settings) }.max() ?? 0)
    }
}
