import ArgumentParser
import SiftKit

/// `sift export NOTEBOOK.sift.md --to ipynb|html|md`: a notebook with its outputs, for others.
struct ExportCommand: ParsableCommand {
    /// What a notebook exports to.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case ipynb, html, md

        init?(argument: String) {
            switch argument.lowercased() {
            case "ipynb": self = .ipynb
            case "html": self = .html
            case "md", "markdown": self = .md
            default: return nil
            }
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a notebook with its saved outputs as ipynb, HTML or Markdown.",
        usage: "sift export NOTEBOOK.sift.md --to ipynb|html|md [-o FILE] [--rerun]",
        discussion: """
            Writes the notebook with its saved outputs as Jupyter's nbformat 4.5 (charts as \
            Vega-Lite v5), one self-contained HTML handout (notes as Markdown, tables, coloured \
            diffs and speakers, SVG charts, a print stylesheet) or Markdown; next to the notebook \
            unless -o names the file. Written atomically. The saved outputs need no articles; \
            --rerun runs the cells first and exports the fresh outputs.

            Exit status: 0 written, 2 bad usage, an unreadable notebook, a file that cannot be \
            written, or (with --rerun) an article that is missing.

            Examples:
              sift export sessions/two-reports.sift.md --to html
              sift export lesson.sift.md --to ipynb --rerun -o handout.ipynb
            """)

    @Argument(help: ArgumentHelp("The notebook to export.", valueName: "notebook"), completion: .file(extensions: ["md"]))
    var notebooks: [String] = []

    @Option(help: ArgumentHelp("What to write.", valueName: "format"))
    var to: Format?

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: beside the notebook).", valueName: "file"),
            completion: .file())
    var output: String?

    @Flag(help: "Run the cells first and export the fresh outputs (exit 2 when an article is missing).")
    var rerun = false

    @OptionGroup(title: "Statements") var limit: TimeoutOption
    @OptionGroup(title: "Input") var input: InputOptions
    @OptionGroup(title: "Input") var records: RecordOptions

    func validate() throws {
        guard !notebooks.isEmpty else {
            throw ValidationError("'sift export' needs a notebook: sift export FILE.sift.md --to ipynb|html|md")
        }
        guard notebooks.count == 1 else { throw ValidationError("'sift export' takes one notebook, not \(notebooks.count)") }
        guard to != nil else { throw ValidationError("'sift export' needs --to ipynb, html or md") }
    }

    func run() throws {
        let settings = ShellSettings(input: input, records: records, timeout: limit)
        try ExitStatus.check(NotebookCommands.export(notebooks[0], to: to!.rawValue, output: output, rerun: rerun, settings: settings))
    }
}
