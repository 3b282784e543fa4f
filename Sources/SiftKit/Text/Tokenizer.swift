/// Splits a paragraph's bytes into tokens: words, numbers, punctuation, quote marks, dashes,
/// symbols. One pass over UTF-8 bytes; only non-ASCII bytes are decoded to scalars.
enum Tokenizer {
    /// The tokens of `paragraphs` in order, as an article's build makes them.
    static func tokens<S: Sequence<Span>>(of bytes: [UInt8], paragraphs: S) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        bytes.withUnsafeBufferPointer { b in
            for span in paragraphs { tokenize(b, span, into: &tokens) }
        }
        return tokens
    }

    /// Appends the tokens of `span` to `tokens`.
    static func tokenize(_ b: UnsafeBufferPointer<UInt8>, _ span: Span, into tokens: inout [Token]) {
        var i = span.start
        let end = min(span.end, b.count)
        var spaceBefore = true
        var previous: Int? = nil  // index in `tokens` of the token before, to set its spaceAfter
        while i < end {
            if b[i] == 0x20 {  // the common case first
                spaceBefore = true
                i += 1
                continue
            }
            let (v, len) = UTF8Scalars.decode(b, at: i)
            if CharClass.isSpace(v) || CharClass.isLineBreak(v) || v < 0x20 || (v >= 0x7F && v < 0xA0) {
                spaceBefore = true
                i += len
                continue
            }
            if spaceBefore, let p = previous { tokens[p].flags.insert(.spaceAfter) }
            let start = i
            var kind: TokenKind
            if CharClass.isLetter(v) || CharClass.isDigit(v) {
                kind = CharClass.isDigit(v) ? .number : .word
                i = wordEnd(b, from: i, to: end, number: kind == .number)
            } else if CharClass.isApostrophe(v), spaceBefore, let e = decadeEnd(b, after: i + len, to: end) {
                kind = .number  // '90s, ’60s
                i = e
            } else if CharClass.isQuoteMark(v) {
                kind = .quote
                i += len
            } else if CharClass.isDash(v) {
                kind = .dash
                i += len
                while i < end, UTF8Scalars.decode(b, at: i).0 == v { i += len }
            } else if v == 0x2E {  // one dot, or an ellipsis of several
                kind = .punct
                i += 1
                while i < end && b[i] == 0x2E { i += 1 }
            } else if isPunct(v) {
                kind = .punct
                i += len
            } else {
                kind = .symbol
                i += len
            }
            if i - start > Token.maxLength {  // a run longer than a token holds goes on in the next one
                i = start + Token.maxLength
                while i > start + 1 && b[i] & 0xC0 == 0x80 { i -= 1 }
            }
            var flags: TokenFlags = spaceBefore ? [.spaceBefore] : []
            if kind == .word {
                flags.formUnion(caseFlags(b, start, i))
            } else if start >= b.count || b[start] >= 0x80 || hasNonASCII(b, start, i) {
                flags.insert(.nonASCII)
            }
            tokens.append(Token(start: start, end: i, kind: kind, flags: flags))
            previous = tokens.count - 1
            spaceBefore = false
        }
        if let p = previous { tokens[p].flags.insert(.spaceAfter) }
    }

    private static func isPunct(_ v: UInt32) -> Bool {
        switch v {
        case 0x21, 0x28, 0x29, 0x2C, 0x3A, 0x3B, 0x3F, 0x5B, 0x5D, 0x7B, 0x7D, 0x2026, 0xA1, 0xBF:
            return true
        default:
            return false
        }
    }

    /// The end of a word or number starting at `i`: letters and digits, joined by an apostrophe
    /// (don't, Ukraine’s), a hyphen (30-day), a decimal point or thousands comma (1.13, 40,000), or
    /// the dots of an abbreviation of single letters (U.S., a.m., N.Y.), whose final dot it keeps.
    private static func wordEnd(_ b: UnsafeBufferPointer<UInt8>, from i: Int, to end: Int, number: Bool) -> Int {
        var j = i
        var segment = 0  // letters since the last dot
        var dotted = false
        while j < end {
            let c = b[j]
            if c < 0x80 && (CharClass.isASCIILetter(c) || CharClass.isASCIIDigit(c)) {
                j += 1
                segment += 1
                continue
            }
            // Any other ASCII byte but ' - . , ends the word (the common case: a space).
            if c < 0x80 && c != 0x27 && c != 0x2D && c != 0x2E && c != 0x2C { break }
            let (w, wl) = UTF8Scalars.decode(b, at: j)
            if CharClass.isLetter(w) || CharClass.isDigit(w) {
                j += wl
                segment += 1
                continue
            }
            if CharClass.isCombining(w) { j += wl; continue }
            let next = j + wl < end ? UTF8Scalars.decode(b, at: j + wl).0 : 0
            let nextIsAlnum = CharClass.isLetter(next) || CharClass.isDigit(next)
            if CharClass.isApostrophe(w) && CharClass.isLetter(next) { j += wl; segment = 0; continue }
            if (w == 0x2D || w == 0x2010 || w == 0x2011) && nextIsAlnum { j += wl; segment = 0; continue }
            if w == 0x2E {
                if number && CharClass.isDigit(next) { j += 1; continue }
                if !number && segment == 1 {
                    // U.S / a.m: a single letter, a dot, a letter and another dot.
                    if CharClass.isLetter(next) && j + 1 + lengthOfScalar(b, j + 1) < end
                        && b[j + 1 + lengthOfScalar(b, j + 1)] == 0x2E {
                        j += 1; segment = 0; dotted = true; continue
                    }
                    if dotted { return j + 1 }  // the final dot of U.S.
                }
            }
            if w == 0x2C && number && j + 4 <= end && CharClass.isASCIIDigit(b[j + 1])
                && CharClass.isASCIIDigit(b[j + 2]) && CharClass.isASCIIDigit(b[j + 3])
                && (j + 4 == end || !CharClass.isASCIIDigit(b[j + 4])) {
                j += 4
                continue
            }
            break
        }
        return j
    }

    @inline(__always)
    private static func lengthOfScalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        i < b.count ? UTF8Scalars.decode(b, at: i).1 : 1
    }

    /// '90s: an apostrophe standing for a century, then two digits and an optional s.
    private static func decadeEnd(_ b: UnsafeBufferPointer<UInt8>, after i: Int, to end: Int) -> Int? {
        guard i + 2 <= end, CharClass.isASCIIDigit(b[i]), CharClass.isASCIIDigit(b[i + 1]) else { return nil }
        var j = i + 2
        if j < end && b[j] == 0x73 { j += 1 }
        if j < end && (CharClass.isASCIILetter(b[j]) || CharClass.isASCIIDigit(b[j])) { return nil }
        return j
    }

    private static func hasNonASCII(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var k = s
        while k < e { if b[k] >= 0x80 { return true }; k += 1 }
        return false
    }

    /// Capitalised / all-caps flags of a word, and whether it has a non-ASCII byte.
    private static func caseFlags(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> TokenFlags {
        var flags: TokenFlags = []
        var upper = 0, lower = 0
        var k = s
        var first = true
        while k < e {
            let c = b[k]
            if c < 0x80 {
                if CharClass.isASCIIUpper(c) {
                    upper += 1
                    if first { flags.insert(.capitalized) }
                    first = false
                } else if CharClass.isASCIILower(c) {
                    lower += 1
                    first = false
                }
                k += 1
                continue
            }
            flags.insert(.nonASCII)
            let (v, len) = UTF8Scalars.decode(b, at: k)
            if CharClass.isUpper(v) {
                upper += 1
                if first { flags.insert(.capitalized) }
            } else if CharClass.isLower(v) {
                lower += 1
            }
            if CharClass.isLetter(v) { first = false }
            k += len
        }
        if upper >= 2 && lower == 0 { flags.insert(.allCaps) }
        return flags
    }
}
