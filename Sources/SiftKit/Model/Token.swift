/// What a token is. Kept to one byte so an article's tokens stay a compact array.
package enum TokenKind: UInt8, Sendable {
    case word        // letters, possibly with inner apostrophes, hyphens or dots: don't, 30-day, U.S.
    case number      // starts with a digit: 2022, 1.13bn, 40,000, 76
    case punct       // . , ; : ! ? ( ) and the like
    case quote       // a quotation mark or an apostrophe standing alone: " “ ” ‘ ’ ' « » „
    case dash        // - – — standing alone
    case symbol      // $ € £ % & @ # and anything else
}

/// Properties of a token's first letters, computed once by the tokenizer.
package struct TokenFlags: OptionSet, Sendable, Hashable {
    package let rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }
    /// First character is an upper-case letter.
    package static let capitalized = TokenFlags(rawValue: 1 << 0)
    /// Every letter is upper-case (and there are at least two).
    package static let allCaps = TokenFlags(rawValue: 1 << 1)
    /// Whitespace (or the paragraph start) comes before the token.
    package static let spaceBefore = TokenFlags(rawValue: 1 << 2)
    /// Whitespace (or the paragraph end) comes after the token.
    package static let spaceAfter = TokenFlags(rawValue: 1 << 3)
    /// Contains a non-ASCII byte.
    package static let nonASCII = TokenFlags(rawValue: 1 << 4)
}

/// A token: a byte range and its kind. No text is stored; read it from the article.
/// Eight bytes: an article's tokens are the biggest thing it keeps after its text.
package struct Token: Hashable, Sendable {
    package var start: UInt32
    /// Bytes from `start`; the tokenizer splits a longer run (`maxLength`).
    package var count: UInt16
    package var kind: TokenKind
    package var flags: TokenFlags

    /// The longest token: a run of letters or dashes beyond it continues in the next token.
    package static let maxLength = Int(UInt16.max)

    package init(start: Int, end: Int, kind: TokenKind, flags: TokenFlags = []) {
        self.start = UInt32(truncatingIfNeeded: start)
        self.count = UInt16(truncatingIfNeeded: min(max(0, end - start), Self.maxLength))
        self.kind = kind
        self.flags = flags
    }

    package var end: UInt32 { start + UInt32(count) }
    package var span: Span { Span(Int(start), Int(end)) }
    package var length: Int { Int(count) }
    /// Words and numbers: what a word count counts.
    package var isWordLike: Bool { kind == .word || kind == .number }
}
