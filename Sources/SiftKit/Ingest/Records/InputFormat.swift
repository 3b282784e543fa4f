/// How an input file holds its articles.
public enum InputFormat: String, CaseIterable, Sendable {
    /// The whole file is one article (`*.txt`, and any file not named otherwise).
    case text
    /// JSON Lines: one article an object a line.
    case jsonl
    /// A header row, then one article a row; the text in one column.
    case csv, tsv

    public static func named(_ name: String) -> InputFormat? {
        switch name.lowercased() {
        case "txt": return .text
        case "ndjson", "json": return .jsonl
        default: return InputFormat(rawValue: name.lowercased())
        }
    }

    /// The format a file's name implies: `.jsonl`/`.ndjson`, `.csv`, `.tsv`/`.tab`, else text.
    public static func of(path: String) -> InputFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonl }
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") { return .tsv }
        return .text
    }
}

/// Which fields of a record hold an article's text and metadata ("body" rather than "text").
public struct RecordFields: Hashable, Sendable {
    public var text = "text"
    public var id = "id"
    public var title = "title"
    public var date = "date"
    public var outlet = "outlet"
    public var url = "url"

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
