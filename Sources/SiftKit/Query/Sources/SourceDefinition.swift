/// A named source of rows (`articles`, `paragraphs`, …): its columns, and how to read its rows for
/// a set of articles.
public struct SourceDefinition: Sendable {
    public let name: String
    public let summary: String
    public let columns: [Column]
    /// Rows for the given article ids, in corpus order. Columns the query does not read may be
    /// left null (`Needs`), so `quotes | count` never copies a quote's text.
    let rows: @Sendable (Corpus, [Int], Needs) -> [[Value]]
    /// Whether its rows read extraction results (the evaluator extracts first, so that a query
    /// stopped during extraction fails instead of reading what was not extracted).
    let usesExtraction: Bool

    public init(name: String, summary: String, columns: [Column], usesExtraction: Bool = true,
                rows: @escaping @Sendable (Corpus, [Int], Needs) -> [[Value]]) {
        self.name = name
        self.summary = summary
        self.columns = columns
        self.usesExtraction = usesExtraction
        self.rows = rows
    }
}

/// Every source the language knows.
public enum Catalog {
    public static let sources: [SourceDefinition] = [
        ArticleSources.articles, ArticleSources.paragraphs, ArticleSources.sentences,
        QuoteSources.quotes, CitedSources.sources, EntitySources.entities, EntitySources.mentions,
        QuantitySources.numbers, QuantitySources.dates,
    ]

    public static func source(named name: String) -> SourceDefinition? {
        sources.first { $0.name == name }
    }

    public static var sourceNames: [String] { sources.map(\.name) }
}

/// Which columns of a source a query reads. Cells of other columns may be left null.
public struct Needs: Sendable {
    private let columns: Set<Int>?

    /// Every column.
    public static let all = Needs(columns: nil)

    public init(columns: Set<Int>?) { self.columns = columns }

    public func callAsFunction(_ column: Int) -> Bool { columns?.contains(column) ?? true }

    /// The cell of `column`: `make()` when the query reads it, null otherwise.
    @inline(__always)
    public func cell(_ column: Int, _ make: () -> Value) -> Value { self(column) ? make() : .null }
}
