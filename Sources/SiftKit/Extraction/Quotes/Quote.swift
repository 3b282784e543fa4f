/// What kind of speech an extracted quote is.
public enum QuoteKind: String, Sendable, CaseIterable {
    /// A quoted sentence or clause attributed to a speaker.
    case direct
    /// A quoted fragment inside reported speech.
    case partial
    /// Reported speech without quotation marks; the text is the reported clause.
    case indirect
}

/// Who said it: an entity of the article, or a description of an anonymous or collective source
/// ("US officials", "two residents").
public enum SpeakerRef: Hashable, Sendable {
    case entity(Int)
    case group(String)
}

/// The rule that attributed a quote, as `why quote N` tells it.
public enum AttributionRule: String, Sendable {
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
}

/// One extracted quote with its evidence: the span, the speech verb, the words that name the
/// speaker here, the rule that fired and how the speaker was resolved.
public struct Quote: Hashable, Sendable {
    public var text: Span
    public var kind: QuoteKind
    /// Index into `Article.paragraphs` of the paragraph where the quote starts.
    public var paragraph: Int
    /// Index into `Article.sentences` of the sentence where the quote starts.
    public var sentence: Int
    public var speaker: SpeakerRef?
    /// The words that name the speaker at this quote ("he", "the mayor", "Kristine Berzina").
    public var speakerSpan: Span?
    /// The speech verb ("said", "told", "according to").
    public var cue: Span?
    public var rule: AttributionRule
    /// How a pronoun, description or surname was resolved, in words.
    public var resolution: String?
}
