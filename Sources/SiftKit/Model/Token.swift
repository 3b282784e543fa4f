/// What a token is. Kept to one byte so an article's tokens stay a compact array.
public enum TokenKind: UInt8, Sendable {
    case word        // letters, possibly with inner apostrophes, hyphens or dots: don't, 30-day, U.S.
    case number      // starts with a digit: 2022, 1.13bn, 40,000, 76
    case punct       // . , ; : ! ? ( ) and the like
    case quote       // a quotation mark or an apostrophe standing alone: " “ ” ‘ ’ ' « » „
    case dash        // - – — standing alone
    case symbol      // $ € £ % & @ # and anything else
}

/// Properties of a token's first letters, computed once by the tokenizer.
public struct TokenFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// First character is an upper-case letter.
    public static let capitalized = TokenFlags(rawValue: 1 << 0)
    /// Every letter is upper-case (and there are at least two).
    public static let allCaps = TokenFlags(rawValue: 1 << 1)
    /// Whitespace (or the paragraph start) comes before the token.
    public static let spaceBefore = TokenFlags(rawValue: 1 << 2)
    /// Whitespace (or the paragraph end) comes after the token.
    public static let spaceAfter = TokenFlags(rawValue: 1 << 3)
    /// Contains a non-ASCII byte.
    public static let nonASCII = TokenFlags(rawValue: 1 << 4)
}

/// A token: a byte range and its kind. No text is stored; read it from the article.
public struct Token: Hashable, Sendable {
    public var start: UInt32
    public var end: UInt32
    public var kind: TokenKind
    public var flags: TokenFlags

    public init(start: Int, end: Int, kind: TokenKind, flags: TokenFlags = []) {
        self.start = UInt32(truncatingIfNeeded: start)
        self.end = UInt32(truncatingIfNeeded: end)
        self.kind = kind
        self.flags = flags
    }

    public var span: Span { Span(Int(start), Int(end)) }
    public var length: Int { Int(end - start) }
    /// Words and numbers: what a word count counts.
    public var isWordLike: Bool { kind == .word || kind == .number }
}
