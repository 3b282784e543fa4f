/// What kind of thing an entity is.
public enum EntityType: String, Sendable, CaseIterable {
    case person, organization, place, date, number, other
}

public enum Gender: UInt8, Sendable {
    case unknown, male, female

    /// As the `gender` fields write it.
    public var name: String {
        switch self {
        case .unknown: return "unknown"
        case .male: return "male"
        case .female: return "female"
        }
    }

    public init?(name: String) {
        switch name {
        case "unknown": self = .unknown
        case "male": self = .male
        case "female": self = .female
        default: return nil
        }
    }
}

/// How strongly an article shows a person is one: by its words (a title, a role, a pronoun); only
/// weakly, by a known first name or as a speech verb's subject (works bear names, bodies speak);
/// or not at all.
public enum PersonEvidence: String, Sendable, Comparable {
    case none, weak, strong

    private var rank: Int { self == .none ? 0 : self == .weak ? 1 : 2 }
    public static func < (a: PersonEvidence, b: PersonEvidence) -> Bool { a.rank < b.rank }
}

/// Why a span was taken for a name of a given type; `why` shows it.
public enum MentionEvidence: String, Sendable {
    case title = "a title or role before it"
    case honorific = "a courtesy title (Mr., Ms., Dr.) before it"
    case appositive = "a role after it (\", a … at …\")"
    case firstName = "a known first name"
    case organizationShape = "the shape of an organisation's name"
    case organizationName = "a known organisation"
    case acronym = "an acronym"
    case gazetteer = "a known place"
    case geographicShape = "the shape of a place name (… Sea, … River)"
    case dateline = "the dateline, which names the place a story was filed from"
    case speaker = "the subject of a speech verb"
    case event = "the shape of an event's name (… Open, … Cup, … Championship)"
    case work = "a work's title after film, album, book …"
    case corporate = "a company's context (rival …, shares in …, …'s profits)"
    case thing = "an acronym of a thing, not of a body (TV, PC, GDP), or its plural"
    case holiday = "a holiday's name (Christmas, Easter)"
    case interjection = "a greeting or interjection opening it (Merry …, Yes …)"
    case alias = "part of a name used earlier in the article"
    case shape = "a capitalised name with no other evidence"
}

/// A name in an article: its span (without title or possessive), what it is and why.
public struct Mention: Hashable, Sendable {
    public var span: Span
    /// Token range of the name.
    public var tokens: Range<Int>
    public var type: EntityType
    public var evidence: MentionEvidence
    /// Index into `Article.sentences`.
    public var sentence: Int
    /// The title or role words before the name ("Russian President", "Trump envoy"), if any.
    public var title: Span?
    /// A role after the name (", a managing director at the German Marshall Fund"), without commas.
    public var appositive: Span?
    public var gender: Gender
    /// Inside quotation marks: named by a speaker, not by the reporter.
    public var inQuote: Bool
    /// Index of the article-level entity this mention belongs to (see `ArticleAnalysis.entities`).
    public var entity: Int = -1
}

/// One entity as an article names it: every mention of it, its fullest name, and what the
/// article says it is (the titles and roles it was introduced with).
public struct LocalEntity: Hashable, Sendable {
    public var name: String
    public var type: EntityType
    public var mentions: [Int]
    /// The working guess speaker resolution matches he/she against (a first name counts as much
    /// as the article's words); `genderFinding` is what the `gender` fields report.
    public var gender: Gender
    /// Lower-cased title and role words from every mention ("foreign", "secretary", "president").
    public var roleWords: Set<String>
    /// The role as the article gives it first ("managing director"), and the organisation
    /// ("German Marshall Fund"), for `sources`.
    public var role: String?
    public var affiliation: String?
    /// The gender the article's evidence gives (people only), with that evidence.
    public var genderFinding = GenderFinding()
    /// A person the article gives evidence of being one — a title, a role, a known first name, a
    /// pronoun that refers to it — not only a speech verb: what the corpus merge types people by.
    public var personEvidence = PersonEvidence.none
    /// `NameKey.key(name)`, computed once when the name is set (the corpus merge reads it).
    var nameKey: [String] = []
    /// Each way the mentions write the name, in order of first use, and how often: made on the
    /// article's own core so that the corpus merge only adds counts.
    var forms: [String] = []
    var formCounts: [Int] = []
}
