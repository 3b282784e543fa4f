/// The words that name a speaker next to a speech verb: a name, a pronoun, or a description.
enum SpeakerPhrase: Equatable {
    case mention(Int)
    case pronoun(Int)
    /// "the mayor", "US officials", "two residents": tokens [lower, upper).
    case description(Range<Int>)

    func span(_ c: AttributionContext) -> Span {
        switch self {
        case .mention(let m):
            let mention = c.mentions[m]
            return mention.title.map { Span(min($0.start, mention.span.start), mention.span.end) } ?? mention.span
        case .pronoun(let k): return c.t.tokens[k].span
        case .description(let r): return Span(c.t.start(r.lowerBound), c.t.end(r.upperBound - 1))
        }
    }
}

extension AttributionContext {
    /// The speaker before a speech verb at `v`: "Marsh said", "Ben Hodges, the former commanding
    /// general of US Army Europe, said", "he added", "the foreign secretary told", "US officials said".
    func subject(before v: Int, floor: Int) -> SpeakerPhrase? {
        var j = v - 1
        while j >= floor && t.isWord(j) && t.contains(Lexicon.auxiliaries, j) && !isPronoun(j) { j -= 1 }
        guard j >= floor else { return nil }
        // An appositive or a parenthesis between the name and its verb.
        if t.isPunct(j, 0x2C) || t.isPunct(j, 0x29) {
            let opener: UInt8 = t.isPunct(j, 0x2C) ? 0x2C : 0x28
            var c = j - 1
            while c >= floor && j - c <= 40 && !t.isPunct(c, opener) && !quoted[c] && (t.tokens[c].kind != .quote || isApostrophe(c)) { c -= 1 }
            guard c >= floor, t.isPunct(c, opener) else { return nil }
            if let p = nounPhrase(endingAt: c - 1, floor: floor), case .mention = p { return p }
            if opener == 0x28, let p = nounPhrase(endingAt: c - 1, floor: floor) { return p }
            return nil
        }
        return nounPhrase(endingAt: j, floor: floor)
    }

    /// The speaker after an inverted cue: "said Kristine Berzina, a managing director…", "said the mayor".
    func object(after v: Int, limit: Int) -> SpeakerPhrase? {
        let j = v + 1
        guard j < limit else { return nil }
        if isPronoun(j) { return .pronoun(j) }
        // A name, perhaps behind its title: "said Rep. Elijah Cummings", "said Fire Chief Tomás Ortega".
        var k = j
        while k < limit && k - j <= 6 {
            if mentionStarting[k] >= 0 {
                let m = Int(mentionStarting[k])
                if m >= 0 && !quoted[k] { return .mention(m) }
            }
            // Only a title may stand between the verb and the name.
            guard t.isCapitalized(k) || t.contains(Lexicon.roles, k) || t.contains(Lexicon.roleModifiers, k)
                    || (t.isPunct(k, 0x2E) && k > j) else { break }
            k += 1
        }
        return descriptionPhrase(from: j, limit: limit)
    }

    /// A name, pronoun or description whose last token is `j`.
    func nounPhrase(endingAt j: Int, floor: Int) -> SpeakerPhrase? {
        guard j >= floor, !quoted[j] else { return nil }
        if isPronoun(j) { return .pronoun(j) }
        if mentionEnding[j] >= 0 { return .mention(Int(mentionEnding[j])) }
        guard t.isWord(j) else { return nil }
        // A description: words back to a determiner, at most eight.
        var s = j
        while s - 1 >= floor && j - s < 8 && t.isWord(s - 1) && !quoted[s - 1] && !isSpeechVerb(s - 1)
                && !t.contains(Lexicon.prepositions, s - 1) && !t.isAny(s - 1, ["and", "or", "but", "that", "which", "who", "while", "as"]) {
            if t.contains(Lexicon.determiners, s) && !t.isCapitalized(s - 1) { break }
            s -= 1
        }
        let head = j
        guard t.isLowerWord(head) || t.tokens[head].flags.contains(.allCaps) else { return nil }
        guard isDescriptionHead(head) else { return nil }
        return .description(s..<(j + 1))
    }

    /// "the mayor", "officials", "the Ukrainian leader", "a spokesman for the agency".
    func descriptionPhrase(from j: Int, limit: Int) -> SpeakerPhrase? {
        var e = j
        while e < limit && e - j < 8 && t.isWord(e) && !isSpeechVerb(e) && !t.contains(Lexicon.prepositions, e) { e += 1 }
        guard e > j else { return nil }
        // The head is the last word before a comma, preposition or the end.
        let head = e - 1
        guard isDescriptionHead(head) else { return nil }
        return .description(j..<e)
    }

    /// A quote mark glued to a word and followed by space: the apostrophe of "leaders' call".
    func isApostrophe(_ k: Int) -> Bool {
        let tok = t.tokens[k]
        return tok.kind == .quote && !tok.flags.contains(.spaceBefore) && tok.flags.contains(.spaceAfter)
            && t.b[t.start(k)] != 0x22 && k > 0 && t.isWord(k - 1)
    }

    func isDescriptionHead(_ k: Int) -> Bool {
        t.contains(Lexicon.roles, k) || t.contains(Lexicon.groupNouns, k)
    }

    func isPronoun(_ k: Int) -> Bool {
        guard t.isWord(k), let c = t.lookup(Lexicon.pronouns, k) else { return false }
        switch c {
        case .male, .female: return t.isAny(k, ["he", "she"])
        case .plural: return t.is(k, "they")
        case .neuter: return t.is(k, "it")
        case .first: return t.isAny(k, ["i", "we"])
        }
    }
}
