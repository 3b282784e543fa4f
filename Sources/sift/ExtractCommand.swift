#if canImport(Glibc)
import Glibc
#endif
import Synchronization
import SiftKit

/// `sift extract SOURCE[,SOURCE…] INPUT…` and `sift merge MENTIONS…`: extraction as a
/// streaming filter, and the corpus-wide entity merge of its `mentions` rows.
enum ExtractCommand {
    static let usage = """
    Usage:
      sift extract SOURCE[,SOURCE…] [OPTIONS] INPUT…   stream rows of quotes, sources, mentions, numbers,
                                                       dates, articles (also paragraphs, sentences)
      sift merge [OPTIONS] MENTIONS…                   the corpus's entities from mentions rows

    INPUT: files, folders (*.txt), globs, data sets (*.jsonl, *.csv, *.tsv) and '-' (standard input).

    Options:
      -f, --format jsonl|csv   rows as JSON Lines (default) or CSV
          --out-dir DIR        one file per source, DIR/SOURCE.jsonl (or .csv), written atomically
          --window N           articles in flight at once (default 8 per core)
          --input-format F     text, jsonl, csv or tsv, for '-' and files not named for a format
          --text-field NAME    (and --id-field, --title-field, --date-field, --outlet-field, --url-field)
          --max-file-size MIB  largest article file or record (default 16)
      -o, --output FILE        (merge) write the entities there, atomically
      -q, --quiet              no warnings about input

    Each line is one row with the article's name (and, on standard output with several sources, a
    "source" key). Names of people are as each article gives them; merge the mentions rows with
    'sift merge' for the corpus's entities, joined back to them on article and entity_key.
    Exit status: 0 success, 1 output could not be written, 2 bad usage or an unreadable input.
    """

    struct Arguments {
        var sources: [String] = []
        var inputs: [String] = []
        var format: OutputFormat = .jsonl
        var outDir: String? = nil
        var output: String? = nil
        var window: Int? = nil
        var quiet = false
        var load = LoadOptions()
    }

