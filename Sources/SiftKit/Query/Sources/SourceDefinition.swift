/// A named source of rows (`articles`, `paragraphs`, …): its columns, and how to read its rows for
/// a set of articles.
public struct SourceDefinition: Sendable {
    public let name: String
    public let summary: String
    public let columns: [Column]
    /// Rows for the given article ids, in corpus order.
    let rows: @Sendable (Corpus, [Int]) -> [[Value]]

    public init(name: String, summary: String, columns: [Column], rows: @escaping @Sendable (Corpus, [Int]) -> [[Value]]) {
        self.name = name
        self.summary = summary
        self.columns = columns
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
