/// A named source of rows (`articles`, `paragraphs`, …): its columns, and how to read its rows for
/// a set of articles.
package struct SourceDefinition: Sendable {
    package let name: String
    package let summary: String
    package let columns: [Column]
    /// Rows for the given article ids, in corpus order. Columns the query does not read may be
    /// left null (`Needs`), so `quotes | count` never copies a quote's text.
    let rows: @Sendable (Corpus, [Int], Needs) -> [[Value]]
    /// Whether its rows read extraction results (the evaluator extracts first, so that a query
    /// stopped during extraction fails instead of reading what was not extracted).
    let usesExtraction: Bool

    package init(name: String, summary: String, columns: [Column], usesExtraction: Bool = true,
                rows: @escaping @Sendable (Corpus, [Int], Needs) -> [[Value]]) {
        self.name = name
        self.summary = summary
        self.columns = columns
        self.usesExtraction = usesExtraction
        self.rows = rows
    }
}

/// Every source the language knows.
package enum Catalog {
    package static let sources: [SourceDefinition] = [
        ArticleSources.articles, ArticleSources.paragraphs, ArticleSources.sentences,
        QuoteSources.quotes, CitedSources.sources, EntitySources.entities, EntitySources.mentions,
        QuantitySources.numbers, QuantitySources.dates,
    ]

    package static func source(named name: String) -> SourceDefinition? {
        sources.first { $0.name == name }
    }

    package static var sourceNames: [String] { sources.map(\.name) }
}

/// Which columns of a source a query reads. Cells of other columns may be left null.
package struct Needs: Sendable {
    private let columns: Set<Int>?

    /// Every column.
    package static let all = Needs(columns: nil)

    package init(columns: Set<Int>?) { self.columns = columns }

    package func callAsFunction(_ column: Int) -> Bool { columns?.contains(column) ?? true }

    /// The query reads no column of the source, only how many rows it has.
    package var readsNothing: Bool { columns?.isEmpty ?? false }

    /// The cell of `column`: `make()` when the query reads it, null otherwise.
    @inline(__always)
    package func cell(_ column: Int, _ make: () -> Value) -> Value { self(column) ? make() : .null }
}
