import ArgumentParser
import SiftKit

/// `sift run SCRIPT [SCRIPT.sift…] [FILE…]`: scripts of queries, in order, on the articles given.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run scripts of queries, one statement a line, in order.",
        usage: "sift run SCRIPT [SCRIPT.sift…] [OPTIONS] [FILE|DIR|GLOB…]",
        discussion: """
            Runs scripts of queries in order, one statement a line (a line ending in | or a next \
            line starting with | continues it; # starts a comment; ; separates statements on a \
            line), on the articles given (the bundled samples when none is). Every leading *.sift \
            is a script; '-' reads the script from standard input. The first failing script stops \
            the rest, unless --keep-going. Options go before or after 'run'.

            Exit status: 0 success, 1 a statement failed, 2 bad usage or an unreadable script or input.

            Examples:
              sift run scripts/overview.sift ~/articles/
              sift run scripts/overview.sift scripts/who-is-quoted.sift corpus/ -k
              sift run - -f csv ~/articles/ < queries.sift
            """)

    @Argument(help: ArgumentHelp("The script, any more *.sift scripts, then the articles.", valueName: "file"),
              completion: .file())
    var files: [String] = []

    @OptionGroup(title: "Results") var results: ResultOptions
    @OptionGroup(title: "Statements") var statements: StatementOptions
    @OptionGroup(title: "Input") var input: InputOptions
    @OptionGroup(title: "Input") var records: RecordOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("'sift run' needs a script file: sift run SCRIPT.sift [FILE…]") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input ('-') can be read once") }
    }

    /// The scripts, in order (the first file and every *.sift after it), and the articles after them.
    var scriptsAndInputs: (scripts: [String], inputs: [String]) {
        var rest = files[...]
        var scripts = [rest.removeFirst()]
        while let next = rest.first, next.hasSuffix(".sift") { scripts.append(rest.removeFirst()) }
        return (scripts, Array(rest))
    }

    func run() throws {
        let (scripts, inputs) = scriptsAndInputs
        let shell = try Sift.shell(ShellSettings(input: input, records: records, timeout: statements.limit,
                                                 results: results, keepGoing: statements.keepGoing),
                                   output: results.output)
        Sift.load(inputs, into: shell)
        for path in scripts {
            switch ScriptFile.read(path) {
            case .success(let text):
                if !shell.runScript(text, name: path) && !statements.keepGoing { return try ExitStatus.check(shell.exitStatus) }
            case .failure(let error):
                Terminal.writeError("sift: \(TerminalText.sanitize(path)): \(error.reason)\n")
                throw ExitCode(2)
            }
        }
        try ExitStatus.check(shell.exitStatus)
    }
}
