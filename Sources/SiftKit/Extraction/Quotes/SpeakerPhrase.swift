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

    var isDescription: Bool { if case .description = self { return true } else { return false } }

    /// The role, mouthpiece or document word of a description ("a spokesman for Sony" → spokesman).
    func role(_ c: AttributionContext) -> Span? {
        guard case .description(let r) = self else { return nil }
        let k = r.first { k in
            c.t.isWord(k) && (c.t.contains(Lexicon.roles, k) || c.t.contains(Lexicon.mouthpieces, k) || c.t.contains(Lexicon.documentNouns, k))
        }
        return k.map { c.t.tokens[$0].span }
    }
}

extension AttributionContext {
    /// The speaker before a speech verb at `v`: "Marsh said", "Ben Hodges, the former commanding
    /// general of US Army Europe, said", "he added", "the foreign secretary told", "US officials said".
    func subject(before v: Int, floor: Int) -> SpeakerPhrase? {
        var j = v - 1
        while j >= floor && t.isWord(j) && (t.contains(Lexicon.auxiliaries, j) || isAdverb(j)) && !isPronoun(j) { j -= 1 }
        // A phrasal cue: "he went on to say", "she was quick to add", "Smith later told".
        if j > floor, t.is(j, "to") {
            var k = j - 1
            while k > floor && v - k <= 5 && t.isLowerWord(k) && t.contains(Lexicon.cueLeads, k) { k -= 1 }
            if k < j - 1 { j = k }
        }
        guard j >= floor else { return nil }
        // Appositives or a parenthesis between the name and its verb: "Scott Pruitt, the attorney
        // general of Oklahoma, one of the states suing the EPA, said". The speaker is the first
        // name of the chain; a nearer name inside an appositive is not.
        if t.isPunct(j, 0x2C) || t.isPunct(j, 0x29) {
            var candidates: [SpeakerPhrase] = []
            var c = j
            var depth = 0
            var scanned = 0
            while c >= floor && scanned <= 60 {
                if quoted[c] || (t.tokens[c].kind == .quote && !isApostrophe(c)) { break }
                if t.isPunct(c, 0x29) { depth += 1 } else if t.isPunct(c, 0x28) { depth -= 1 }
                // The comma right before the verb closes the chain; names end before the others.
                if c != j && depth == 0 && (t.isPunct(c, 0x2C) || t.isPunct(c, 0x28)) && c > floor, let p = nounPhrase(endingAt: c - 1, floor: floor) {
                    candidates.append(p)
                }
                c -= 1
                scanned += 1
            }
            func isPersonOrBody(_ p: SpeakerPhrase) -> Bool {
                switch p {
                case .mention(let m): return mentions[m].type == .person || mentions[m].type == .organization
                case .pronoun: return true
                case .description: return false
                }
            }
            if let first = candidates.last(where: isPersonOrBody) { return first }
            if let description = candidates.first(where: { if case .description = $0 { return true }; return false }) { return description }
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
        if k < limit && t.is(k, "the") { k += 1 }  // "according to the State Office of …"
        var firstMention: Int? = nil
        while k < limit && k - j <= 6 {
            if mentionStarting[k] >= 0 && !quoted[k] {
                let m = Int(mentionStarting[k])
                // "said European Council President Donald Tusk": the person, not the council.
                if mentions[m].type == .person {
                    // "reply Olsen and Sam Wood": the name before it and this one, together.
                    if let f = firstMention, mentions[f].type == .other, let pair = pairedWith(f, limit: limit),
                       case .description(let r) = pair, r.upperBound == mentions[m].tokens.upperBound { return pair }
                    return pairedWith(m, limit: limit) ?? .mention(m)
                }
                if firstMention == nil { firstMention = m }
                k = mentions[m].tokens.upperBound
                continue
            }
            // Only a title may stand between the verb and the name ("said 9/11 widow Terry Strada"),
            // not a phrase ("said in a Bloomberg Television interview").
            guard !t.contains(Lexicon.prepositions, k), !t.contains(Lexicon.determiners, k),
                  t.isWord(k) || t.tokens[k].kind == .number || t.isPunct(k, 0x2E) || t.tokens[k].kind == .symbol else { break }
            k += 1
        }
        if let m = firstMention { return (mentions[m].type == .other ? pairedWith(m, limit: limit) : nil) ?? .mention(m) }
        return descriptionPhrase(from: j, limit: limit)
    }

    /// "reply Olsen and Wood", "said Ray Olsen and drummer Sam Wood": two people named
    /// together after the cue, one speaker of both (a role may stand before the second name).
    private func pairedWith(_ m: Int, limit: Int) -> SpeakerPhrase? {
        let and = mentions[m].tokens.upperBound
        guard and + 1 < limit, t.is(and, "and"), !quoted[and] else { return nil }
        var k = and + 1
        while k < limit && k - and <= 3 && t.isLowerWord(k) && !t.contains(Lexicon.prepositions, k) && !t.contains(Lexicon.determiners, k)
                && !isSpeechVerb(k) { k += 1 }
        guard k < limit, mentionStarting[k] >= 0, !quoted[k] else { return nil }
        let other = Int(mentionStarting[k])
        guard [.person, .other].contains(mentions[other].type) else { return nil }
        return .description(mentions[m].tokens.lowerBound..<mentions[other].tokens.upperBound)
    }

    /// A name, pronoun or description whose last token is `j`.
    func nounPhrase(endingAt j: Int, floor: Int) -> SpeakerPhrase? {
        guard j >= floor, !quoted[j] else { return nil }
        if isPronoun(j) { return .pronoun(j) }
        if mentionEnding[j] >= 0 {
            let m = Int(mentionEnding[j])
            if mentions[m].type != .person, let owner = personBefore(mentions[m], floor: floor) { return .mention(owner) }
            // "a spokesman for Bernie Sanders", "an aide to the senator": the spokesman speaks.
            let before = mentions[m].tokens.lowerBound - 1
            if before - 1 >= floor, t.isAny(before, WordLists.representativePrepositions), t.isLowerWord(before - 1), isDescriptionHead(before - 1) {
                var s = before - 1
                while s - 1 >= floor && before - s < 4 && t.isWord(s - 1) && !t.contains(Lexicon.prepositions, s - 1) && !quoted[s - 1] {
                    s -= 1
                    if t.contains(Lexicon.determiners, s) { break }
                }
                return .description(s..<(j + 1))
            }
            // "Burton and Nick said": two people speak together, one speaker of two.
            var and = mentions[m].tokens.lowerBound - 1
            // (its role may stand between: "Tom Burton and guitarist Nick Hale said")
            while and > floor && mentions[m].tokens.lowerBound - and <= 3 && t.isLowerWord(and) && !t.is(and, "and")
                    && !isSpeechVerb(and) && !t.contains(Lexicon.prepositions, and) { and -= 1 }
            if mentions[m].type == .person, and - 1 >= floor, t.is(and, "and"), mentionEnding[and - 1] >= 0,
               [.person, .other].contains(mentions[Int(mentionEnding[and - 1])].type), !quoted[and - 1] {
                return .description(mentions[Int(mentionEnding[and - 1])].tokens.lowerBound..<(j + 1))
            }
            return .mention(m)
        }
        guard t.isWord(j) || isAge(j) else { return nil }
        // A description: words back to a determiner, at most eight.
        var s = j
        while s - 1 >= floor && j - s < 5 && t.isWord(s - 1) && !quoted[s - 1] && !isSpeechVerb(s - 1)
                && !t.contains(Lexicon.prepositions, s - 1) && !t.isAny(s - 1, WordLists.clauseBoundaries) {
            if t.contains(Lexicon.determiners, s) && !t.isCapitalized(s - 1) { break }
            s -= 1
        }
        let head = j
        // "Police say …", "Officials said …": a capitalised description only opening a sentence.
        let opensSentence = s == floor || sentenceOf[s - 1] != sentenceOf[s] || t.tokens[s - 1].kind == .quote
        let people = t.isCapitalized(head) && t.lookup(Gazetteer.demonyms, head) != nil
        guard t.isLowerWord(head) || isAge(head) || t.tokens[head].flags.contains(.allCaps) || people || (s == head && opensSentence) else { return nil }
        guard isDescriptionHead(head) else { return nil }
        // "in a statement": a phrase, not a speaker.
        if s > floor && t.contains(Lexicon.prepositions, s - 1) { return nil }
        // "The ministry issued a statement saying …": the document's author speaks.
        if t.contains(Lexicon.documentNouns, head), s - 1 > floor, t.isLowerWord(s - 1), !isSpeechVerb(s - 1),
           let author = subject(before: s - 1, floor: floor) {
            return author
        }
        return .description(s..<(j + 1))
    }

    /// "Mr. Morgan of the Sierra Club", "MSNBC host Chris Matthews": the person a place or
    /// organisation name belongs to, right before it.
    func personBefore(_ m: Mention, floor: Int) -> Int? {
        var k = m.tokens.lowerBound - 1
        if k >= floor && t.is(k, "the") { k -= 1 }
        guard k >= floor, t.isAny(k, WordLists.memberPrepositions) else { return nil }
        var e = k - 1
        // "Will Davies, senior research fellow at the IPPR told": a role between the person's
        // comma and the organisation.
        if e >= floor, mentionEnding[e] < 0 {
            var r = e
            while r > floor && e - r < 6 && t.isWord(r) && (t.isLowerWord(r) || t.contains(Lexicon.roles, r) || t.contains(Lexicon.roleModifiers, r)) { r -= 1 }
            guard r < e, r > floor, t.isPunct(r, 0x2C), t.contains(Lexicon.roles, e) else { return nil }
            e = r - 1
        }
        guard e >= floor, mentionEnding[e] >= 0 else { return nil }
        let owner = Int(mentionEnding[e])
        return mentions[owner].type == .person ? owner : nil
    }

    /// "the mayor", "officials", "the Ukrainian leader", "a spokesman for the agency".
    func descriptionPhrase(from j: Int, limit: Int) -> SpeakerPhrase? {
        var e = j
        // ("said the 28-year-old": an age is a number token, and the head.)
        while e < limit && e - j < 8 && (t.isWord(e) || isAge(e)) && !isSpeechVerb(e) && !t.contains(Lexicon.prepositions, e)
                && !t.isAny(e, WordLists.relativePronouns) { e += 1 }
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

    /// "cynically dismissed", "repeatedly said": an -ly adverb between a speaker and the verb.
    func isAdverb(_ k: Int) -> Bool {
        guard t.isLowerWord(k), t.tokens[k].length > 4 else { return false }
        let e = t.end(k)
        return t.b[e - 1] == 0x79 && t.b[e - 2] == 0x6C && !t.contains(Lexicon.notAdverbs, k)
    }

    /// Nouns that can head a speaker's description: roles, groups, documents, and peoples
    /// ("the Saudis state in the white paper").
    func isDescriptionHead(_ k: Int) -> Bool {
        t.contains(Lexicon.roles, k) || t.contains(Lexicon.groupNouns, k) || (t.isCapitalized(k) && t.lookup(Gazetteer.demonyms, k) != nil)
            || (t.isLowerWord(k) && (t.contains(Lexicon.organizationHeads, k) || t.contains(Lexicon.bodyNouns, k))) || isAge(k)
    }

    /// "the 23-year-old": a person described by their age.
    func isAge(_ k: Int) -> Bool {
        guard t.tokens[k].kind == .number, t.tokens[k].length > 9 else { return false }
        let e = t.end(k)
        return t.string(e - 9, e).lowercased() == "-year-old"
    }

    func isPronoun(_ k: Int) -> Bool {
        guard t.isWord(k), let c = t.lookup(Lexicon.pronouns, k) else { return false }
        switch c {
        case .male, .female: return t.isAny(k, WordLists.singularSubjectPronouns)
        case .plural: return t.is(k, "they")
        case .neuter: return t.is(k, "it")
        case .first: return t.isAny(k, WordLists.firstPersonSubjectPronouns)
        }
    }
}
