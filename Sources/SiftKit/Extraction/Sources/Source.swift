/// What kind of source a speaker is, by the role the article gives them.
public enum SourceCategory: String, Sendable, CaseIterable {
    /// Someone who holds office or speaks for an institution: a mayor, a spokeswoman, a judge.
    case official
    /// An analyst, scholar or professional quoted for what they know.
    case expert
    /// Someone whose job is the news: a reporter, an editor, a columnist.
    case journalist
    /// A body speaking as itself: a company, an agency, a council.
    case organization
    /// A source the article does not name ("officials", "a person familiar with the talks").
    case anonymous
    /// Anyone else: a named person without a role that says which.
    case other
}

/// A cited source of one article: someone (or some body) it quotes or reports, with the role and
/// affiliation the article introduces them with.
package struct Source: Hashable, Sendable {
    // In an order that packs them (56 bytes, not 72).
    package var role: String?
    package var affiliation: String?
    package var speaker: SpeakerRef
    package var category: SourceCategory
    /// How many quotes (direct, partial and reported) the article attributes to it.
    @CompactIndex package var quotes: Int

    package init(speaker: SpeakerRef, role: String?, affiliation: String?, category: SourceCategory, quotes: Int) {
        self.role = role
        self.affiliation = affiliation
        self.speaker = speaker
        self.category = category
        self.quotes = quotes
    }
}
