/// How an input file holds its articles.
public enum InputFormat: String, CaseIterable, Sendable {
    /// The whole file is one article (`*.txt`, and any file not named otherwise).
    case text
    /// JSON Lines: one article an object a line.
    case jsonl
    /// Comma-separated values: a header row, then one article a row; the text in one column.
    case csv
    /// Tab-separated values, read as ``csv`` is.
    case tsv

    package static func named(_ name: String) -> InputFormat? {
        switch name.lowercased() {
        case "txt": return .text
        case "ndjson", "json": return .jsonl
        default: return InputFormat(rawValue: name.lowercased())
        }
    }

    /// The format a file's name implies: `.jsonl`/`.ndjson`, `.csv`, `.tsv`/`.tab`, else text.
    package static func of(path: String) -> InputFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonl }
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") { return .tsv }
        return .text
    }
}

/// Which fields of a data set's records hold an article's text and metadata ("body" rather than
/// "text"). Other fields are ignored.
public struct RecordFields: Hashable, Sendable {
    /// The article's text: the one field a record must have.
    public var text = "text"
    /// The article's name in the corpus; without it, `FILE:LINE`.
    public var id = "id"
    /// Its title, preferred to the headline found in the text.
    public var title = "title"
    /// Its date, as written.
    public var date = "date"
    /// The outlet that published it.
    public var outlet = "outlet"
    /// Where it was published.
    public var url = "url"

    /// Fields with these names; each defaults to its own name.
    public init(text: String = "text", id: String = "id", title: String = "title", date: String = "date",
                outlet: String = "outlet", url: String = "url") {
        self.text = text
        self.id = id
        self.title = title
        self.date = date
        self.outlet = outlet
        self.url = url
    }
}
