/// `sift merge`: the corpus's entities from the `mentions` rows of many extraction runs (JSON
/// Lines, or CSV by its `.csv` name), the same rows the `entities` source gives when all the
/// articles are loaded at once. Articles are merged in the order their rows first appear; an
/// article is known by its `article` name, so names must be unique across the runs (give the
/// records ids).
package enum MentionMerge {
    package struct Output: Sendable {
        package var table: Table
        package var issues: [LoadIssue]
        package var rows: Int
        /// Per article name, per `entity_n`: the id of its corpus entity (its `entities` row).
        package var assignment: [String: [Int: Int]]

        /// The corpus entity a mentions row's entity joined (its 1-based id), if it has one.
        package func entity(article: String, n: Int) -> Int? { assignment[article]?[n] }
    }

    package static func entities(from paths: [String], limit: Int = 16 << 20) -> Output {
        var issues: [LoadIssue] = []
        var articleIndex: [String: Int] = [:]
        // (article, entity_n) → record; records made in the order rows come.
        var recordIndex: [Int: [Int: Int]] = [:]
        var records: [Pending] = []
        var rows = 0
        for path in paths {
            var problem: LoadIssue? = nil
            let format: InputFormat = InputFormat.of(path: path) == .csv ? .csv : InputFormat.of(path: path) == .tsv ? .tsv : .jsonl
            guard let reader = RowReader(path: path, format: format, limit: limit, issue: &problem) else {
                if let problem { issues.append(problem) }
                continue
            }
            while let item = reader.next() {
                switch item {
                case .issue(let issue): issues.append(issue)
                case .row(let row, let location):
                    guard let article = row["article"] ?? nil, let text = row["text"] ?? nil else {
                        issues.append(LoadIssue(path: location, message: "not a mentions row (no article or text); skipped", severity: .warning))
                        continue
                    }
                    rows += 1
                    guard let key = row["entity_key"] ?? nil, !key.isEmpty else { continue }  // a name with no entity
                    guard let n = (row["entity_n"] ?? nil).flatMap({ Int($0) }) else {
                        issues.append(LoadIssue(path: location, message: "a mentions row without entity_n (from an older sift?); skipped", severity: .warning))
                        continue
                    }
                    let a: Int
                    if let known = articleIndex[article] { a = known } else { a = articleIndex.count + 1; articleIndex[article] = a }
                    let form = NameKey.form(text)
                    if let r = recordIndex[a]?[n] {
                        if let f = records[r].forms.firstIndex(of: form) { records[r].counts[f] += 1 } else {
                            records[r].forms.append(form)
                            records[r].counts.append(1)
                        }
                    } else {
                        let titled = (row["titled"] ?? nil).map { $0 == "true" || $0 == "1" } ?? false
                        recordIndex[a, default: [:]][n] = records.count
                        let gender = (row["gender"] ?? nil).flatMap(Gender.init(name:)) ?? .unknown
                        let evidence = (row["person_evidence"] ?? nil).flatMap(PersonEvidence.init(rawValue:)) ?? .strong
                        records.append(Pending(article: a, n: n, key: key, titled: titled, forms: [form], counts: [1], gender: gender,
                                               personEvidence: evidence))
                    }
                }
            }
        }
        records.sort { ($0.article, $0.n) < ($1.article, $1.n) }
        var input = MergeRecords()
        for r in records {
            input.append(article: r.article, key: r.key, titled: r.titled, forms: r.forms, counts: r.counts, gender: r.gender,
                         personEvidence: r.personEvidence)
        }
        let merged = EntityMerge.merge(input)
        var names = [String](repeating: "", count: articleIndex.count + 1)
        for (name, a) in articleIndex { names[a] = name }
        var assignment: [String: [Int: Int]] = [:]
        for (r, g) in merged.assignment.enumerated() where g >= 0 { assignment[names[records[r].article], default: [:]][records[r].n] = Int(g) + 1 }
        let table = Table(columns: EntitySources.entityColumns,
                          rows: merged.entities.enumerated().map { EntitySources.entityRow($0.element, key: merged.keys[$0.offset], id: $0.offset + 1, need: .all) })
        return Output(table: table, issues: issues, rows: rows, assignment: assignment)
    }

    /// A record while its article's rows are read: its forms grow row by row.
    private struct Pending {
        var article: Int
        var n: Int
        var key: String
        var titled: Bool
        var forms: [String]
        var counts: [Int]
        var gender: Gender
        var personEvidence: PersonEvidence
    }
}

/// Rows of a JSON Lines or CSV file as field → value, one at a time.
final class RowReader {
    enum Item {
        case row([String: String?], location: String)
        case issue(LoadIssue)
    }

    private let lines: LineReader
    private let path: String
    private let format: InputFormat
    private var header: [String]? = nil
    private var pending: DelimitedRecord

    init?(path: String, format: InputFormat, limit: Int, issue: inout LoadIssue?) {
        switch LineReader.open(path, limit: limit) {
        case .success(let r): lines = r
        case .failure(.system(let code)):
            issue = LoadIssue(path: path, message: FileSystem.message(code), severity: .skipped)
            return nil
        case .failure(.tooLarge): return nil
        }
        self.path = path == "-" ? "stdin" : path
        self.format = format
        pending = DelimitedRecord(delimiter: format == .tsv ? 0x09 : 0x2C)
    }

    func next() -> Item? {
        while let line = lines.next() {
            switch line {
            case .tooLong(_, let number):
                return .issue(LoadIssue(path: "\(path):\(number)", message: "line over the size limit; skipped", severity: .warning))
            case .line(let bytes, let number):
                if format == .jsonl {
                    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                    do {
                        let object = try bytes.withUnsafeBufferPointer { b throws(JSONObject.SyntaxError) in try JSONObject.parse(b) }
                        return .row(object, location: "\(path):\(number)")
                    } catch {
                        return .issue(LoadIssue(path: "\(path):\(number)", message: "not a JSON object: \(error.message); skipped", severity: .warning))
                    }
                }
                let start = pending.isPending ? pending.firstLine : number
                guard let fields = pending.feed(bytes, number: number) else { continue }
                guard let header else { self.header = fields; continue }
                var row: [String: String?] = [:]
                for (k, name) in header.enumerated() { row[name] = k < fields.count ? fields[k] : nil }
                return .row(row, location: "\(path):\(start)")
            }
        }
        return nil
    }
}
