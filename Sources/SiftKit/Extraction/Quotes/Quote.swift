/// What kind of speech an extracted quote is.
public enum QuoteKind: String, Sendable, CaseIterable {
    /// A quoted sentence or clause attributed to a speaker.
    case direct
    /// A quoted fragment inside reported speech.
    case partial
    /// Reported speech without quotation marks; the text is the reported clause.
    case indirect
}

/// Who said it: an entity of the article; people named together ("Tom Burton and Nick Hale"); or
/// a source the article does not name ("analysts", "a spokesman", "the report"), which is no
/// speaker in a `quotes` row but is a source, by its words in lower case with no article.
package enum SpeakerRef: Hashable, Sendable {
    case entity(Int)
    case group(String)
    case unnamed(String)

    var isEntity: Bool { if case .entity = self { return true } else { return false } }
}

/// The rule that attributed a quote, as `why quote N` tells it.
package enum AttributionRule: String, Sendable, CaseIterable {
    case postposed = "post-posed attribution: \", NAME said\""
    case inverted = "post-posed inverted attribution: \", said NAME\""
    case preposed = "cue before the quote: \"NAME said: …\""
    case accordingTo = "\"according to NAME\""
    case embedded = "quoted fragment inside reported speech: \"NAME said … \"…\"\""
    case split = "second part of a quote split around its attribution"
    case continuation = "quote continuing from the previous paragraph with no cue of its own"
    case colonLead = "the sentence before ends with a colon after its speaker"
    case precedingSentence = "attribution in the sentence before: \"NAME said …. \"…\"\""
    case precedingSubject = "no cue: the person the sentence before is about"
    case sentenceSubjectCue = "speech verb with no subject of its own (\"…, writing \"…\"\"): the sentence's subject"
    case dashSignature = "a name after a dash, closing the quote: \"…\" — NAME"
    case characterization = "a characterisation (\"… as a \"…\"\") in a sentence about its subject"
    case colonLabel = "a name and a colon before the quote: \"NAME: \"…\"\""
    case reported = "reported speech: \"NAME said (that) …\""
    case reportedAfter = "reported speech with the attribution after it: \"…, NAME said\""
    case none = "no attribution found"

    /// The rule's stable name, as the `rule` field of `quotes` gives it.
    package var id: String {
        switch self {
        case .postposed: return "postposed"
        case .inverted: return "inverted"
        case .preposed: return "preposed"
        case .accordingTo: return "according-to"
        case .embedded: return "embedded"
        case .split: return "split"
        case .continuation: return "continuation"
        case .colonLead: return "colon-lead"
        case .precedingSentence: return "preceding-sentence"
        case .precedingSubject: return "preceding-subject"
        case .sentenceSubjectCue: return "sentence-subject-cue"
        case .dashSignature: return "dash-signature"
        case .characterization: return "characterization"
        case .colonLabel: return "colon-label"
        case .reported: return "reported"
        case .reportedAfter: return "reported-after"
        case .none: return "none"
        }
    }
}

/// One extracted quote with its evidence: the span, the speech verb, the words that name the
/// speaker here, the rule that fired and how the speaker was resolved.
package struct Quote: Hashable, Sendable {
    // The fields are in an order that packs them (a corpus holds millions of quotes): the
    // references first, the one-byte fields last.
    /// What only `why quote` shows, in a block of its own, none in what a corpus keeps
    /// (`withoutExplanation()`): 8 bytes a quote instead of 32.
    private(set) var explanation: [QuoteExplanation] = []
    package var speaker: SpeakerRef?
    /// The words that name the speaker at this quote ("he", "the mayor", "Kristine Berzina").
    @CompactOptionalSpan package var speakerSpan: Span?
    /// The speech verb ("said", "told", "according to").
    @CompactOptionalSpan package var cue: Span?
    /// The role word that stands for the speaker here: "spokesman" in "a spokesman for Sony",
    /// "senator" in "the senator".
    @CompactOptionalSpan package var speakerRole: Span?
    package var text: Span
    /// Index into `Article.paragraphs` of the paragraph where the quote starts.
    @CompactIndex package var paragraph: Int
    /// Index into `Article.sentences` of the sentence where the quote starts.
    @CompactIndex package var sentence: Int
    package var kind: QuoteKind
    package var rule: AttributionRule

    package static let runnersUpKept = 3

    package init(text: Span, kind: QuoteKind, paragraph: Int, sentence: Int, speaker: SpeakerRef?, speakerSpan: Span?,
                 cue: Span?, rule: AttributionRule, resolution: String?, runnersUp: [RunnerUp] = [],
                 chosenScore: Double? = nil, speakerRole: Span? = nil) {
        self.speaker = speaker
        self.speakerSpan = speakerSpan
        self.cue = cue
        self.speakerRole = speakerRole
        self.text = text
        self.paragraph = paragraph
        self.sentence = sentence
        self.kind = kind
        self.rule = rule
        self.resolution = resolution
        self.runnersUp = runnersUp
        self.chosenScore = chosenScore
    }

    /// How a pronoun, description or surname was resolved, in words (nil in what a corpus keeps).
    package var resolution: String? {
        get { explanation.first?.resolution }
        set { explain { $0.resolution = newValue } }
    }

    /// The other speakers the chooser weighed, best first, with their scores (for `why quote`):
    /// the first `runnersUpKept` (none in what a corpus keeps).
    package var runnersUp: [RunnerUp] {
        get { explanation.first?.runnersUp ?? [] }
        set { explain { $0.runnersUp = newValue } }
    }

    /// The chosen candidate's score (nil when no pattern proposed a speaker, and in what a corpus
    /// keeps).
    package var chosenScore: Double? {
        get { explanation.first?.chosenScore }
        set { explain { $0.chosenScore = newValue } }
    }

    /// Changes the explanation, making its block when there is something to hold: a quote with
    /// nothing to explain has none.
    private mutating func explain(_ change: (inout QuoteExplanation) -> Void) {
        var e = explanation.first ?? QuoteExplanation()
        change(&e)
        explanation = e == QuoteExplanation() ? [] : [e]
    }

    /// What a corpus keeps of the quote: without the resolution in words, the runners-up and
    /// the score, which only `why quote` shows (it reads them again, `Analyzer.explained(_:)`).
    func withoutExplanation() -> Quote {
        var q = self
        q.explanation = []
        return q
    }
}

/// What `why quote` tells of a quote beyond its fields.
struct QuoteExplanation: Hashable, Sendable {
    var resolution: String?
    var runnersUp: [RunnerUp] = []
    var chosenScore: Double?
}

/// A speaker candidate the chooser did not pick.
package struct RunnerUp: Hashable, Sendable {
    package var speaker: SpeakerRef?
    package var speakerSpan: Span?
    package var rule: AttributionRule
    package var score: Double
}
