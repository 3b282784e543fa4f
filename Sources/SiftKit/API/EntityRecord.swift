/// A person, organisation, place or other name, merged across the corpus's articles. One row of
/// the `entities` query.
///
/// ```swift
/// let people = corpus.entities.filter { $0.type == .person }.sorted { $0.mentions > $1.mentions }
/// for person in people.prefix(5) { print(person.name, person.mentions) }
/// ```
public struct EntityRecord: TableRecord, Hashable {
    /// The entity's number in the corpus (`id`).
    public var id: Int
    /// The canonical name: the fullest form any article uses (`name`). Quotes' and mentions'
    /// names of the entity are this one.
    public var name: String
    /// What kind of thing it is (`type`).
    public var type: EntityType
    /// Every other way the articles write it, most frequent first (`aliases`).
    public var aliases: [String]
    /// How many times the articles name it (`mentions`).
    public var mentions: Int
    /// How many articles name it (`articles`).
    public var articleCount: Int
    /// A person's gender, by the articles' evidence; nil for anything but a person (`gender`).
    public var gender: Gender?

    /// Reads an `entities` row.
    /// - Parameter row: A row with the `entities` query's columns (filtered and sorted rows have them).
    /// - Throws: ``QueryError`` when a column the record reads is missing, of another type, or
    ///   empty where it needs a value.
    public init(row: TableRow) throws(QueryError) {
        let r = ColumnReader(row, "EntityRecord")
        id = try r.int("id")
        name = try r.text("name")
        type = try r.closed("type") { EntityType(rawValue: $0) }
        aliases = try r.texts("aliases")
        mentions = try r.int("mentions")
        articleCount = try r.int("articles")
        gender = try r.optionalClosed("gender") { Gender(name: $0) }
    }
}
