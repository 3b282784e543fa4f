import SiftKit

/// What the command line asks for.
struct Invocation {
    enum Mode: Equatable {
        case interactive         // REPL (or a script from standard input when it is not a terminal)
        case execute([String])   // -e QUERY …
        case runScript(String)   // sift run SCRIPT
        case help
        case version
    }

    var mode: Mode = .interactive
    var inputs: [String] = []
    var format: OutputFormat? = nil
    var keepGoing = false
    var maxFileSize = 16 << 20
    var color: Bool? = nil
    var quiet = false

    struct UsageError: Error { var message: String }

    static func parse(_ args: [String]) throws(UsageError) -> Invocation {
        var inv = Invocation()
        var queries: [String] = []
        var rest = args[...]
        if let first = rest.first, first == "run" {
            rest = rest.dropFirst()
            guard let script = rest.first, !script.hasPrefix("-") || script == "-" else {
                throw UsageError(message: "'sift run' needs a script file: sift run SCRIPT.sift [FILE…]")
            }
            inv.mode = .runScript(script)
            rest = rest.dropFirst()
        }
        var onlyFiles = false
        while let arg = rest.popFirst() {
            if onlyFiles || !arg.hasPrefix("-") || arg == "-" {
                inv.inputs.append(arg)
                continue
            }
            var name = arg
            var inlineValue: String? = nil
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                inlineValue = String(arg[arg.index(after: eq)...])
            }
            func value() throws(UsageError) -> String {
                if let v = inlineValue { return v }
                guard let v = rest.popFirst() else { throw UsageError(message: "option \(name) needs a value") }
                return v
            }
            switch name {
            case "--": onlyFiles = true
            case "-e", "--execute": queries.append(try value())
            case "-f", "--format":
                let v = try value()
                guard let f = OutputFormat.named(v) else {
                    throw UsageError(message: "unknown format '\(v)'; choose one of: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))
                }
                inv.format = f
            case "--keep-going", "-k": inv.keepGoing = true
            case "--max-file-size":
                let v = try value()
                guard let mb = Double(v), mb > 0, mb <= 4096 else {
                    throw UsageError(message: "--max-file-size takes a size in MiB between 1 and 4096, not '\(v)'")
                }
                inv.maxFileSize = Int(mb * 1_048_576)
            case "--color": inv.color = true
            case "--no-color": inv.color = false
            case "-q", "--quiet": inv.quiet = true
            case "-h", "--help": inv.mode = .help
            case "-V", "--version": inv.mode = .version
            default:
                let known = ["--execute", "--format", "--keep-going", "--max-file-size", "--color", "--no-color",
                             "--quiet", "--help", "--version"]
                let hint = Suggest.closest(to: name, among: known).map { " (did you mean \($0)?)" } ?? ""
                throw UsageError(message: "unknown option '\(arg)'\(hint)")
            }
        }
        if !queries.isEmpty {
            if case .runScript = inv.mode { throw UsageError(message: "'sift run' and -e cannot be combined") }
            if inv.mode == .interactive { inv.mode = .execute(queries) }
        }
        return inv
    }

    static let usage = """
    sift — who is quoted, who is cited, and what is named in news articles

    Usage:
      sift [OPTIONS] [FILE|DIR|GLOB…]            start the REPL (the bundled samples when no file is given)
      sift -e QUERY [-e QUERY…] [FILE|DIR|GLOB…] run queries, print the results, exit
      sift run SCRIPT [FILE|DIR|GLOB…]           run a script of queries, one a line
      … | sift [FILE…]                           standard input that is not a terminal is read as a script

    Options:
      -e, --execute QUERY      run QUERY (repeatable; runs in order)
      -f, --format FORMAT      table (default), csv, json, jsonl, markdown
      -k, --keep-going         a script goes on after a failing statement
          --max-file-size MIB  refuse larger files (default 16)
          --color, --no-color  force colour on or off (NO_COLOR is honoured)
      -q, --quiet              no warnings about input files
      -h, --help               this help
      -V, --version            the version

    Folders are searched recursively for *.txt; a file given twice loads once.

    Examples:
      sift                                        # explore the bundled sample articles
      sift -e 'articles'
      sift -e 'articles | where words > 400 | count' corpus/
      sift --format json -e 'sentences in 2 | take 3'
      sift run scripts/overview.sift ../articles/*.txt

    Exit status: 0 success, 1 a query or script error, 2 bad usage or an input that could not be loaded.
    """
}
