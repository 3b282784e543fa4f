/// Splits a paragraph's tokens into sentences. A sentence ends at . ! ? or … (with any closing
/// quote marks and brackets that follow it) when white space and a sentence-like start follow —
/// except after a title ("Mr."), an initial ("Adam B. Schiff"), an ambiguous abbreviation or
/// acronym ("U.S.", "Inc.", "Jan.") not followed by a sentence starter, or a quote that ends in
/// ? or ! and goes on with its attribution (`"Why?" Marsh asked.`).
enum SentenceSplitter {
    /// Token index ranges of the sentences in `tokens[range]`.
    static func split(_ b: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = range.lowerBound
        var k = range.lowerBound
        while k < range.upperBound {
            defer { k += 1 }
            let t = tokens[k]
            guard let mark = terminal(b, t) else { continue }
            // Closing quote marks and brackets glued to the terminal belong to this sentence.
            var last = k
            while last + 1 < range.upperBound {
                let c = tokens[last + 1]
                guard !c.flags.contains(.spaceBefore), isCloser(b, c) else { break }
                last += 1
            }
            guard last + 1 < range.upperBound else { break }  // the paragraph's end closes it anyway
            guard tokens[last].flags.contains(.spaceAfter) else { continue }
            if endsSentence(b, tokens, at: k, mark: mark, closedBy: last, limit: range.upperBound) {
                out.append(start..<(last + 1))
                start = last + 1
                k = last
            }
        }
        if start < range.upperBound { out.append(start..<range.upperBound) }
        return out
    }

    private enum Mark { case period, strong, acronym }

    /// Whether a token can end a sentence, and how.
    private static func terminal(_ b: UnsafeBufferPointer<UInt8>, _ t: Token) -> Mark? {
        switch t.kind {
        case .punct:
            let c = b[Int(t.start)]
            if c == 0x2E { return t.length == 1 ? .period : .strong }  // "..." ends like "!"
            if c == 0x21 || c == 0x3F { return .strong }
            if t.length == 3 && c == 0xE2 && b[Int(t.start) + 2] == 0xA6 { return .strong }  // …
            return nil
        case .word:
            return b[Int(t.end) - 1] == 0x2E ? .acronym : nil  // "U.S." keeps its final dot
        default:
            return nil
        }
    }

    private static func isCloser(_ b: UnsafeBufferPointer<UInt8>, _ t: Token) -> Bool {
        if t.kind == .quote { return true }
        if t.kind == .punct { let c = b[Int(t.start)]; return c == 0x29 || c == 0x5D || c == 0x7D }
        return false
    }

    private static func endsSentence(_ b: UnsafeBufferPointer<UInt8>, _ tokens: [Token], at k: Int, mark: Mark,
                                     closedBy last: Int, limit: Int) -> Bool {
        let next = tokens[last + 1]
        // What follows must look like a sentence start: not a lower-case word, not , ; : ) etc.
        switch next.kind {
        case .word:
            if !next.flags.contains(.capitalized) { return false }
        case .punct:
            let c = b[Int(next.start)]
            if c != 0x28 && c != 0x5B && c != 0xC2 { return false }  // ( [ ¡ ¿
        case .number, .quote, .dash, .symbol:
            break
        }
        let nextIsStarter = next.kind == .word && TextLexicon.sentenceStarters.contains(b, Int(next.start), Int(next.end))
        switch mark {
        case .acronym:
            return nextIsStarter || next.kind == .quote
        case .period:
            guard k > 0, last == k else { return true }  // ." or .) — the quote closed
            let prev = tokens[k - 1]
            if prev.kind == .word && !prev.flags.contains(.spaceAfter) {
                switch TextLexicon.abbreviations.lookup(b, Int(prev.start), Int(prev.end)) {
                case .title?: return false
                case .ambiguous?: return nextIsStarter
                case nil: break
                }
                if isInitial(b, prev) { return nextIsStarter }
            }
            return true
        case .strong:
            return !attributionFollows(b, tokens, from: last + 1, limit: limit)
        }
    }

    /// A single capital letter other than "I" or "A": a middle initial.
    private static func isInitial(_ b: UnsafeBufferPointer<UInt8>, _ t: Token) -> Bool {
        guard t.length == 1 else { return false }
        let c = b[Int(t.start)]
        return CharClass.isASCIIUpper(c) && c != 0x49 && c != 0x41
    }

    /// `"…?" Marsh asked`, `"…!" Rep. Glenn Thompson, R-Pa., said`, `"…!" Said Marsh`: a speech
    /// verb after a name (titles, initials and an appositive's commas allowed), the name not
    /// opening with a sentence starter ("The mayor said…" after a question is a new sentence).
    private static func attributionFollows(_ b: UnsafeBufferPointer<UInt8>, _ tokens: [Token], from i: Int, limit: Int) -> Bool {
        if TextLexicon.sentenceStarters.contains(b, Int(tokens[i].start), Int(tokens[i].end)) { return false }
        var j = i
        while j < min(limit, i + 12) {
            let t = tokens[j]
            let s = Int(t.start), e = Int(t.end)
            if t.kind == .word && (j == i || !t.flags.contains(.capitalized)) && TextLexicon.speechVerbs.contains(b, s, e) { return true }
            if t.kind == .word && t.flags.contains(.capitalized) { j += 1; continue }
            if t.kind == .word && TextLexicon.auxiliaries.contains(b, s, e) { j += 1; continue }
            if t.kind == .punct && (b[s] == 0x2E || b[s] == 0x2C) && t.length == 1 && j > i { j += 1; continue }
            if t.kind == .dash && j > i { j += 1; continue }
            return false
        }
        return false
    }
}
