import SiftKit

/// Runs statements, meta commands and notes for every mode (batch, script, REPL, notebook replay),
/// prints what they produce and records them as notebook cells. It only wires the engine to the
/// terminal: parsing, evaluation and rendering are SiftKit's.
final class Shell {
    let corpus = Corpus(cancellation: Interrupt.token)
    var format: OutputFormat
    var keepGoing: Bool
    var quiet: Bool
    var color: Bool?
    var maxFileSize: Int
    var inputFormat: InputFormat?
    var fields: RecordFields
    var timer = false
    /// Seconds a statement may run before it is stopped (nil: no limit).
    var timeout: Double?
    var usePager = true
    /// On a terminal, long table cells wrap inside their column (off: cut with "…").
    var wrap = true
    /// `.output FILE` / `.once FILE`: where results go instead of the screen.
    var redirect: OutputRedirect?
    /// Interactive: results may go through the pager and binding sizes are reported.
    var interactive = false
    /// Replaying a notebook to check or export it: nothing is printed.
    var silent = false
    /// Keep each statement's output (nil when it failed), in order, for the exports.
    var captureOutputs = false
    var capturedOutputs: [QueryOutput?] = []
    /// Exporting saved outputs: an article that cannot be loaded is no error worth a message.
    var muteLoadFailures = false
    /// The inputs loaded before the first cell: a notebook's front matter.
    var startupInputs: [String] = []
    /// The lines entered, kept across sessions (read from its file when first used).
    lazy var history = History()
    /// The session so far, as a notebook; `.save` writes it.
    var notebook = Notebook()
    /// Cells of `notebook` already in a file (saved, or the notebook opened).
    var savedCells = 0
    var unsavedCells: Int { max(0, notebook.cells.count - savedCells) }
    /// The last statement run (not a command): a REPL line starting with `|` continues it.
    var lastStatement: String? {
        for cell in notebook.cells.reversed() {
            if case .statement(let s, _) = cell, !s.trimmed.hasPrefix(".") { return s }
        }
        return nil
    }
    /// Inputs loaded, as absolute paths ("samples" for the bundled articles).
    private(set) var inputs: [String] = []
    /// A statement or meta command failed (exit status 1).
    private(set) var queryFailed = false
    /// An input could not be loaded (exit status 2).
    private(set) var loadFailed = false
    /// Results printed so far: a table after another is set off by a blank line.
    var printedResults = 0
    /// Loading and extraction longer than half a second show a bar on a terminal's stderr.
    let progress = ProgressBar()

    init(_ inv: ShellSettings) {
        format = inv.format ?? .table
        keepGoing = inv.keepGoing
        quiet = inv.quiet
        color = inv.color
        maxFileSize = inv.maxFileSize
        inputFormat = inv.inputFormat
        fields = inv.fields
        timeout = inv.timeout
        wrap = inv.wrap
    }

    /// "60" for 60.0, "2.5" for 2.5.
    static func seconds(_ s: Double) -> String { s == s.rounded() ? String(Int(s)) : String(s) }

    var exitStatus: Int32 { loadFailed ? 2 : queryFailed ? 1 : 0 }

    // MARK: - Loading

    /// Loads inputs and reports every problem on standard error, one line each.
    @discardableResult
    func load(_ paths: [String]) -> LoadReport {
        progress.begin("loading")
        let report = corpus.load(paths, options: LoadOptions(maxFileSize: maxFileSize, progress: silent ? nil : progress.callback,
                                                    inputFormat: inputFormat, fields: fields))
        progress.end()
        for path in paths where path != "-" && !inputs.contains(FilePaths.absolute(path)) { inputs.append(FilePaths.absolute(path)) }
        for issue in report.issues {
            switch issue.severity {
            case .skipped:
                loadFailed = true
                if muteLoadFailures { continue }
                Terminal.writeError(IssueText.line(issue))
            case .warning:
                if !quiet { Terminal.writeError(IssueText.line(issue)) }
            }
        }
        return report
    }

    func loadSamples() {
        guard !inputs.contains("samples") else { return }
        corpus.loadSamples()
        inputs.append("samples")
    }

    // MARK: - Entries

    enum Outcome { case ok, failed, quit }

    /// Runs one entry — a statement, a meta command, or a `#` note — and records it.
    @discardableResult
    func handle(_ entry: String, location: String? = nil) -> Outcome {
        let text = entry.trimmed
        if text.hasPrefix("#") {
            let note = String(text.dropFirst()).trimmed
            notebook.cells.append(.note(note))
            return .ok
        }
        // `a; b` is two entries, as in sqlite3.
        let parts = ScriptReader.statements(entry)
        if parts.count == 1 && parts[0].trimmed != text { return handle(parts[0], location: location) }  // "articles;"
        if parts.count != 1 {
            for part in parts {
                let outcome = handle(part, location: location)
                if outcome != .ok { return outcome }
            }
            return .ok
        }
        if text.hasPrefix(".") { return meta(text, location: location) }
        return execute(entry, location: location) ? .ok : .failed
    }

