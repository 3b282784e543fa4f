/// How an article marks quotations, read from the article itself: which family of marks opens
/// the first level — double (“…”, "…", ''…'', ``…'', «…», »…«, „…“) as in American and most
/// agency copy, or single (‘…’, '…', ‚…‘, ‹…›) as at the FT, The Economist, The Times and many
/// British and Australian outlets — with the other family nested inside.
package struct QuoteConvention: Hashable, Sendable {
    package enum Level: String, Sendable { case double, single }
    package var firstLevel: Level
    /// Guillemets that point inwards (»…«, German and Danish style) rather than outwards («…»).
    package var inwardGuillemets: Bool

    package static let standard = QuoteConvention(firstLevel: .double, inwardGuillemets: false)

    /// In words, for `why quote`.
    package var summary: String {
        let guillemets = inwardGuillemets ? "»…«" : "«…»"
        switch firstLevel {
        case .double: return "double marks first (“…”, \"…\", ''…'', \(guillemets), „…“), single marks nested"
        case .single: return "single marks first (‘…’, '…', ‚…‘), double marks nested"
        }
    }

    /// Counts the marks of each family that are shaped like quotation marks (an apostrophe —
    /// don't, players', 'n' — is not one) in the story's paragraphs, and takes single marks as the
    /// first level only when they outnumber double marks.
    static func detect(_ article: Article, _ t: TokenText) -> QuoteConvention {
        var doubles = 0
        var singles = 0
        var firstGuillemet: (scalar: UInt32, opensShape: Bool)? = nil
        for para in article.paragraphs where para.kind == .body {
            var k = para.tokens.lowerBound
            while k < para.tokens.upperBound {
                guard t.tokens[k].kind == .quote else { k += 1; continue }
                let v = t.scalar(k)
                if let w = QuoteMarks.doubledWidth(t, k, limit: para.tokens.upperBound) {
                    doubles += 1
                    k += w
                    continue
                }
                switch v {
                case 0x22, 0xFF02, 0x201C, 0x201D, 0x201E, 0x201F:
                    doubles += 1
                case 0xAB, 0xBB:
                    doubles += 1
                    if firstGuillemet == nil { firstGuillemet = (v, QuoteMarks.opensShape(t, k, para)) }
                case 0x2018, 0x201A, 0x2039, 0x203A:
                    singles += 1
                case 0x27, 0x2019:
                    if QuoteMarks.opensShape(t, k, para) && !QuoteMarks.isElision(t, k, limit: para.tokens.upperBound) {
                        singles += 1
                    } else if QuoteMarks.closesAfterPunctuation(t, k, para) {
                        singles += 1
                    }
                default:
                    break
                }
                k += 1
            }
        }
        let inward = firstGuillemet.map { $0.scalar == 0xBB && $0.opensShape } ?? false
        let single = singles >= 2 && singles > doubles
        return QuoteConvention(firstLevel: single ? .single : .double, inwardGuillemets: inward)
    }
}

/// The shapes of quotation marks: what opens, what closes, and what is an apostrophe.
enum QuoteMarks {
    enum Role { case open, close, either }

    /// A mark of the first level at token `k`: its role, how many tokens it takes (2 for '' and
    /// ``), and the scalar of the mark that closes it.
    struct Mark {
        var role: Role
        var width: Int
        var partner: UInt32
        var scalar: UInt32
    }

    /// Two single marks in a row ('' ‘‘ ’’) or two backticks (``) stand for a double mark (NYT
    /// archive style). Returns 2 when token `k` starts such a pair.
    static func doubledWidth(_ t: TokenText, _ k: Int, limit: Int) -> Int? {
        guard k + 1 < limit, t.tokens[k + 1].start == t.tokens[k].end else { return nil }
        let v = t.scalar(k)
        guard v == 0x27 || v == 0x2018 || v == 0x2019 || v == 0x60 else { return nil }
        guard t.tokens[k + 1].kind == t.tokens[k].kind, t.scalar(k + 1) == v else { return nil }
        return 2
    }

    /// Shaped to open: after a space, the paragraph's start, a bracket, dash or other mark, and
    /// glued to what follows.
    static func opensShape(_ t: TokenText, _ k: Int, _ para: Paragraph) -> Bool {
        guard k + 1 < para.tokens.upperBound, t.tokens[k + 1].start == t.tokens[k].end else { return false }
        if k == para.tokens.lowerBound || t.tokens[k].flags.contains(.spaceBefore) { return true }
        let p = k - 1
        return t.isPunct(p, 0x28) || t.isDash(p) || t.tokens[p].kind == .quote
    }

    /// Shaped to close: glued to what comes before, and followed by a space, punctuation, a
    /// dash, another mark or the paragraph's end.
    static func closesShape(_ t: TokenText, _ k: Int, _ para: Paragraph) -> Bool {
        guard k > para.tokens.lowerBound, t.tokens[k - 1].end == t.tokens[k].start else { return false }
        let n = k + 1
        if n >= para.tokens.upperBound || t.tokens[k].flags.contains(.spaceAfter) { return true }
        let kind = t.tokens[n].kind
        return kind == .punct || kind == .dash || kind == .quote
    }

