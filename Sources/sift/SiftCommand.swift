#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import SiftKit

/// `sift` itself: the REPL, `-e` queries, a script on standard input, or a notebook to open;
/// the root of the subcommands for help and shell completion.
struct Sift: ParsableCommand {
    static let subcommands: [ParsableCommand.Type] = [
        RunCommand.self, CheckCommand.self, ExportCommand.self, ExtractCommand.self, MergeCommand.self,
    ]

    static let configuration = CommandConfiguration(commandName: "sift", abstract: RootHelp.abstract, usage: RootHelp.usage,
                                                    discussion: RootHelp.discussion, subcommands: subcommands)

    @Option(name: [.customShort("e"), .customLong("execute"), .customShort("c"), .customLong("cmd")],
            parsing: .unconditionalSingleValue,
            help: ArgumentHelp("Run QUERY and exit (repeatable; in order).", valueName: "query"))
    var queries: [String] = []

    @OptionGroup(title: "Results") var results: ResultOptions
    @OptionGroup(title: "Statements") var statements: StatementOptions
    @OptionGroup(title: "Input") var input: InputOptions
    @OptionGroup(title: "Input") var records: RecordOptions

    @Flag(name: [.customShort("V"), .long], help: "Print the version and exit.")
    var version = false

    @Argument(help: ArgumentHelp("Articles: files, folders (*.txt), globs, data sets, '-' for standard input; or one notebook (*.sift.md) to open.",
                                 valueName: "file"),
              completion: .file())
    var inputs: [String] = []

    func validate() throws {
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input ('-') can be read once") }
        if queries.isEmpty, inputs.contains("-"), !Terminal.stdinIsTTY {
            throw ValidationError("standard input holds the articles ('-'); give queries with -e or a script with 'sift run'")
        }
    }

    func run() throws {
        if version {
            Terminal.write("sift \(SiftVersion.string)\n")
            return
        }
        let shell = try Sift.shell(ShellSettings(input: input, records: records, timeout: statements.limit,
                                                 results: results, keepGoing: statements.keepGoing),
                                   output: results.output)
        // A notebook given as the only input opens it.
        if queries.isEmpty, inputs.count == 1, inputs[0].hasSuffix(".sift.md") {
            shell.interactive = Terminal.stdinIsTTY
            if shell.open(inputs[0], location: nil) != .failed || Terminal.stdinIsTTY {
                shell.savedCells = shell.notebook.cells.count
                if Terminal.stdinIsTTY { REPL(shell: shell).run() }
            }
            try ExitStatus.check(shell.exitStatus)
            return
        }
        Sift.load(inputs, into: shell)
        if !queries.isEmpty {
            for (i, q) in queries.enumerated() {
                let location = queries.count > 1 ? "-e #\(i + 1)" : nil
                // A meta command (.help where, .format csv) works here as in a script.
                let outcome = shell.handle(q, location: location)
                if outcome == .quit || (outcome == .failed && !statements.keepGoing) { break }
            }
        } else if Terminal.stdinIsTTY {
            REPL(shell: shell).run()
        } else {
            shell.runScript(ScriptFile.readStandardInput(), name: "<stdin>")
        }
        try ExitStatus.check(shell.exitStatus)
    }

    /// A shell with the settings given, its results sent to `output` when one is named.
    static func shell(_ settings: ShellSettings, output: String?) throws -> Shell {
        let shell = Shell(settings)
        if let path = output {
            do { shell.redirect = try OutputRedirect(path: path, once: false) } catch {
                Terminal.writeError("sift: \(TerminalText.sanitize(path)): \(error.reason)\n")
                throw ExitCode(2)
            }
        }
        return shell
    }

    /// Loads the inputs (the bundled samples when there are none); they are what `.save` records.
    static func load(_ inputs: [String], into shell: Shell) {
        if inputs.isEmpty { shell.loadSamples() } else { shell.load(inputs) }
        shell.startupInputs = shell.inputs
    }
}
