/// A name as written in an article, with the entity it names. One row of the `mentions` query.
///
/// ```swift
/// let spellings = corpus.mentions.filter { $0.entity == "Ellen Marsh" }.map(\.text)
/// ```
///
/// The `mentions` query has more columns than this: the ones `sift merge` meets entities on
/// (`entity_key`, `entity_n`, `titled`, `name_words`, `person_evidence`).
public struct MentionRecord: TableRecord, Hashable {
    /// The name of the article it is in (`article`).
    public var article: String
    /// The canonical name of the entity it names (an ``EntityRecord/name``); nil for a name that
    /// joins no entity (`entity`).
    public var entity: String?
    /// What kind of thing it names (`type`).
    public var type: EntityType
    /// The name as written ("Marsh", "Riverton Water Authority") (`text`).
    public var text: String
    /// Where ``text`` is: UTF-8 byte offsets into the article's text (`start`, `end`).
    public var span: Range<Int>
    /// For a person, what the article's evidence says of their gender; nil otherwise (`gender`).
    public var gender: Gender?

    /// Reads a `mentions` row.
    /// - Parameter row: A row with the `mentions` query's columns (filtered and sorted rows have them).
    /// - Throws: ``QueryError`` when a column the record reads is missing, of another type, or
    ///   empty where it needs a value.
    public init(row: TableRow) throws(QueryError) {
        let r = ColumnReader(row, "MentionRecord")
        article = try r.text("article")
        entity = try r.optionalText("entity")
        type = try r.closed("type") { EntityType(rawValue: $0) }
        text = try r.text("text")
        span = try r.span()
        gender = try r.optionalClosed("gender") { Gender(name: $0) }
    }
}
