#if canImport(Glibc)
import Glibc
#endif
import SiftKit

/// sift's entry point: parse the command line, load articles, then run queries in the mode asked for.
let arguments = Array(CommandLine.arguments.dropFirst())
if let first = arguments.first, first == "extract" || first == "merge" {
    signal(SIGPIPE, SIG_IGN)
    if arguments.dropFirst().contains(where: { $0 == "-h" || $0 == "--help" }) {
        Terminal.write(ExtractCommand.usage + "\n")
        Terminal.flush()
        exit(0)
    }
    exit(first == "extract" ? ExtractCommand.extract(arguments.dropFirst()) : ExtractCommand.merge(arguments.dropFirst()))
}

let invocation: Invocation
do {
    invocation = try Invocation.parse(arguments)
} catch {
    Terminal.writeError("sift: \(error.message)\nTry 'sift --help'.\n")
    exit(2)
}

switch invocation.mode {
case .help(let subcommand):
    Terminal.write((subcommand.flatMap(SubcommandHelp.text) ?? Invocation.usage) + "\n")
    Terminal.flush()
    exit(0)
case .version:
    Terminal.write("sift \(SiftVersion.string)\n")
    Terminal.flush()
    exit(0)
default:
    break
}

signal(SIGPIPE, SIG_IGN)  // `sift … | head`: stop writing quietly

switch invocation.mode {
case .check(let paths):
    // Every notebook is checked; the status is the worst of them.
    exit(paths.map { NotebookCommands.check($0, invocation: invocation) }.max() ?? 0)
case .export(let path, let format, let output, let rerun):
    exit(NotebookCommands.export(path, to: format, output: output, rerun: rerun, invocation: invocation))
default:
    break
}

if invocation.inputs.contains("-"), !Terminal.stdinIsTTY, invocation.mode == .interactive {
    Terminal.writeError("sift: standard input holds the articles ('-'); give queries with -e or a script with 'sift run'\n")
    exit(2)
}

let shell = Shell(invocation)
if let path = invocation.output {
    do { shell.redirect = try OutputRedirect(path: path, once: false) } catch {
        Terminal.writeError("sift: \(TerminalText.sanitize(path)): \(error.reason)\n")
        exit(2)
    }
}
if case .notebook = invocation.mode {
    // The notebook names its own articles.
} else if invocation.inputs.isEmpty {
    shell.loadSamples()
} else {
    shell.load(invocation.inputs)
}
shell.startupInputs = shell.inputs

switch invocation.mode {
case .execute(let queries):
    for (i, q) in queries.enumerated() {
        let location = queries.count > 1 ? "-e #\(i + 1)" : nil
        // A meta command (.help where, .format csv) works here as in a script.
        let outcome = shell.handle(q, location: location)
        if outcome == .quit || (outcome == .failed && !invocation.keepGoing) { break }
    }
case .runScript(let paths):
    scripts: for path in paths {
        switch ScriptFile.read(path) {
        case .success(let text):
            // The first failing script stops the rest, unless --keep-going.
            if !shell.runScript(text, name: path) && !invocation.keepGoing { break scripts }
        case .failure(let error):
            Terminal.writeError("sift: \(TerminalText.sanitize(path)): \(error.reason)\n")
            Terminal.flush()
            exit(2)
        }
    }
case .interactive:
    if Terminal.stdinIsTTY {
        REPL(shell: shell).run()
    } else {
        shell.runScript(ScriptFile.readStandardInput(), name: "<stdin>")
    }
case .notebook(let path):
    shell.interactive = Terminal.stdinIsTTY
    if shell.open(path, location: nil) == .failed && !Terminal.stdinIsTTY { break }
    shell.savedCells = shell.notebook.cells.count
    if Terminal.stdinIsTTY { REPL(shell: shell).run() }
case .help, .version, .check, .export:
    break
}
Terminal.flush()
exit(shell.exitStatus)
