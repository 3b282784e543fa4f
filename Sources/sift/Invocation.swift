import SiftKit

/// What the command line asks for.
struct Invocation {
    enum Mode: Equatable {
        case interactive         // REPL (or a script from standard input when it is not a terminal)
        case execute([String])   // -e QUERY …
        case runScript([String]) // sift run SCRIPT [SCRIPT.sift…]
        case check([String])     // sift check NOTEBOOK…
        case export(String, to: String, output: String?, rerun: Bool)  // sift export NOTEBOOK --to FORMAT [-o FILE] [--rerun]
        case notebook(String)    // sift NOTEBOOK.sift.md
        case help(String?)       // --help, or run|check|export --help
        case version
    }

    var mode: Mode = .interactive
    var inputs: [String] = []
    var format: OutputFormat? = nil
    var keepGoing = false
    var maxFileSize = 16 << 20
    /// Seconds a statement may run (nil: no limit).
    var timeout: Double? = 60
    var color: Bool? = nil
    var quiet = false
    /// On a terminal, wrap long table cells (--no-wrap: cut them).
    var wrap = true
    /// The format of standard input and of files not named .txt/.jsonl/.csv/.tsv.
    var inputFormat: InputFormat? = nil
    /// The fields of a data set's records (`--text-field body`).
    var fields = RecordFields()
    /// `-o FILE` outside `sift export`: results go to FILE (as `.output FILE` does).
    var output: String? = nil

    struct UsageError: Error { var message: String }

    static func parse(_ args: [String]) throws(UsageError) -> Invocation {
        var inv = Invocation()
        var queries: [String] = []
        var rest = args[...]
        var exportFormat: String? = nil
        var exportOutput: String? = nil
        var rerun = false
        // A subcommand may come after options (sift -k run x.sift): the first word that is
        // neither an option nor an option's value.
        var subcommand: String? = nil
        if let i = subcommandIndex(args) {
            subcommand = args[i]
            rest = (args[..<i] + args[(i + 1)...])[...]
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
            func fieldName() throws(UsageError) -> String {
                let v = try value()
                guard !v.isEmpty else { throw UsageError(message: "\(name) needs a field name") }
                return v
            }
            switch name {
            case "--": onlyFiles = true
            case "-e", "--execute", "-c", "--cmd": queries.append(try value())
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
            case "--timeout":
                let v = try value()
                if v == "0" || v.lowercased() == "off" { inv.timeout = nil; break }
                guard let s = Double(v), s > 0, s.isFinite else {
                    throw UsageError(message: "--timeout takes a number of seconds (or 0 for none), not '\(v)'")
                }
                inv.timeout = s
            case "--input-format":
                let v = try value()
                guard let f = InputFormat.named(v) else {
                    throw UsageError(message: "unknown input format '\(v)'; choose one of: " + InputFormat.allCases.map(\.rawValue).joined(separator: ", "))
                }
                inv.inputFormat = f
            case "--text-field": inv.fields.text = try fieldName()
            case "--id-field": inv.fields.id = try fieldName()
            case "--title-field": inv.fields.title = try fieldName()
            case "--date-field": inv.fields.date = try fieldName()
            case "--outlet-field": inv.fields.outlet = try fieldName()
            case "--url-field": inv.fields.url = try fieldName()
            case "--to": exportFormat = try value()
            case "--rerun": rerun = true
            case "-o", "--output": exportOutput = try value()
            case "--color": inv.color = true
            case "--no-color": inv.color = false
            case "-q", "--quiet": inv.quiet = true
            case "--no-wrap": inv.wrap = false
            case "--wrap": inv.wrap = true
            case "-h", "--help": inv.mode = .help(nil)
            case "-V", "--version": inv.mode = .version
            default:
                let known = ["--execute", "--cmd", "--output", "--format", "--keep-going", "--max-file-size", "--timeout", "--color", "--no-color",
                             "--quiet", "--no-wrap", "--help", "--version", "--input-format", "--text-field", "--id-field", "--title-field",
                             "--date-field", "--outlet-field", "--url-field"]
                let hint = Suggest.closest(to: name, among: known).map { " (did you mean \($0)?)" } ?? ""
                throw UsageError(message: "unknown option '\(arg)'\(hint)")
            }
        }
        // `sift run --help`: that subcommand's help, whatever else is given.
        if case .help = inv.mode {
            inv.mode = .help(subcommand)
            return inv
        }
        switch subcommand {
        case "check"?:
            guard !inv.inputs.isEmpty else { throw UsageError(message: "'sift check' needs a notebook: sift check FILE.sift.md…") }
            guard exportOutput == nil else { throw UsageError(message: "-o is for 'sift export' and queries, not 'sift check'") }
            inv.mode = .check(inv.inputs)
            inv.inputs = []
        case "export"?:
            guard !inv.inputs.isEmpty else {
                throw UsageError(message: "'sift export' needs a notebook: sift export FILE.sift.md --to ipynb|html|md")
            }
            guard inv.inputs.count == 1 else { throw UsageError(message: "'sift export' takes one notebook, not \(inv.inputs.count)") }
            guard let f = exportFormat, ["ipynb", "html", "md", "markdown"].contains(f.lowercased()) else {
                throw UsageError(message: "'sift export' needs --to ipynb, html or md")
            }
            inv.mode = .export(inv.inputs[0], to: f, output: exportOutput, rerun: rerun)
            inv.inputs = []
        case "run"?:
            guard !inv.inputs.isEmpty else { throw UsageError(message: "'sift run' needs a script file: sift run SCRIPT.sift [FILE…]") }
            // sift run a.sift b.sift corpus/: every leading *.sift is a script, run in order.
            var scripts = [inv.inputs.removeFirst()]
            while let next = inv.inputs.first, next.hasSuffix(".sift") { scripts.append(inv.inputs.removeFirst()) }
            inv.mode = .runScript(scripts)
        default:
            break
        }
        if subcommand != "export" {
            if exportFormat != nil || rerun { throw UsageError(message: "\(rerun ? "--rerun" : "--to") is for 'sift export'") }
            inv.output = exportOutput
        }
        if !queries.isEmpty {
            if case .runScript = inv.mode { throw UsageError(message: "'sift run' and -e cannot be combined") }
            if inv.mode == .interactive { inv.mode = .execute(queries) }
        }
        if inv.inputs.filter({ $0 == "-" }).count > 1 { throw UsageError(message: "standard input ('-') can be read once") }
        // A notebook given as the only input opens it.
        if inv.mode == .interactive, inv.inputs.count == 1, inv.inputs[0].hasSuffix(".sift.md") {
            inv.mode = .notebook(inv.inputs[0])
            inv.inputs = []
        }
        return inv
    }

