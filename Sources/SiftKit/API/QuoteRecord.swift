/// A quote: who said what, with the words that say so. One row of the `quotes` query.
///
/// ```swift
/// for quote in corpus.quotes where quote.kind == .direct {
///     print("\(quote.speaker ?? "unattributed"): \(quote.text)")
/// }
/// ```
public struct QuoteRecord: TableRecord, Hashable {
    /// The quote's number, counted over the whole corpus in load order (`id`).
    public var id: Int
    /// The name of the article it is in (`article`).
    public var article: String
    /// The speaker's canonical name across the corpus, or the words for a group ("residents");
    /// nil when the quote is unattributed or its source is not named (`speaker`).
    public var speaker: String?
    /// What was said: the words inside the quotation marks, or the reported clause (`text`).
    public var text: String
    /// The speech verb or phrase that attributes it ("said", "according to"), when there is one (`cue`).
    public var cue: String?
    /// Direct, partial or reported (indirect) speech (`kind`).
    public var kind: QuoteKind
    /// Where ``text`` is: UTF-8 byte offsets into the article's text (`start`, `end`).
    public var span: Range<Int>
    /// The 1-based paragraph of the article it is in (`paragraph`).
    public var paragraph: Int
    /// The speaker as the article names them here ("Ms. Marsh", "she", "officials"), when it does (`speaker_text`).
    public var speakerText: String?
    /// The role the article gives the speaker ("mayor"), lower-cased, when it gives one (`speaker_role`).
    public var speakerRole: String?
    /// A person speaker's gender, by the articles' evidence; nil for bodies, groups and no speaker (`gender`).
    public var gender: Gender?
    /// The name of the attribution pattern that found the speaker (`rule`; `why quote N` explains it).
    public var rule: String

    /// Reads a `quotes` row.
    /// - Parameter row: A row with the `quotes` query's columns (filtered and sorted rows have them).
    /// - Throws: ``QueryError`` when a column the record reads is missing, of another type, or
    ///   empty where it needs a value.
    public init(row: TableRow) throws(QueryError) {
        let r = ColumnReader(row, "QuoteRecord")
        id = try r.int("id")
        article = try r.text("article")
        speaker = try r.optionalText("speaker")
        text = try r.text("text")
        cue = try r.optionalText("cue")
        kind = try r.closed("kind") { QuoteKind(rawValue: $0) }
        span = try r.span()
        paragraph = try r.int("paragraph")
        speakerText = try r.optionalText("speaker_text")
        speakerRole = try r.optionalText("speaker_role")
        gender = try r.optionalClosed("gender") { Gender(name: $0) }
        rule = try r.text("rule")
    }
}
