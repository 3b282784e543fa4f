/// One speaker a pattern proposes for a quote: who (resolved, or only as written), the words that
/// name them here, the cue, and the pattern's rule.
struct SpeakerCandidate {
    var speaker: SpeakerRef?
    var speakerSpan: Span?
    var cue: Span?
    var rule: AttributionRule
    var resolution: String?
    /// The phrase the pattern read; nil when the speaker is inherited from an earlier quote.
    var phrase: SpeakerPhrase?
    /// The cue's token, when the cue is a verb.
    var cueToken: Int?
    /// Where the pattern resolved the phrase (to tell its resolution again in words).
    var position: Int?
    /// The role word that stands for the speaker ("a spokesman for Sony" → spokesman).
    var speakerRole: Span? = nil

    /// A pronoun that nothing before it resolves ("he conceded" with no antecedent): the cue and
    /// the words are still worth reporting, but any resolved speaker is better.
    var isUnresolvedPronoun: Bool {
        if case .pronoun = phrase, speaker == nil { return true }
        return false
    }
}

/// What the chooser saw for one quote, kept when training: the quote's span and kind, and each
/// candidate's words, speaker name and features.
package struct ChooserTrace: Sendable {
    package struct Candidate: Sendable {
        package var speakerSpan: Span?
        /// The speaker's name as rows give it (an entity's name or a group's words), if resolved.
        package var speakerName: String?
        package var rule: AttributionRule
        package var unresolved: Bool
        package var features: [Int32]
    }
    package var quote: Span
    package var kind: QuoteKind
    package var candidates: [Candidate]
}
