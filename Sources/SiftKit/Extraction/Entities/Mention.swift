/// What kind of thing an entity is.
public enum EntityType: String, Sendable, CaseIterable {
    /// A person ("Ellen Marsh", "Marsh").
    case person
    /// A company, agency, party, team or other body ("Riverton Water Authority").
    case organization
    /// A country, city, region, river or other place.
    case place
    /// A date or time (the `dates` source's, not an entity of its own).
    case date
    /// A number or quantity (the `numbers` source's, not an entity of its own).
    case number
    /// A capitalised name with no evidence of what it is: works, events, products, fragments.
    case other
}

/// What an article's evidence (titles, first names, pronouns) says of a person's gender.
public enum Gender: UInt8, Sendable {
    /// No evidence, or evidence that disagrees.
    case unknown
    /// Male.
    case male
    /// Female.
    case female

    /// As the `gender` fields write it: `unknown`, `male` or `female`.
    public var name: String {
        switch self {
        case .unknown: return "unknown"
        case .male: return "male"
        case .female: return "female"
        }
    }

    package init?(name: String) {
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
package enum PersonEvidence: String, Sendable, Comparable {
    case none, weak, strong

    private var rank: Int { self == .none ? 0 : self == .weak ? 1 : 2 }
    package static func < (a: PersonEvidence, b: PersonEvidence) -> Bool { a.rank < b.rank }
}

/// Why a span was taken for a name of a given type; `why` shows it.
package enum MentionEvidence: String, Sendable {
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
    case pronounAfter = "the subject of its sentence, the next opening with he or she"
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
package struct Mention: Hashable, Sendable {
    // 44 bytes, the one-byte fields last: a corpus holds millions of mentions.
    package var span: Span
    /// Token range of the name.
    @CompactRange package var tokens: Range<Int>
    /// Index into `Article.sentences`.
    @CompactIndex package var sentence: Int
    /// Index of the article-level entity this mention belongs to (see `ArticleAnalysis.entities`).
    @CompactIndex package var entity: Int
    /// The title or role words before the name ("Russian President", "Trump envoy"), if any.
    @CompactOptionalSpan package var title: Span?
    /// A role after the name (", a managing director at the German Marshall Fund"), without commas.
    @CompactOptionalSpan package var appositive: Span?
    package var type: EntityType
    package var evidence: MentionEvidence
    package var gender: Gender
    /// Inside quotation marks: named by a speaker, not by the reporter.
    package var inQuote: Bool

    package init(span: Span, tokens: Range<Int>, type: EntityType, evidence: MentionEvidence, sentence: Int,
                 title: Span?, appositive: Span?, gender: Gender, inQuote: Bool, entity: Int = -1) {
        self.span = span
        self.tokens = tokens
        self.type = type
        self.evidence = evidence
        self.sentence = sentence
        self.title = title
        self.appositive = appositive
        self.gender = gender
        self.inQuote = inQuote
        self.entity = entity
    }
}

/// One entity as an article names it: every mention of it, its fullest name, and what the
/// article says it is (the titles and roles it was introduced with).
package struct LocalEntity: Hashable, Sendable {
    // The fields are in an order that packs them (a corpus holds hundreds of thousands): the
    // strings and arrays first, the one-byte fields last.
    package var name: String
    /// What the linker and resolver work with while the article is analysed, and the gender
    /// evidence in words, in a block of its own: none in what a corpus keeps of most entities
    /// (`kept`), 8 bytes an entity instead of 40.
    var working: [EntityWorkingSet] = []
    /// Each way the mentions write the name, in order of first use, and how often: made on the
    /// article's own core so that the corpus merge only adds counts (`writtenForms(in:)`).
    var forms = NameForms()
    /// The gender the article's evidence gives (people only).
    package var genderFinding = GenderFinding()
    package var type: EntityType
    /// The working guess speaker resolution matches he/she against (a first name counts as much
    /// as the article's words); `genderFinding` is what the `gender` fields report.
    package var gender = Gender.unknown
    /// A person the article gives evidence of being one — a title, a role, a known first name, a
    /// pronoun that refers to it — not only a speech verb: what the corpus merge types people by.
    package var personEvidence = PersonEvidence.none
    /// Introduced with a title or role, once `roleWords` is no longer kept.
    var keptTitled = false

    /// A new entity named `name`, with no mentions yet.
    package init(name: String, type: EntityType) {
        self.init(name: name, type: type, nameKey: NameKey.key(name))
    }

    /// A new entity named `name`, whose `NameKey.key` the caller has made already.
    init(name: String, type: EntityType, nameKey: [String]) {
        self.name = name
        self.type = type
        self.nameKey = nameKey
    }

    /// Introduced with a title or role ("President Obama"): what the corpus merge and the
    /// `titled` field of `mentions` rows read.
    package var titled: Bool { keptTitled || !roleWords.isEmpty }

    /// Indices of its mentions in the article's. A kept entity (`kept(listed:explained:)`) whose
    /// mentions are simply those whose `entity` is its index, in reading order, holds none: read
    /// them with `ArticleAnalysis.mentions(of:)`.
    package var mentions: [Int] {
        get { working.first?.mentions ?? [] }
        set { workingSet { $0.mentions = newValue } }
        _modify {
            if working.isEmpty { working = [EntityWorkingSet()] }
            yield &working[0].mentions
        }
    }

    /// Lower-cased title and role words from every mention ("foreign", "secretary", "president"),
    /// while the article is analysed: what the corpus keeps (`kept`) remembers only `titled`.
    package var roleWords: Set<String> {
        get { working.first?.roleWords ?? [] }
        set { workingSet { $0.roleWords = newValue } }
        _modify {
            if working.isEmpty { working = [EntityWorkingSet()] }
            yield &working[0].roleWords
        }
    }

    /// `NameKey.key(name)`, computed once when the name is set, while the article is analysed
    /// (the linker and resolver compare it many times); the corpus does not keep it.
    var nameKey: [String] {
        get { working.first?.nameKey ?? [] }
        set { workingSet { $0.nameKey = newValue } }
    }

    /// The gender evidence in words, as `why entity` shows it, one piece after another: "title
    /// Mrs; she ×2", "first name Ellen (name list)". Empty in what a corpus keeps, which
    /// remembers only `genderFinding.hasEvidence`.
    package var genderEvidence: String {
        get { working.first?.genderEvidence ?? "" }
        set { workingSet { $0.genderEvidence = newValue } }
    }

    private mutating func workingSet(_ change: (inout EntityWorkingSet) -> Void) {
        if working.isEmpty { working = [EntityWorkingSet()] }
        change(&working[0])
    }

    /// What a corpus keeps of the entity once its article is analysed: the working sets (role
    /// words, name words, a list of mentions that each mention's `entity` gives again) dropped,
    /// every array in a buffer of its own size. A corpus holds hundreds of thousands of entities;
    /// those sets were half their memory (issue 14). `inReadingOrder` says its list of mentions
    /// is all and only the article's mentions naming it, in reading order (most entities' is):
    /// then the corpus keeps no list. Unless `explained`, the gender evidence in words is
    /// dropped too (`why entity` reads it again, `Analyzer.explained(_:)`).
    package func kept(listed inReadingOrder: Bool, explained: Bool) -> LocalEntity {
        var e = self
        e.keptTitled = titled
        let kept = EntityWorkingSet(mentions: inReadingOrder ? [] : mentions.trimmed(), genderEvidence: explained ? genderEvidence : "")
        e.working = kept == EntityWorkingSet() ? [] : [kept]
        e.forms.trim()
        return e
    }

    /// The forms as written (white space read as one space), with their counts, from the
    /// article's bytes and mentions.
    func writtenForms(in bytes: [UInt8], mentions all: [Mention]) -> (forms: [String], counts: [Int]) {
        bytes.withUnsafeBufferPointer { b in
            (forms.map { NameKey.form(b, all[Int($0.mention)].span.start, all[Int($0.mention)].span.end) }, forms.map { Int($0.count) })
        }
    }
}

/// What an entity holds while its article is analysed (`LocalEntity.working`).
struct EntityWorkingSet: Hashable, Sendable {
    var mentions: [Int] = []
    var roleWords: Set<String> = []
    var nameKey: [String] = []
    var genderEvidence = ""
}

/// One way an entity's mentions write its name: the first mention that writes it so (an index
/// into the article's mentions), and how many do.
struct NameForm: Hashable, Sendable {
    var mention: Int32
    var count: Int32
}

/// An entity's forms in order of first use. Most entities are written one way only: that one is
/// held inline, and only the others in an array (a corpus holds hundreds of thousands of
/// entities, and an array of one was 48 bytes of heap each).
struct NameForms: Hashable, Sendable, RandomAccessCollection, MutableCollection {
    private var first = NameForm(mention: -1, count: 0)
    private var more: [NameForm] = []

    var startIndex: Int { 0 }
    var endIndex: Int { first.mention < 0 ? 0 : 1 + more.count }

    subscript(i: Int) -> NameForm {
        get { i == 0 ? first : more[i - 1] }
        set { if i == 0 { first = newValue } else { more[i - 1] = newValue } }
    }

    mutating func append(_ form: NameForm) {
        if first.mention < 0 { first = form } else { more.append(form) }
    }

    /// Without the spare room appending left.
    mutating func trim() { more = more.trimmed() }

    /// The heap the forms hold (`Footprint`).
    var heapArray: [NameForm] { more }
}