    /// Options that take a value (the next argument, unless given as --name=value).
    static let valued: Set<String> = ["-e", "--execute", "-c", "--cmd", "-f", "--format", "--max-file-size", "--timeout",
                                      "--input-format", "--text-field", "--id-field", "--title-field", "--date-field",
                                      "--outlet-field", "--url-field", "--to", "-o", "--output"]

    /// Where `run`, `check` or `export` stands among the arguments, if one does.
    static func subcommandIndex(_ args: [String]) -> Int? {
        var i = 0
        while i < args.count {
            let a = args[i]
            if a == "--" { return nil }
            if a.hasPrefix("-") && a != "-" {
                i += valued.contains(a) ? 2 : 1
                continue
            }
            return ["run", "check", "export"].contains(a) ? i : nil
        }
        return nil
    }

    static var usage: String { """
    sift — who is quoted, who is cited, and what is named in news articles

    Usage:
      sift [OPTIONS] [FILE|DIR|GLOB…]            start the REPL (the bundled samples when no file is given)
      sift -e QUERY [-e QUERY…] [FILE|DIR|GLOB…] run queries, print the results, exit
      sift run SCRIPT [SCRIPT.sift…] [FILE|DIR|GLOB…]
                                                 run scripts of queries, one a line, in order
      sift NOTEBOOK.sift.md                      open a saved notebook: load its articles, replay it
      sift check NOTEBOOK.sift.md…               re-run notebooks; a diff for every output that changed
      sift export NOTEBOOK.sift.md --to ipynb|html|md [-o FILE] [--rerun]
                                                 the saved outputs; --rerun runs the cells first
                                                 (exit 2 when an article is missing)
      … | sift [FILE…]                           standard input that is not a terminal is read as a script

    Options:
      -e, --execute QUERY      run QUERY (repeatable; runs in order; also -c, --cmd)
      -f, --format FORMAT      table (default), csv, json, jsonl, markdown
      -k, --keep-going         a script goes on after a failing statement
          --max-file-size MIB  refuse larger files (default 16)
          --timeout SECONDS    stop a statement that runs longer (default 60; 0: no limit)
          --color, --no-color  force colour on or off (NO_COLOR is honoured)
      -q, --quiet              no warnings about input files
          --no-wrap            on a terminal, cut long table cells with … instead of
                               wrapping them inside their column
          --input-format F     text, jsonl, csv or tsv: for '-' (standard input) and files
                               not named .txt, .jsonl, .ndjson, .csv or .tsv
          --text-field NAME    the field of a JSON Lines or CSV record that holds the text
                               (default text; also --id-field, --title-field, --date-field,
                               --outlet-field, --url-field)
      -o, --output FILE        results to FILE instead of the screen (as .output FILE);
                               for 'sift export', the file to write
      -h, --help               this help
      -V, --version            the version

    Folders are searched recursively for *.txt; a file given twice loads once. Data sets: *.jsonl
    (one article an object a line: text, id, title, date, outlet, url), *.csv and *.tsv (a header
    row and a text column); '-' reads articles from standard input.

    Examples:
      sift                                        # explore the bundled sample articles
      sift -e 'articles'
      sift -e 'articles | where words > 400 | count' corpus/
      sift --format json -e 'sentences in 2 | take 3'
      sift -e 'quotes | group by speaker | count | sort count desc | take 10 | chart bar'
      sift run scripts/overview.sift ../articles/*.txt

    In the REPL: Tab completes, Up recalls history (\(FilePaths.stateDirectory.map { $0 + "/history" } ?? "not kept: no home folder")),
    Ctrl-C drops the line or stops a query, Ctrl-D leaves. `# text` adds a note; .save FILE writes the
    session as a notebook. Statements on one line are separated by `;`; meta commands (.help where,
    .schema quotes, .output FILE) work in the REPL, in scripts and in -e alike.

    Each statement prints its own result: two -e with --format json print two JSON arrays, one
    after the other (use jsonl for one stream of rows, or one -e per run for one document).

    Exit status: 0 success, 1 a query or script error (or, for check, an output that changed),
    2 bad usage or an input that could not be loaded.
    """ }
}