    /// A single mark closing right after a sentence's or clause's punctuation: ‘We will win,’ or 'No.'
    static func closesAfterPunctuation(_ t: TokenText, _ k: Int, _ para: Paragraph) -> Bool {
        guard closesShape(t, k, para) else { return false }
        let p = k - 1
        return t.isPunct(p, 0x2C) || t.isPunct(p, 0x2E) || t.isPunct(p, 0x3F) || t.isPunct(p, 0x21)
    }

    /// 'n', 'em, 'til, 'cause, 'tis: a letter left out, not a quotation.
    static func isElision(_ t: TokenText, _ k: Int, limit: Int) -> Bool {
        guard k + 1 < limit, t.isWord(k + 1) else { return false }
        return t.contains(Lexicon.elisions, k + 1)
    }

    /// Whether the token before `k` ends a sentence (. ? ! …), so that a mark opening at `k`
    /// inside a quote that is still open continues it, as a new paragraph of the quote would.
    static func followsSentenceEnd(_ t: TokenText, _ k: Int, _ para: Paragraph) -> Bool {
        guard k > para.tokens.lowerBound, t.tokens[k].flags.contains(.spaceBefore) else { return false }
        let p = k - 1
        guard t.tokens[p].kind == .punct else { return false }
        let c = t.b[t.start(p)]
        return c == 0x2E || c == 0x3F || c == 0x21 || t.scalar(p) == 0x2026
    }

    /// A straight or right single mark after a word ending in s, with a word after it that is not
    /// the quote's attribution: the apostrophe of "the players' union".
    static func isPluralPossessive(_ t: TokenText, _ k: Int, _ para: Paragraph) -> Bool {
        guard k > para.tokens.lowerBound, t.isWord(k - 1), t.tokens[k].flags.contains(.spaceAfter) else { return false }
        let last = t.b[t.end(k - 1) - 1]
        guard last == 0x73 || last == 0x53 else { return false }
        let n = k + 1
        guard n < para.tokens.upperBound, t.isWord(n) else { return false }
        if t.contains(Lexicon.speechVerbWords, n) || t.lookup(Lexicon.pronouns, n) != nil { return false }
        if n + 1 < para.tokens.upperBound && t.contains(Lexicon.speechVerbWords, n + 1) { return false }
        return t.isLowerWord(n)
    }

    /// The first-level mark at token `k`, if it is one under `convention`; `isOpen` tells whether
    /// a quote is open, which decides whether a single mark can be an apostrophe there.
    static func mark(_ t: TokenText, _ k: Int, _ para: Paragraph, _ convention: QuoteConvention, isOpen: Bool) -> Mark? {
        let limit = para.tokens.upperBound
        guard k < limit else { return nil }
        let kind = t.tokens[k].kind
        guard kind == .quote || (kind == .symbol && t.b[t.start(k)] == 0x60) else { return nil }
        let v = t.scalar(k)
        if let w = doubledWidth(t, k, limit: limit) {
            // ''…'' and ``…'' are double marks whatever the first level; under single marks they nest.
            guard convention.firstLevel == .double else { return nil }
            let role: Role = v == 0x60 || v == 0x2018 ? .open : v == 0x2019 ? .close : .either
            return Mark(role: role, width: w, partner: 0x27, scalar: v)
        }
        switch convention.firstLevel {
        case .double:
            switch v {
            case 0x201C, 0x201F: return Mark(role: .open, width: 1, partner: 0x201D, scalar: v)
            case 0x201D: return Mark(role: .close, width: 1, partner: 0x201D, scalar: v)
            case 0x201E: return Mark(role: .open, width: 1, partner: 0x201C, scalar: v)  // „ … “
            case 0xAB: return convention.inwardGuillemets ? Mark(role: .close, width: 1, partner: 0xAB, scalar: v)
                                                         : Mark(role: .open, width: 1, partner: 0xBB, scalar: v)
            case 0xBB: return convention.inwardGuillemets ? Mark(role: .open, width: 1, partner: 0xAB, scalar: v)
                                                         : Mark(role: .close, width: 1, partner: 0xBB, scalar: v)
            case 0x22, 0xFF02: return Mark(role: .either, width: 1, partner: v, scalar: v)
            default: return nil
            }
        case .single:
            switch v {
            case 0x2018: return Mark(role: .open, width: 1, partner: 0x2019, scalar: v)
            case 0x201A: return Mark(role: .open, width: 1, partner: 0x2018, scalar: v)  // ‚ … ‘
            case 0x2039: return Mark(role: .open, width: 1, partner: 0x203A, scalar: v)
            case 0x203A: return Mark(role: .close, width: 1, partner: 0x203A, scalar: v)
            case 0x27, 0x2019:
                if isOpen {
                    guard closesShape(t, k, para) || (opensShape(t, k, para) && followsSentenceEnd(t, k, para)) else { return nil }
                    if closesShape(t, k, para) && isPluralPossessive(t, k, para) { return nil }
                    return Mark(role: closesShape(t, k, para) ? .close : .open, width: 1, partner: v, scalar: v)
                }
                guard opensShape(t, k, para), !isElision(t, k, limit: limit) else { return nil }
                return Mark(role: v == 0x27 ? .either : .close, width: 1, partner: v == 0x27 ? 0x27 : 0x2019, scalar: v)
            default: return nil
            }
        }
    }
}
