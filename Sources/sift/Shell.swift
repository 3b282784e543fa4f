import SiftKit

/// Runs statements and meta commands for every mode (batch, script, REPL) and prints what they
/// produce. It only wires the engine to the terminal: parsing, evaluation and rendering are SiftKit's.
final class Shell {
    let corpus = Corpus()
    var format: OutputFormat
    var keepGoing: Bool
    var quiet: Bool
    var color: Bool?
    var maxFileSize: Int
    /// A statement or meta command failed (exit status 1).
    private(set) var queryFailed = false
    /// An input could not be loaded (exit status 2).
    private(set) var loadFailed = false
    private var printedResults = 0

    init(_ inv: Invocation) {
        format = inv.format ?? .table
        keepGoing = inv.keepGoing
        quiet = inv.quiet
        color = inv.color
        maxFileSize = inv.maxFileSize
    }

    var exitStatus: Int32 { loadFailed ? 2 : queryFailed ? 1 : 0 }

    // MARK: - Loading

    /// Loads inputs and reports every problem on standard error, one line each.
    @discardableResult
    func load(_ paths: [String]) -> LoadReport {
        let report = corpus.load(paths, options: LoadOptions(maxFileSize: maxFileSize))
        for issue in report.issues {
            let path = TerminalText.sanitize(issue.path)
            let message = TerminalText.sanitize(issue.message)
            switch issue.severity {
            case .skipped:
                loadFailed = true
                Terminal.writeError("sift: \(path): \(message)\n")
            case .warning:
                if !quiet { Terminal.writeError("sift: warning: \(path): \(message)\n") }
            }
        }
        return report
    }

    func loadSamples() { corpus.loadSamples() }

    // MARK: - Statements

    /// Runs one statement and prints its result or its error. Returns whether it succeeded.
    @discardableResult
    func execute(_ statement: String, location: String? = nil) -> Bool {
        do {
            switch try corpus.run(statement) {
            case .table(let table):
                print(table)
            case .binding(let name, let table):
                if Terminal.stdinIsTTY || location == nil { Terminal.writeError("\(TerminalText.sanitize(name)): \(table.count) row\(table.count == 1 ? "" : "s")\n") }
            case .document(let document):
                if format == .table {
                    separate()
                    Terminal.write(DocumentRenderer.render(document, color: Terminal.colorAllowed(forced: color)))
                } else {
                    print(document.table)
                }
            case .comparison(let table, let left, let right):
                if format == .table && Terminal.stdoutIsTTY {
                    separate()
                    Terminal.write(CompareReport.render(table, left: left, right: right, width: Terminal.width ?? 100,
                                                        color: Terminal.colorAllowed(forced: color)))
                } else {
                    print(table)
                }
            }
            return true
        } catch {
            queryFailed = true
            Terminal.writeError(ErrorFormatter.format(error, statement: statement, location: location))
            return false
        }
    }

    private func print(_ table: Table) {
        let options = RenderOptions(width: format == .table ? Terminal.width : nil,
                                    color: format == .table && Terminal.colorAllowed(forced: color))
        separate()
        Terminal.write(TableWriter.render(table, as: format, options: options))
    }

    /// A blank line between two results in table format.
    private func separate() {
        if printedResults > 0 && format == .table { Terminal.write("\n") }
        printedResults += 1
    }

    // MARK: - Scripts

    /// Runs a script's entries in order; stops at the first error unless --keep-going.
    /// Returns false when it stopped early or a statement failed.
    @discardableResult
    func runScript(_ text: String, name: String) -> Bool {
        var ok = true
        for entry in ScriptReader.entries(text) {
            let location = "\(TerminalText.sanitize(name)):\(entry.line)"
            let succeeded: Bool
            switch entry.kind {
            case .comment: continue
            case .statement: succeeded = execute(entry.text, location: location)
            case .meta:
                switch meta(entry.text, location: location) {
                case .quit: return ok
                case .ok: succeeded = true
                case .failed: succeeded = false
                }
            }
            if !succeeded {
                ok = false
                if !keepGoing { return false }
            }
        }
        return ok
    }

    // MARK: - Meta commands

    enum MetaOutcome { case ok, failed, quit }

    func meta(_ line: String, location: String? = nil) -> MetaOutcome {
        let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let command = parts.first else { return .ok }
        let args = Array(parts.dropFirst())
        let prefix = location.map { $0 + ": " } ?? ""
        func fail(_ message: String) -> MetaOutcome {
            queryFailed = true
            Terminal.writeError(prefix + "error: " + TerminalText.sanitize(message) + "\n")
            return .failed
        }
        switch command {
        case ".quit", ".exit", ".q":
            return .quit
        case ".help", ".h":
            Terminal.write(Help.text(topic: args.first))
            return .ok
        case ".format", ".mode":
            guard let name = args.first else {
                Terminal.write("format: \(format.rawValue)\n")
                return .ok
            }
            guard let f = OutputFormat.named(name) else {
                return fail("unknown format '\(name)'; choose one of: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))
            }
            format = f
            return .ok
        case ".vars":
            let names = corpus.bindings.keys.sorted()
            let table = Table(columns: [Column("name", .string), Column("rows", .int), Column("columns", .string)],
                              rows: names.map { [.string($0), .int(corpus.bindings[$0]!.count), .string(corpus.bindings[$0]!.columnNames.joined(separator: ", "))] })
            print(table)
            return .ok
        case ".load":
            guard !args.isEmpty else { return fail(".load needs a file, folder or pattern: .load PATH…") }
            let before = corpus.count
            let report = load(args)
            Terminal.writeError("loaded \(corpus.count - before) article\(corpus.count - before == 1 ? "" : "s")"
                                + (report.duplicates > 0 ? " (\(report.duplicates) already loaded)" : "") + "\n")
            return report.hadFailures ? .failed : .ok
        default:
            let known = [".help", ".quit", ".format", ".load", ".vars"]
            let hint = Suggest.closest(to: command, among: known).map { " — did you mean \($0)?" } ?? " — see .help"
            return fail("unknown command '\(command)'\(hint)")
        }
    }
}
