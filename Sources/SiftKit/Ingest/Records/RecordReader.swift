/// One article as a data set gives it, before it is built: its text as UTF-8, its name (the
/// record's id, else FILE:LINE) and its metadata.
struct ArticleRecord: Sendable {
    var name: String
    var bytes: [UInt8]
    var metadata: ArticleMetadata
    var origin: ArticleOrigin
    /// Where it came from, for messages: "articles.jsonl:12".
    var location: String
    var warnings: [LoadIssue] = []
}

/// Reads the articles of one JSON Lines, CSV or TSV file (or of standard input) a record at a
/// time. A malformed record is one warning naming the file and line; the rest is read.
final class RecordReader {
    enum Item {
        case record(ArticleRecord)
        case issue(LoadIssue)
    }

    private let path: String
    private let display: String
    /// What an article with no id is named by, with its line: the file's base name.
    private let stem: String
    private var format: InputFormat?
    private let fields: RecordFields
    private let limit: Int
    private let lines: LineReader
    private var header: [String]? = nil
    private var pending: DelimitedRecord? = nil
    private var firstLine = true
    /// Records that became articles, and records skipped.
    private(set) var records = 0
    private(set) var skipped = 0
    private var finished = false

    /// Nil format: from the file's name, or for "-" from its first line ("{": JSON Lines, else text).
    init?(path: String, format: InputFormat?, fields: RecordFields, limit: Int, issue: inout LoadIssue?) {
        switch LineReader.open(path, limit: limit) {
        case .success(let r): lines = r
        case .failure(.system(let code)):
            issue = LoadIssue(path: path, message: FileSystem.message(code), severity: .skipped)
            return nil
        case .failure(.tooLarge):
            return nil
        }
        self.path = path
        self.display = path == "-" ? "stdin" : path
        self.stem = path == "-" ? "stdin" : FileSystem.baseName(path)
        self.format = format ?? (path == "-" ? nil : InputFormat.of(path: path))
        self.fields = fields
        self.limit = limit
    }

    /// The next record or problem; nil at the end of the file.
    func next() -> Item? {
        while !finished {
            guard let line = lines.next() else {
                finished = true
                if let p = pending, p.isPending {
                    skipped += 1
                    return .issue(warning(p.firstLine, "a quoted field is not closed before the end of the file; record skipped"))
                }
                if let code = lines.readError {
                    return .issue(LoadIssue(path: display, message: "read failed after line \(lines.number): \(FileSystem.message(code))", severity: .skipped))
                }
                if records == 0 {
                    return .issue(LoadIssue(path: display, message: skipped > 0 ? "no article could be read from this file" : "no articles in this file", severity: .skipped))
                }
                return nil
            }
            switch line {
            case .tooLong(let bytes, let number):
                if pending?.isPending == true { pending!.reset() }
                skipped += 1
                firstLine = false
                return .issue(warning(number, "line is \(Corpus.megabytes(bytes)), over the \(Corpus.megabytes(limit)) limit; skipped", .raiseSizeLimit))
            case .line(var bytes, let number):
                if firstLine {
                    firstLine = false
                    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
                    if format == nil {
                        let first = bytes.first { $0 != 0x20 && $0 != 0x09 }
                        format = first == 0x7B ? .jsonl : .text
                    }
                    if format == .text { return wholeText(first: bytes) }
                }
                if let item = read(bytes, number) { return item }
            }
        }
        return nil
    }

    private func read(_ bytes: [UInt8], _ number: Int) -> Item? {
        switch format {
        case .jsonl?:
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return nil }
            return jsonLine(bytes, number)
        case .csv?, .tsv?:
            if pending == nil { pending = DelimitedRecord(delimiter: format == .csv ? 0x2C : 0x09) }
            if !pending!.isPending && bytes.isEmpty { return nil }
            let start = pending!.isPending ? pending!.firstLine : number
            guard let row = pending!.feed(bytes, number: number) else {
                if pending!.size > limit {
                    pending!.reset()
                    skipped += 1
                    return .issue(warning(start, "a quoted field runs past \(Corpus.megabytes(limit)) without closing; record skipped"))
                }
                return nil
            }
            let nonUTF8 = pending!.sawNonUTF8
            pending!.sawNonUTF8 = false
            guard let header else {
                self.header = row
                if !row.contains(fields.text) {
                    finished = true
                    return .issue(LoadIssue(path: display, message: "the header has no '\(fields.text)' column (columns: \(row.prefix(12).joined(separator: ", ")))", severity: .skipped,
                                                    remedy: .nameTextField))
                }
                return nil
            }
            if row.count > header.count {
                skipped += 1
                return .issue(warning(start, "\(row.count) fields, but the header has \(header.count); skipped"))
            }
            var object: [String: String?] = [:]
            for (k, name) in header.enumerated() { object[name] = k < row.count ? row[k] : nil }
            return make(object, start, nonUTF8: nonUTF8)
        case .text?, nil:
            return nil
        }
    }

    private func jsonLine(_ raw: [UInt8], _ number: Int) -> Item {
        let valid = UTF8Scalars.isValid(raw)
        let bytes = valid ? raw : Windows1252.decode(raw)
        do {
            let object = try bytes.withUnsafeBufferPointer { b throws(JSONObject.SyntaxError) in try JSONObject.parse(b) }
            return make(object, number, nonUTF8: !valid)
        } catch {
            skipped += 1
            return .issue(warning(number, "not a JSON object: \(error.message) at byte \(error.offset + 1); skipped"))
        }
    }

    private func make(_ object: [String: String?], _ number: Int, nonUTF8: Bool) -> Item {
        guard let present = object[fields.text] else {
            skipped += 1
            return .issue(warning(number, "no '\(fields.text)' field; skipped", fields.text == "text" ? .nameTextField : nil))
        }
        guard let text = present else {
            skipped += 1
            return .issue(warning(number, "'\(fields.text)' is null; skipped"))
        }
        func field(_ name: String) -> String? {
            guard let v = object[name] ?? nil else { return nil }
            return v.isEmpty ? nil : v
        }
        let location = "\(display):\(number)"
        var record = ArticleRecord(name: field(fields.id) ?? "\(stem):\(number)", bytes: Array(text.utf8),
                                   metadata: ArticleMetadata(title: field(fields.title), date: field(fields.date),
                                                             outlet: field(fields.outlet), url: field(fields.url)),
                                   origin: .record(path, line: number), location: location)
        if nonUTF8 { record.warnings.append(LoadIssue(path: location, message: "not valid UTF-8; decoded as Windows-1252", severity: .warning)) }
        records += 1
        return .record(record)
    }

    /// Standard input that is not a data set: all of it is one article.
    private func wholeText(first: [UInt8]) -> Item {
        var bytes = first
        var tooLong = false
        while let line = lines.next() {
            switch line {
            case .line(let b, _):
                bytes.append(0x0A)
                bytes += b
            case .tooLong: tooLong = true
            }
            if bytes.count > limit { tooLong = true }
            if tooLong { break }
        }
        finished = true
        if tooLong {
            return .issue(LoadIssue(path: display, message: "over the \(Corpus.megabytes(limit)) limit", severity: .skipped, remedy: .raiseSizeLimit))
        }
        records += 1
        return .record(ArticleRecord(name: display, bytes: bytes, metadata: ArticleMetadata(), origin: .record(path, line: 1), location: display))
    }

    private func warning(_ line: Int, _ message: String, _ remedy: LoadIssue.Remedy? = nil) -> LoadIssue {
        LoadIssue(path: "\(display):\(line)", message: message, severity: .warning, remedy: remedy)
    }
}
