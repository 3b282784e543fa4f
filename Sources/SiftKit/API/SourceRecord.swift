/// A cited source of one article: someone, or some body, it quotes or reports, with the role and
/// affiliation it introduces them with. One row of the `sources` query.
///
/// ```swift
/// let anonymous = corpus.sources.filter { $0.category == .anonymous }
/// ```
public struct SourceRecord: TableRecord, Hashable {
    /// The source's number, counted over the whole corpus in load order (`id`).
    public var id: Int
    /// The source's canonical name, or the words of an unnamed source ("officials") (`name`).
    public var name: String
    /// The role the article gives them ("Mayor", "hydrologist"), when it gives one (`role`).
    public var role: String?
    /// Whom they speak for ("Riverton"), when the article says (`affiliation`).
    public var affiliation: String?
    /// What kind of source they are, by their role (`category`).
    public var category: SourceCategory
    /// The name of the article that cites them (`article`).
    public var article: String
    /// How many of the article's quotes are theirs (`quotes`).
    public var quoteCount: Int
    /// A person's gender, by the articles' evidence; nil for bodies and groups (`gender`).
    public var gender: Gender?

    /// Reads a `sources` row.
    /// - Parameter row: A row with the `sources` query's columns (filtered and sorted rows have them).
    /// - Throws: ``QueryError`` when a column the record reads is missing, of another type, or
    ///   empty where it needs a value.
    public init(row: TableRow) throws(QueryError) {
        let r = ColumnReader(row, "SourceRecord")
        id = try r.int("id")
        name = try r.text("name")
        role = try r.optionalText("role")
        affiliation = try r.optionalText("affiliation")
        category = try r.closed("category") { SourceCategory(rawValue: $0) }
        article = try r.text("article")
        quoteCount = try r.int("quotes")
        gender = try r.optionalClosed("gender") { Gender(name: $0) }
    }
}