    /// Runs a statement; one that first needs extraction shows its progress (cleared before
    /// anything is printed).
    private func evaluate(_ statement: String) throws(QueryError) -> QueryOutput {
        corpus.cancellation.limit(seconds: timeout)
        progress.begin("extracting")
        corpus.extractionProgress = silent ? nil : progress.callback
        defer { progress.end() }
        do {
            return try corpus.run(statement)
        } catch {
            throw Interrupt.explain(error, reason: corpus.cancellation.reason)
        }
    }

    /// Runs one statement, prints its result or its error, records both. Returns whether it succeeded.
    @discardableResult
    func execute(_ statement: String, location: String? = nil) -> Bool {
        let started = MonotonicClock.seconds
        corpus.cancellation.reset()
        var recorded: String
        var ok = true
        do {
            let output = try evaluate(statement)
            recorded = plainText(output)
            if captureOutputs { capturedOutputs.append(output) }
            if !silent { show(output, plain: recorded) }
        } catch {
            ok = false
            queryFailed = true
            let message = ErrorFormatter.format(error, statement: statement, location: location)
            if !silent { Terminal.writeError(message) }
            recorded = ErrorFormatter.format(error, statement: statement)
            if captureOutputs { capturedOutputs.append(nil) }
        }
        if timer { Terminal.writeError("time: \(Clock.describe(since: started))\n") }
        notebook.cells.append(.statement(statement, output: recorded))
        return ok
    }

    /// The output as a notebook keeps it: the current format, no colour, nothing cut, and line
    /// ends as LF (CSV's CRLF would not survive a Markdown file).
    func plainText(_ output: QueryOutput) -> String {
        rawText(output).replacingAll("\r\n", with: "\n")
    }

    private func rawText(_ output: QueryOutput) -> String {
        switch output {
        case .table(let t), .comparison(let t, _, _): return TableWriter.render(t, as: format)
        case .binding(let name, let t): return "\(name): \(t.count) row\(t.count == 1 ? "" : "s")\n"
        case .document(let d): return format == .table ? DocumentRenderer.render(d, color: false) : TableWriter.render(d.table, as: format)
        // A chart is kept as its data, so `sift check` compares what it shows, not how it is drawn.
        case .chart(let c): return (format == .table ? "chart \(c.kind.rawValue): \(c.caption)\n" : "") + TableWriter.render(c.table, as: format)
        }
    }

    /// Prints an output: for a terminal with colour and its width (the pager for long ones), for
    /// a pipe or a `.output` file as it is.
    private func show(_ output: QueryOutput, plain: String) {
        if case .binding(let name, let t) = output {
            if interactive { Terminal.writeError("\(TerminalText.sanitize(name)): \(t.count) row\(t.count == 1 ? "" : "s")\n") }
            return
        }
        let toFile = redirect != nil
        let terminal = Terminal.stdoutIsTTY && !toFile
        let colorOn = !toFile && Terminal.colorAllowed(forced: color)
        let width = terminal ? Terminal.width : nil
        var text: String
        switch output {
        case .table(let t), .binding(_, let t):
            text = TableWriter.render(t, as: format, options: RenderOptions(width: format == .table ? width : nil,
                                                                              color: format == .table && colorOn, wrap: wrap))
        case .document(let d):
            text = format == .table ? DocumentRenderer.render(d, color: colorOn, width: width) : plain
        case .chart(let c):
            text = format == .table ? ChartText.render(c, width: width ?? 80, color: colorOn) : plain
        case .comparison(let t, let left, let right):
            text = format == .table && terminal
                ? CompareReport.render(t, left: left, right: right, width: width ?? 100, color: colorOn)
                : TableWriter.render(t, as: format)
        }
        if var target = redirect {
            do { try target.append(text) } catch { _ = fail("\(TerminalText.sanitize(target.path)): \(error.reason)", location: nil) }
            redirect = target.once ? nil : target
            return
        }
        // Tables and documents sanitise their cells; other formats keep the data as it is, except
        // on a terminal, where no article may write an escape sequence.
        if format != .table && terminal { text = TerminalText.forTerminal(text) }
        if printedResults > 0 && format == .table { text = "\n" + text }
        printedResults += 1
        if interactive && usePager { Pager.show(text) } else { Terminal.write(text) }
    }

    // MARK: - Scripts

    /// Runs a script's entries in order; stops at the first error unless --keep-going.
    @discardableResult
    func runScript(_ text: String, name: String) -> Bool {
        var ok = true
        for entry in ScriptReader.entries(text) {
            let location = "\(TerminalText.sanitize(name)):\(entry.line)"
            switch handle(entry.text, location: location) {
            case .quit: return ok
            case .ok: continue
            case .failed:
                ok = false
                if !keepGoing { return false }
            }
        }
        return ok
    }

    func fail(_ message: String, location: String?) -> Outcome {
        queryFailed = true
        Terminal.writeError((location.map { $0 + ": " } ?? "") + "error: " + TerminalText.sanitize(message) + "\n")
        return .failed
    }

    func record(_ line: String) { notebook.cells.append(.statement(line, output: nil)) }
}