    static func parse(_ args: ArraySlice<String>, merge: Bool) throws(Invocation.UsageError) -> Arguments {
        var a = Arguments()
        var rest = args
        var onlyFiles = false
        while let arg = rest.popFirst() {
            if onlyFiles || !arg.hasPrefix("-") || arg == "-" {
                if !merge && a.sources.isEmpty { a.sources = arg.split(separator: ",").map { String($0).trimmed.lowercased() } } else { a.inputs.append(arg) }
                continue
            }
            var name = arg
            var inline: String? = nil
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                inline = String(arg[arg.index(after: eq)...])
            }
            func value() throws(Invocation.UsageError) -> String {
                if let v = inline { return v }
                guard let v = rest.popFirst() else { throw Invocation.UsageError(message: "option \(name) needs a value") }
                return v
            }
            switch name {
            case "--": onlyFiles = true
            case "-f", "--format":
                let v = try value()
                guard let f = OutputFormat.named(v), f == .jsonl || f == .csv else {
                    throw Invocation.UsageError(message: "'sift \(merge ? "merge" : "extract")' writes jsonl or csv, not '\(v)'")
                }
                a.format = f
            case "--out-dir" where !merge: a.outDir = try value()
            case "-o", "--output": a.output = try value()
            case "--window" where !merge:
                let v = try value()
                guard let n = Int(v), n >= 1, n <= 100_000 else { throw Invocation.UsageError(message: "--window takes a number of articles from 1 to 100000, not '\(v)'") }
                a.window = n
            case "--input-format":
                let v = try value()
                guard let f = InputFormat.named(v) else {
                    throw Invocation.UsageError(message: "unknown input format '\(v)'; choose one of: " + InputFormat.allCases.map(\.rawValue).joined(separator: ", "))
                }
                a.load.inputFormat = f
            case "--text-field": a.load.fields.text = try value()
            case "--id-field": a.load.fields.id = try value()
            case "--title-field": a.load.fields.title = try value()
            case "--date-field": a.load.fields.date = try value()
            case "--outlet-field": a.load.fields.outlet = try value()
            case "--url-field": a.load.fields.url = try value()
            case "--max-file-size":
                let v = try value()
                guard let mb = Double(v), mb > 0, mb <= 4096 else {
                    throw Invocation.UsageError(message: "--max-file-size takes a size in MiB between 1 and 4096, not '\(v)'")
                }
                a.load.maxFileSize = Int(mb * 1_048_576)
            case "-q", "--quiet": a.quiet = true
            default:
                throw Invocation.UsageError(message: "unknown option '\(arg)' for 'sift \(merge ? "merge" : "extract")'")
            }
        }
        if merge {
            guard !a.inputs.isEmpty else { throw Invocation.UsageError(message: "'sift merge' needs files of mentions rows: sift merge MENTIONS.jsonl…") }
            return a
        }
        guard !a.sources.isEmpty else { throw Invocation.UsageError(message: "'sift extract' needs sources: sift extract quotes,mentions INPUT…") }
        for s in a.sources where !ExtractionStream.streamable.contains(s) {
            let hint = Suggest.closest(to: s, among: ExtractionStream.streamable).map { " (did you mean \($0)?)" } ?? ""
            throw Invocation.UsageError(message: s == "entities"
                ? "entities merge across articles: extract mentions, then 'sift merge' them"
                : "'\(s)' is not a source sift extract streams\(hint); choose from: " + ExtractionStream.streamable.joined(separator: ", "))
        }
        if Set(a.sources).count != a.sources.count { throw Invocation.UsageError(message: "a source is named twice") }
        guard !a.inputs.isEmpty else { throw Invocation.UsageError(message: "'sift extract' needs input: files, folders, data sets, or '-' for standard input") }
        if a.inputs.filter({ $0 == "-" }).count > 1 { throw Invocation.UsageError(message: "standard input ('-') can be read once") }
        if a.format == .csv && a.sources.count > 1 && a.outDir == nil {
            throw Invocation.UsageError(message: "CSV has one header: extract one source to standard output, or several with --out-dir DIR")
        }
        if a.output != nil { throw Invocation.UsageError(message: "-o is for 'sift merge'; 'sift extract' writes several files with --out-dir DIR") }
        return a
    }

    /// Warnings from any thread, a line each.
    static let errors = Mutex(())

    static func warn(_ line: String) {
        errors.withLock { _ in ProgressBar.writeStderr(line) }
    }

    static func extract(_ args: ArraySlice<String>) -> Int32 {
        let a: Arguments
        do { a = try parse(args, merge: false) } catch {
            Terminal.writeError("sift: \(error.message)\nTry 'sift extract --help'.\n")
            return 2
        }
        let definitions = a.sources.map { Catalog.source(named: $0)! }
        let out: OutputFiles
        if let dir = a.outDir {
            do { out = try OutputFiles(dir: dir, names: a.sources, ext: a.format == .csv ? "csv" : "jsonl") } catch {
                Terminal.writeError("sift: \(TerminalText.sanitize(error.path)): \(error.reason)\n")
                return 2
            }
            if a.format == .csv { for (i, d) in definitions.enumerated() { _ = out.write(i, RowLines.header(d.columns)) } }
        } else {
            out = OutputFiles(sources: definitions.count)
            if a.format == .csv { _ = out.write(0, RowLines.header(definitions[0].columns)) }
        }
        let tagged = a.outDir == nil && definitions.count > 1
        let bar = ProgressBar()
        bar.begin("extracting")
        let stream = ExtractionStream(sources: definitions, inputs: a.inputs,
                                      options: ExtractionStream.Options(window: a.window ?? 8 * ExtractionStream.cores, load: a.load,
                                                                        format: a.format, tagged: tagged))
        let quiet = a.quiet
        let summary = stream.run(write: { s, text in out.write(s, text) }, issue: { issue in
            let text = "\(TerminalText.sanitize(issue.path)): \(TerminalText.sanitize(issue.message))"
            if issue.severity == .skipped { bar.end(); warn("sift: \(text)\n") } else if !quiet { bar.end(); warn("sift: warning: \(text)\n") }
        }, progress: bar.callback)
        bar.end()
        guard out.finish() else {
            if let f = out.failure, !f.isEmpty {
                Terminal.writeError("sift: cannot write the rows: \(f)" + (a.outDir != nil ? "; no file was written\n" : "\n"))
            }
            return 1
        }
        if !quiet && summary.skipped > 0 {
            warn("sift: \(summary.articles) article\(summary.articles == 1 ? "" : "s") extracted, \(summary.skipped) skipped\n")
        }
        return summary.inputFailed ? 2 : 0
    }

    static func merge(_ args: ArraySlice<String>) -> Int32 {
        let a: Arguments
        do { a = try parse(args, merge: true) } catch {
            Terminal.writeError("sift: \(error.message)\nTry 'sift extract --help'.\n")
            return 2
        }
        let result = MentionMerge.entities(from: a.inputs, limit: a.load.maxFileSize)
        var failed = false
        for issue in result.issues {
            if issue.severity == .skipped { failed = true }
            if issue.severity == .skipped || !a.quiet {
                Terminal.writeError("sift: \(issue.severity == .warning ? "warning: " : "")\(TerminalText.sanitize(issue.path)): \(TerminalText.sanitize(issue.message))\n")
            }
        }
        let text = a.format == .csv ? RowLines.header(result.table.columns) + RowLines.render(result.table.rows, columns: result.table.columns, as: .csv)
                                    : RowLines.render(result.table.rows, columns: result.table.columns, as: .jsonl)
        if let path = a.output {
            do { try AtomicFile.write(text, to: path) } catch {
                Terminal.writeError("sift: \(TerminalText.sanitize(error.path)): \(error.reason)\n")
                return 1
            }
        } else {
            Terminal.write(text)
            Terminal.flush()
        }
        return failed ? 2 : 0
    }
}
