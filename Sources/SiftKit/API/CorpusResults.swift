/// The corpus's extraction as typed records: the rows the `quotes`, `entities`, `sources` and
/// `mentions` queries give, read by the same code (each source's rows, read as records).
extension Corpus {
    /// Every quote of every article, in article order, then in reading order (the `quotes` query).
    public var quotes: [QuoteRecord] { records(QuoteSources.quotes) }

    /// The people, organisations, places and other names, merged across articles (the
    /// `entities` query).
    public var entities: [EntityRecord] { records(EntitySources.entities) }

    /// Each article's cited sources, in article order (the `sources` query).
    public var sources: [SourceRecord] { records(CitedSources.sources) }

    /// Every name as written, in article order, then in reading order (the `mentions` query).
    public var mentions: [MentionRecord] { records(EntitySources.mentions) }

    /// A source's rows for every article, every column filled, read as records.
    func records<R: TableRecord>(_ source: SourceDefinition) -> [R] {
        let table = Table(columns: source.columns, rows: source.rows(self, articles.map(\.id), .all))
        do {
            return try table.records(as: R.self)
        } catch {
            preconditionFailure("the \(source.name) rows do not read as \(R.self): \(error)")
        }
    }
}
