#if canImport(Glibc)
import Glibc
#endif
import Synchronization
import ArgumentParser
import SiftKit

/// `sift extract SOURCE[,SOURCE…] INPUT…`: extraction as a streaming filter, articles in, rows out.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Stream rows of quotes, sources, mentions… as JSON Lines or CSV.",
        usage: "sift extract SOURCE[,SOURCE…] [OPTIONS] INPUT…",
        discussion: """
            Sources: articles, quotes, sources, mentions, numbers, dates (also paragraphs, \
            sentences). INPUT: files, folders (*.txt), globs, data sets (*.jsonl, *.csv, *.tsv) and \
            '-' (standard input), any number of articles: memory stays flat.

            Each line is one row with the article's name (and, on standard output with several \
            sources, a "source" key). Names of people are as each article gives them; merge the \
            mentions rows with 'sift merge' for the corpus's entities, joined back to them on \
            article and entity_key.

            Exit status: 0 success, 1 output could not be written, 2 bad usage or an unreadable input.

            Examples:
              sift extract quotes,sources,mentions corpus/ > rows.jsonl
              zcat news.jsonl.gz | sift extract quotes -f csv - > quotes.csv
              sift extract articles,quotes,mentions --out-dir rows/ news.jsonl
              sift merge rows/mentions.jsonl > entities.jsonl
            """)

    @Argument(help: ArgumentHelp("What to extract, separated by commas.", valueName: "sources"),
              completion: .list(ExtractionStream.streamable))
    var sourceList: String?

    @Argument(help: ArgumentHelp("The articles.", valueName: "input"), completion: .file())
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Rows as JSON Lines or CSV.", valueName: "format"))
    var format: RowFormat = .jsonl

    @Option(help: ArgumentHelp("One file per source, DIR/SOURCE.jsonl (or .csv), written atomically.", valueName: "dir"),
            completion: .directory)
    var outDir: String?

    @Option(help: ArgumentHelp("Articles in flight at once (default 8 per core).", valueName: "n"), transform: ArgumentValue.window)
    var window: Int?

    @OptionGroup(title: "Input") var input: InputOptions
    @OptionGroup(title: "Input") var records: RecordOptions

    var sources: [String] { sourceList.map { $0.split(separator: ",").map { String($0).trimmed.lowercased() } } ?? [] }

    func validate() throws {
        let sources = self.sources
        guard !sources.isEmpty else { throw ValidationError("'sift extract' needs sources: sift extract quotes,mentions INPUT…") }
        for s in sources where !ExtractionStream.streamable.contains(s) {
            let hint = Suggest.closest(to: s, among: ExtractionStream.streamable).map { " (did you mean \($0)?)" } ?? ""
            throw ValidationError(s == "entities"
                ? "entities merge across articles: extract mentions, then 'sift merge' them"
                : "'\(s)' is not a source sift extract streams\(hint); choose from: " + ExtractionStream.streamable.joined(separator: ", "))
        }
        if Set(sources).count != sources.count { throw ValidationError("a source is named twice") }
        guard !inputs.isEmpty else { throw ValidationError("'sift extract' needs input: files, folders, data sets, or '-' for standard input") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input ('-') can be read once") }
        if format == .csv && sources.count > 1 && outDir == nil {
            throw ValidationError("CSV has one header: extract one source to standard output, or several with --out-dir DIR")
        }
    }

    func run() throws {
        try ExitStatus.check(extract())
    }

    /// Warnings from any thread, a line each.
    static let errors = Mutex(())

    static func warn(_ line: String) {
        errors.withLock { _ in ProgressBar.writeStderr(line) }
    }

    private func extract() -> Int32 {
        let sources = self.sources
        let definitions = sources.map { Catalog.source(named: $0)! }
        var load = records.load
        if let size = input.maxFileSize { load.maxFileSize = size }
        let format = self.format.output
        let out: OutputFiles
        if let dir = outDir {
            do { out = try OutputFiles(dir: dir, names: sources, ext: format == .csv ? "csv" : "jsonl") } catch {
                Terminal.writeError("sift: \(TerminalText.sanitize(error.path)): \(error.reason)\n")
                return 2
            }
            if format == .csv { for (i, d) in definitions.enumerated() { _ = out.write(i, RowLines.header(d.columns)) } }
        } else {
            out = OutputFiles(sources: definitions.count)
            if format == .csv { _ = out.write(0, RowLines.header(definitions[0].columns)) }
        }
        let tagged = outDir == nil && definitions.count > 1
        let bar = ProgressBar()
        bar.begin("extracting")
        let stream = ExtractionStream(sources: definitions, inputs: inputs,
                                      options: ExtractionStream.Options(window: window ?? 8 * ExtractionStream.cores, load: load,
                                                                        format: format, tagged: tagged))
        let quiet = input.quiet
        let summary = stream.run(write: { s, text in out.write(s, text) }, issue: { issue in
            if issue.severity == .skipped || !quiet { bar.end(); ExtractCommand.warn(IssueText.line(issue)) }
        }, progress: bar.callback)
        bar.end()
        guard out.finish() else {
            if let f = out.failure, !f.isEmpty {
                Terminal.writeError("sift: cannot write the rows: \(f)" + (outDir != nil ? "; no file was written\n" : "\n"))
            }
            return 1
        }
        if !quiet && summary.skipped > 0 {
            ExtractCommand.warn("sift: \(summary.articles) article\(summary.articles == 1 ? "" : "s") extracted, \(summary.skipped) skipped\n")
        }
        return summary.inputFailed ? 2 : 0
    }
}
