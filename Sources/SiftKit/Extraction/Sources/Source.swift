/// What kind of source a speaker is.
public enum SourceCategory: String, Sendable, CaseIterable {
    case official, expert, journalist, organization, anonymous, other
}

/// A cited source of one article: someone (or some body) it quotes or reports, with the role and
/// affiliation the article introduces them with.
public struct Source: Hashable, Sendable {
    public var speaker: SpeakerRef
    public var role: String?
    public var affiliation: String?
    public var category: SourceCategory
    /// How many quotes (direct, partial and reported) the article attributes to it.
    public var quotes: Int
}
