/// Finds the names in an article's story — people, organisations, places, and other capitalised
/// names — from evidence that explains itself: titles and roles before a name, appositives after
/// it, the shapes of organisation and place names, acronyms, gazetteers, first names, and speech
/// verbs (the capitalised subject of "said" is a speaker).
struct NameFinder {
    let article: Article
    let t: TokenText
    /// Per token: inside quotation marks.
    let quoted: [Bool]

    func run() -> [Mention] {
        var mentions: [Mention] = []
        let lowercase = lowercaseWords()
        let titleCase = article.sentences.map(isTitleCase)
        let capitalizedInside = capitalizedMidSentence(lowercase: lowercase, titleCase: titleCase)
        for (si, s) in article.sentences.enumerated() where article.paragraphs[s.paragraph].kind != .embed {
            var k = s.tokens.lowerBound
            let first = firstWord(s)
            while k < s.tokens.upperBound {
                guard t.isCapitalized(k), !isPronoun(k) else { k += 1; continue }
                let e = chunkEnd(from: k, limit: s.tokens.upperBound)
                if titleCase[si] {
                    for part in splitTitleCase(k..<e, lowercase: lowercase, capitalized: capitalizedInside) {
                        mentions += classify(part, sentence: si, sentenceStart: part.lowerBound == first || opensClause(part.lowerBound, s),
                                             seenInside: capitalizedInside, lowercase: lowercase)
                    }
                } else {
                    mentions += classify(k..<e, sentence: si, sentenceStart: k == first || opensClause(k, s), seenInside: capitalizedInside,
                                         lowercase: lowercase)
                }
                k = e
            }
        }
        return mentions
    }

    /// A headline written in title case ("Mayor Tom Kerr Calls Ann Vance ‘A Menace’"):
    /// most of its longer words are capitalised, so capitals do not mark its names.
    private func isTitleCase(_ s: Sentence) -> Bool {
        var long = 0, capitalized = 0
        for k in s.tokens where t.isWord(k) && t.tokens[k].length >= 4 {
            long += 1
            if t.isCapitalized(k) { capitalized += 1 }
        }
        return long >= 5 && capitalized * 10 >= long * 7
    }

    /// Words the story writes in lower case somewhere ("calls", "over", "police").
    private func lowercaseWords() -> TokenWordSet {
        var words = t.emptyWordSet()
        for s in article.sentences where article.paragraphs[s.paragraph].kind == .body {
            for k in s.tokens where t.isLowerWord(k) { t.insert(k, into: &words) }
        }
        return words
    }

    /// A run of capitalised words in a title-case headline, cut at the words that are not part
    /// of a name: those the story never capitalises mid-sentence and no list knows ("Calls",
    /// "Over", "Police"), save a surname after a first name.
    private func splitTitleCase(_ r: Range<Int>, lowercase: TokenWordSet, capitalized: TokenWordSet) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start: Int? = nil
        for k in r {
            var keep = !t.isWord(k) || !t.isCapitalized(k) || t.contains(capitalized, k) || isKnownNameWord(k)
            // A word the story never capitalises mid-sentence is no name either ("Goes"), unless
            // it follows a first name ("Jane Roe") and the story never writes it in lower case.
            if !keep && k > r.lowerBound && t.lookup(Gazetteer.firstNames, k - 1) != nil
                && (k - 1 == r.lowerBound || !t.isCapitalized(k - 2)) {
                keep = !(t.contains(lowercase, k) || t.contains(Lexicon.speechVerbWords, k) || t.contains(Lexicon.prepositions, k))
            }
            if keep {
                if start == nil { if t.isCapitalized(k) { start = k } }
            } else if let s = start {
                parts.append(s..<k)
                start = nil
            }
        }
        if let s = start { parts.append(s..<r.upperBound) }
        // A part never ends on a connector or a dot.
        return parts.compactMap { p in
            var e = p.upperBound
            while e > p.lowerBound + 1 && (t.isLowerWord(e - 1) || t.isPunct(e - 1, 0x2E) || t.isPunct(e - 1, 0x26)) { e -= 1 }
            return p.lowerBound < e ? p.lowerBound..<e : nil
        }
    }

    /// A word that opens a clause inside a sentence: after a quote mark, a colon, a dash or a
    /// bracket ("…, he said: “However, …”"), where a capital says nothing about a name.
    private func opensClause(_ k: Int, _ s: Sentence) -> Bool {
        guard k > s.tokens.lowerBound else { return true }
        let p = k - 1
        return t.tokens[p].kind == .quote || t.tokens[p].kind == .dash || t.isPunct(p, 0x3A) || t.isPunct(p, 0x28)
    }

    /// "I", "He", "It" and their contractions ("I've", "We're", "It's"): capitalised, never names.
    private func isPronoun(_ k: Int) -> Bool {
        guard t.isWord(k), !t.tokens[k].flags.contains(.allCaps) else { return false }  // "US" is no "us"
        if t.lookup(Lexicon.pronouns, k) != nil { return true }
        // The word before an apostrophe: I've, I'm, We'll, He'd, It's (the possessive is cut already).
        var i = t.start(k)
        let e = t.end(k)
        while i < e && t.b[i] != 0x27 && t.b[i] != 0xE2 { i += 1 }
        guard i < e, i > t.start(k) else { return false }
        return Lexicon.pronouns.lookup(t.b, t.start(k), i) != nil
    }

    private static let nationalitySuffixes: [[UInt8]] = ["man", "men", "woman", "women"].map { Array($0.utf8) }

    /// "Dutchman", "Irishwoman", "Frenchmen": a demonym and -man, a nationality, no name.
    private func isNationalityNoun(_ k: Int) -> Bool {
        let s = t.start(k), e = t.end(k) - t.possessiveLength(k)
        for suffix in Self.nationalitySuffixes where e - s > suffix.count + 2 {
            let cut = e - suffix.count
            if zip(t.b[cut..<e], suffix).allSatisfy({ WordHash.lower($0) == $1 }),
               Gazetteer.demonyms.lookup(t.b, s, cut) != nil { return true }
        }
        return false
    }

    /// "I", "I'm", "I've": capitalised in mid-sentence, yet never part of a name ("When I …").
    /// (Other pronouns may be: "Shall We Dance".)
    private func isFirstPersonI(_ k: Int) -> Bool {
        let s = t.start(k), e = t.end(k)
        return t.isWord(k) && t.b[s] == 0x49 && (e - s == 1 || t.b[s + 1] == 0x27 || t.b[s + 1] == 0xE2)
    }

    /// The first word of a sentence, past opening quote marks, brackets and dashes.
    private func firstWord(_ s: Sentence) -> Int {
        var k = s.tokens.lowerBound
        while k < s.tokens.upperBound && !t.isWord(k) { k += 1 }
        return k
    }

    /// Capitalised words seen somewhere other than a sentence's start: "Trump" is a name even
    /// when it opens a sentence; "Instead" is not.
    private func capitalizedMidSentence(lowercase: TokenWordSet, titleCase: [Bool]) -> TokenWordSet {
        var words = t.emptyWordSet()
        for (si, s) in article.sentences.enumerated() where article.paragraphs[s.paragraph].kind == .body {
            let first = firstWord(s)
            // A title-case line ("Governor Alvarez Speech at …") capitalises common words too: there,
            // a word the story also writes in lower case is no evidence of a name.
            for k in s.tokens where k != first && t.isCapitalized(k) && !(titleCase[si] && t.contains(lowercase, k)) {
                if k > s.tokens.lowerBound && (t.tokens[k - 1].kind == .quote || t.isPunct(k - 1, 0x3A)) { continue }
                t.insert(k, into: &words)
            }
        }
        return words
    }

    // MARK: - Chunking

    /// Capitalised words run together with name particles ("von der"), initials ("B."),
    /// connectors inside organisation names ("Center for … and …", "Bank of England") and a
    /// number after an organisation word ("Channel 7"). A possessive ends the run.
    private func chunkEnd(from k: Int, limit: Int) -> Int {
        var e = k + 1
        while e < limit {
            if t.possessiveLength(e - 1) > 0 { break }
            let tok = t.tokens[e]
            let spaced = tok.flags.contains(.spaceBefore)
            // A title-case line of a transcript, "Hillary Clinton Said "…"": the verb before a quote
            // or colon ends the name (Edward Said, with no quote after him, keeps his).
            if t.isCapitalized(e) && spaced && e + 1 < limit && (t.tokens[e + 1].kind == .quote || t.isPunct(e + 1, 0x3A))
                && t.contains(Lexicon.reportingVerbs, e) { break }
            if t.isCapitalized(e) && spaced && !isFirstPersonI(e) { e += 1; continue }
            // "Adam B. Schiff", "Lt. Gen. Hodges", "Mr. Osei", "Martin Luther King Jr."
            if t.isPunct(e, 0x2E) && !spaced && e + 1 < limit && t.isCapitalized(e + 1)
                && (isInitial(e - 1) || t.contains(Lexicon.honorifics, e - 1) || t.lookup(Lexicon.abbreviations, e - 1) == .title) {
                e += 1
                continue
            }
            // "von der Leyen": one or more particles, then a capitalised word.
            var p = e
            while p < limit && t.isLowerWord(p) && t.contains(Lexicon.nameParticles, p) && p - e < 3 { p += 1 }
            if p > e && p < limit && t.isCapitalized(p) { e = p; continue }
            if t.isLowerWord(e) && e + 1 < limit && t.isCapitalized(e + 1) {
                // "Bank of England", "Secretary of State", "Center for Strategic and International Studies".
                // (Not "House Speaker Paul D. Ryan of Wisconsin": a person named after the
                // organisation word ends the run; the place is his.)
                let lastOrganizationWord = (k..<e).last { t.contains(Lexicon.organizationHeads, $0) || t.contains(Lexicon.organizationOpenings, $0) }
                let organizationSoFar = lastOrganizationWord.map { o in
                    !((o + 1)..<e).contains { isInitial($0) || t.lookup(Gazetteer.firstNames, $0) != nil && !t.contains(Lexicon.organizationNames, $0) }
                } ?? false
                let roleSoFar = (k..<e).contains { t.contains(Lexicon.titles, $0) }
                if t.isAny(e, WordLists.nameLinks) && (organizationSoFar || roleSoFar && t.is(e, "of") && t.contains(Lexicon.titles, e - 1))
                    && !isCalendar(e + 1) {  // not "… Exchange on Monday"
                    e += 1
                    continue
                }
                // …but not "… School of Public Policy and NATO": an acronym or a known name after "and" is another.
                if t.is(e, "and") && organizationSoFar && !roleSoFar && (k..<e).contains(where: { t.isAny($0, WordLists.organizationLinks) })
                    && !isAcronym(e + 1) && !t.contains(Lexicon.organizationNames, e + 1) && t.lookup(Gazetteer.places, e + 1) == nil {
                    e += 1
                    continue
                }
            }
            if t.isPunct(e, 0x26) && e + 1 < limit && t.isCapitalized(e + 1) { e += 1; continue }  // &
            if tok.kind == .number && spaced && t.contains(Lexicon.organizationHeads, e - 1) { e += 1; continue }
            break
        }
        // Never end on a connector or an initial's dot.
        while e > k + 1 && (t.isLowerWord(e - 1) || t.isPunct(e - 1, 0x2E) || t.isPunct(e - 1, 0x26)) { e -= 1 }
        return e
    }

    private func hasVerbShape(_ k: Int) -> Bool {
        let w = t.string(k).lowercased()
        return w.count >= 6 && (w.hasSuffix("ing") || w.hasSuffix("ed") || w.hasSuffix("ly"))
    }

    /// A word some list knows as part of names: first name, place, title, organisation word.
    func isKnownNameWord(_ k: Int) -> Bool {
        t.lookup(Gazetteer.firstNames, k) != nil || t.lookup(Gazetteer.places, k) != nil || t.lookup(Gazetteer.demonyms, k) != nil
            || isRoleOrTitle(k) || t.contains(Lexicon.roleModifiers, k) || t.contains(Lexicon.organizationHeads, k)
            || t.contains(Lexicon.organizationOpenings, k) || t.contains(Lexicon.organizationNames, k) || isAcronym(k)
    }

    private func isInitial(_ k: Int) -> Bool {
        t.tokens[k].kind == .word && t.tokens[k].length == 1 && t.isCapitalized(k)
    }

    private func hasOrganizationWord(_ r: Range<Int>) -> Bool {
        r.contains { t.contains(Lexicon.organizationHeads, $0) || t.contains(Lexicon.organizationOpenings, $0) || t.contains(Lexicon.titles, $0) }
    }

    // MARK: - Classifying a chunk

    /// A title before a name: a formal title when capitalised ("Fire Chief"), any role when not
    /// ("baker Yuriy Kovalenko"); "Baker" alone is a surname.
    private func isRoleOrTitle(_ k: Int) -> Bool {
        if t.contains(Lexicon.honorifics, k) || t.lookup(Lexicon.abbreviations, k) == .title { return true }
        return t.isCapitalized(k) ? t.contains(Lexicon.titles, k) : t.contains(Lexicon.roles, k)
    }

    private func isCalendar(_ k: Int) -> Bool {
        t.contains(Gazetteer.months, k) || t.contains(Gazetteer.weekdays, k)
    }

    /// "Gareth Major", "Ann Marshal": a title that ends a name, right after a first name (inside
    /// the chunk, and itself a name token), is a surname.
    private func isSurnameThatIsATitle(_ k: Int, floor: Int) -> Bool {
        k > floor && t.isCapitalized(k) && t.contains(Lexicon.titles, k) && !t.contains(Lexicon.honorifics, k)
            && t.lookup(Lexicon.abbreviations, k) == nil && t.lookup(Gazetteer.firstNames, k - 1) != nil && isNameToken(k - 1)
    }

    /// A token that can be part of a person's name (not a title, role, organisation word…).
    private func isNameToken(_ k: Int) -> Bool {
        if isInitial(k) || t.isPunct(k, 0x2E) || t.contains(Lexicon.nameParticles, k) { return true }
        guard t.isCapitalized(k) else { return false }
        return !isRoleOrTitle(k) && !t.contains(Lexicon.roleModifiers, k) && !t.contains(Lexicon.organizationHeads, k)
            && !t.contains(Lexicon.organizationOpenings, k) && t.lookup(Gazetteer.demonyms, k) == nil && !isCalendar(k)
    }

    private func classify(_ chunk: Range<Int>, sentence: Int, sentenceStart: Bool, seenInside: TokenWordSet, lowercase: TokenWordSet) -> [Mention] {
        var cs = chunk.lowerBound
        let ce = chunk.upperBound
        // "Washington-based", "Kremlin-backed": an adjective made from a name, not part of one.
        while cs < ce && t.isDerivedAdjective(cs) { cs += 1 }
        guard cs < ce else { return [] }  // only "Washington-based": nothing left
        // "The", "But", "Neither", and a sentence-opening speech verb ("Said Ellis: …").
        if t.isAny(cs, WordLists.articles) || (sentenceStart && (t.contains(Lexicon.sentenceStarters, cs)
            || t.contains(Lexicon.speechVerbWords, cs))) { cs += 1 }
        while cs < ce && (isCalendar(cs) || t.isPunct(cs, 0x2E)) { cs += 1 }
        guard cs < ce else { return [] }
        // "Injecting Clinton …": a sentence's first word shaped like a verb or adverb (-ing, -ed,
        // -ly), never capitalised elsewhere and known as no name word, is not part of the name.
        if sentenceStart && cs == chunk.lowerBound && ce - cs >= 2 && !isKnownNameWord(cs) && hasVerbShape(cs)
            && !t.contains(seenInside, cs) {
            cs += 1
        }

        // The name: the longest run at the end of the chunk made of name tokens.
        var ns = ce
        while ns > cs && (isNameToken(ns - 1) || ns == ce && isSurnameThatIsATitle(ns - 1, floor: cs)) { ns -= 1 }
        while ns < ce && (t.isPunct(ns, 0x2E) || t.isLowerWord(ns)) { ns += 1 }
        // A title before the name: a title word, or role words ("National Security Advisor").
        let prefixHasTitle = (cs..<ns).contains { isRoleOrTitle($0) || t.contains(Lexicon.roles, $0) }

        if ns < ce && ns > cs && prefixHasTitle {
            // "Russian President Vladimir Putin", "Secretary of State Marco Rubio", "Mr. Osei".
            var out: [Mention] = []
            if let org = organizationInside(cs..<ns, sentence: sentence) { out.append(org) }
            out.append(person(ns..<ce, sentence: sentence, evidence: (cs..<ns).contains { t.contains(Lexicon.honorifics, $0) } ? .honorific : .title))
            return out
        }
        // "Rival Sony has said", "Former WorldCom chief …", "Early Elvis recordings": a common word
        // capitalised only because it opens the sentence describes the name; it is not part of it.
        if sentenceStart && cs == chunk.lowerBound && ce - cs >= 2 && isDescribingWord(cs, lowercase: lowercase) && !t.contains(seenInside, cs)
            && organization(cs..<ce, sentence: sentence) == nil && !(2...min(3, ce - cs)).contains(where: { isKnownPlace(cs..<(cs + $0)) })
            && AliasTable.lookup(NameKey.key(t.b, t.start(cs), t.end(ce - 1))) == nil {
            cs += 1
        }
        if let thing = nonName(cs..<ce, sentence: sentence) { return [thing] }
        if let org = organization(cs..<ce, sentence: sentence, clauseStart: sentenceStart && cs == chunk.lowerBound) { return [org] }
        // Only titles or roles ("President", "Foreign Secretary") name nobody; "US" alone does.
        if ns >= ce && (cs..<ce).contains(where: { isRoleOrTitle($0) || t.contains(Lexicon.roles, $0) }) { return [] }

        // One name-shaped run, possibly opening the sentence. "Experts said …": a common noun.
        if sentenceStart && ce - cs == 1 && (t.contains(Lexicon.groupNouns, cs) || t.contains(Lexicon.roles, cs)) { return [] }
        if sentenceStart && ce - cs == 1 && cs == chunk.lowerBound {
            if !t.contains(seenInside, cs) && t.lookup(Gazetteer.places, cs) == nil && t.lookup(Gazetteer.firstNames, cs) == nil
                && !t.contains(Lexicon.organizationNames, cs) && !followedBySpeechVerb(ce) {
                return []
            }
        }
        if ce - cs == 1 && (t.lookup(Gazetteer.demonyms, cs) != nil || isNationalityNoun(cs) || t.contains(Lexicon.nameAdjectives, cs)) { return [] }
        return [name(cs..<ce, sentence: sentence)]
    }

    /// An organisation or place named inside a title ("European Commission President …",
    /// "Ukraine President …").
    private func organizationInside(_ r: Range<Int>, sentence: Int) -> Mention? {
        var e = r.upperBound
        while e > r.lowerBound && (isRoleOrTitle(e - 1) || t.contains(Lexicon.roles, e - 1) || t.contains(Lexicon.roleModifiers, e - 1) || t.isPunct(e - 1, 0x2E)) { e -= 1 }
        guard e > r.lowerBound else { return nil }
        if let org = organization(r.lowerBound..<e, sentence: sentence) { return org }
        var s = r.lowerBound
        while s < e && (t.contains(Lexicon.roles, s) || t.contains(Lexicon.roleModifiers, s) || !t.isCapitalized(s)) && !isKnownPlace(s..<e) { s += 1 }
        if s < e && isKnownPlace(s..<e) { return mention(s..<e, .place, .gazetteer, sentence: sentence) }
        return nil
    }

    private func isKnownPlace(_ r: Range<Int>) -> Bool {
        t.lookupPhrase(Gazetteer.places, r.lowerBound, r.upperBound) != nil
    }

    /// The chunk as an organisation, when its shape or a known name says so.
    private func organization(_ r: Range<Int>, sentence: Int, clauseStart: Bool = false) -> Mention? {
        let n = r.count
        let last = r.upperBound - 1
        var evidence: MentionEvidence? = nil
        if n == 1 {
            if t.contains(Lexicon.organizationNames, r.lowerBound) { evidence = .organizationName }
            // "the Court ruled", "Parliament voted": an organisation word standing alone.
            else if !clauseStart && t.contains(Lexicon.organizationHeads, r.lowerBound) && t.lookup(Gazetteer.firstNames, r.lowerBound) == nil
                        && t.lookup(Gazetteer.places, r.lowerBound) == nil { evidence = .organizationShape }
            else if isAcronym(r.lowerBound) && t.lookup(Gazetteer.places, r.lowerBound) == nil { evidence = .acronym }
        } else if (r.lowerBound + 1...last).contains(where: { t.contains(Lexicon.organizationHeads, $0) })
                    || (t.contains(Lexicon.organizationOpenings, r.lowerBound) && n > 2)
                    || t.tokens[last].kind == .number && t.contains(Lexicon.organizationHeads, last - 1) {
            evidence = .organizationShape
        }
        guard let evidence else { return nil }
        return mention(r, .organization, evidence, sentence: sentence)
    }

    func isAcronym(_ k: Int) -> Bool {
        let tok = t.tokens[k]
        return tok.kind == .word && tok.flags.contains(.allCaps) && tok.length - t.possessiveLength(k) <= 6
    }

    private func person(_ r: Range<Int>, sentence: Int, evidence: MentionEvidence) -> Mention {
        mention(withoutLeadingWord(r), .person, evidence, sentence: sentence)
    }

    /// "Rival Hillary Clinton", "Miss Universe Alicia Machado": a common word before a first name, in a
    /// name of three words or more, belongs to the title, not the name.
    private func withoutLeadingWord(_ r: Range<Int>) -> Range<Int> {
        guard r.count >= 3, t.lookup(Gazetteer.firstNames, r.lowerBound) == nil || t.contains(Lexicon.roles, r.lowerBound),
              t.lookup(Gazetteer.firstNames, r.lowerBound + 1) != nil else { return r }
        // "Zaw Lin Myat": a first word that is no English word and no list's is a name's own.
        if !t.contains(Gazetteer.commonWords, r.lowerBound) && !isKnownNameWord(r.lowerBound) && !t.contains(Lexicon.roles, r.lowerBound) {
            return r
        }
        return (r.lowerBound + 1)..<r.upperBound
    }

    /// "Zarnith Quellborn, of the campaign group Openline, backed the appeal. She said: …": a name of
    /// two or three words that opens its sentence, outside quotes, when the next sentence of the
    /// paragraph opens with he or she and names no one before it.
    private func opensSentenceBeforeHeOrShe(_ r: Range<Int>, sentence: Int) -> Bool {
        let s = article.sentences[sentence]
        guard r.lowerBound == s.tokens.lowerBound, !quoted[r.lowerBound], !r.contains(where: { t.tokens[$0].flags.contains(.allCaps) }),
              sentence + 1 < article.sentences.count else { return false }
        let next = article.sentences[sentence + 1]
        guard next.paragraph == s.paragraph, next.tokens.lowerBound < t.tokens.count, !quoted[next.tokens.lowerBound] else { return false }
        switch t.lookup(Lexicon.pronouns, next.tokens.lowerBound) {
        case .male?, .female?: return true
        default: return false
        }
    }

    /// "DC", "D.C.", "TX": capitals (dots aside) that are a US postal code.
    private func isRegionCode(_ k: Int) -> Bool {
        let letters = t.string(k).filter { $0 != "." }
        return letters.count == 2 && letters.allSatisfy(\.isUppercase) && Lexicon.regionCodes.contains(letters.lowercased())
    }

    /// A name with no title before it: a place, a person, or something else.
    private func name(_ r: Range<Int>, sentence: Int) -> Mention {
        if t.lookupPhrase(Gazetteer.places, r.lowerBound, r.upperBound) != nil { return mention(r, .place, .gazetteer, sentence: sentence) }
        // "Washington DC", "Austin TX": a known place and the postal code of its state.
        if r.count >= 2, isRegionCode(r.upperBound - 1), t.lookupPhrase(Gazetteer.places, r.lowerBound, r.upperBound - 1) != nil {
            return mention(r, .place, .gazetteer, sentence: sentence)
        }
        if let place = article.dateline?.place, t.start(r.lowerBound) >= place.start, t.end(r.upperBound - 1) <= place.end {
            return mention(r, .place, .dateline, sentence: sentence)  // "Riverton (Northern Wire) –"
        }
        if r.count > 1 && t.contains(Lexicon.placeHeads, r.upperBound - 1) {
            return mention(r, .place, .geographicShape, sentence: sentence)
        }
        // "the Mac Mini", "a Harry Potter book": a first name after an article names no person.
        let determined = r.lowerBound > 0 && t.isAny(r.lowerBound - 1, WordLists.articles)
        if !determined && r.count >= 2 && r.count <= 5 && (isFirstName(r.lowerBound) || isFirstName(r.lowerBound + 1) && r.count >= 3) {
            return mention(withoutLeadingWord(r), .person, .firstName, sentence: sentence)
        }
        // ("The Greens said": a name after "the" that speaks is a body, not a person.)
        if r.count <= 4 && followedBySpeechVerb(r.upperBound) && !isAcronym(r.lowerBound) && !determined {
            return mention(r, .person, .speaker, sentence: sentence)
        }
        if appositive(after: r.upperBound, sentence: sentence) != nil && r.count <= 4 {
            return mention(r, .person, .appositive, sentence: sentence)
        }
        if r.count >= 2 && r.count <= 3 && !determined && opensSentenceBeforeHeOrShe(r, sentence: sentence) {
            return mention(r, .person, .pronounAfter, sentence: sentence)
        }
        return mention(r, .other, .shape, sentence: sentence)
    }

    /// A known first name that is no demonym ("Irish" is given as a name, but "Irish Lions" are a team).
    func isFirstName(_ k: Int) -> Bool {
        t.lookup(Gazetteer.firstNames, k) != nil && t.lookup(Gazetteer.demonyms, k) == nil
    }

    /// "Marsh said", "Marsh, a ROLE, said", "Marsh has said", "Marsh told".
    func followedBySpeechVerb(_ k: Int) -> Bool {
        var j = k
        let limit = min(t.tokens.count, k + 4)
        if j < t.tokens.count && t.isPunct(j, 0x2C) {  // an appositive: skip to its closing comma
            var c = j + 1
            while c < min(t.tokens.count, k + 30) && !t.isPunct(c, 0x2C) && !t.isPunct(c, 0x2E) { c += 1 }
            guard c < t.tokens.count, t.isPunct(c, 0x2C) else { return false }
            j = c + 1
        }
        while j < max(limit, j + 3) && j < t.tokens.count && t.isLowerWord(j) {
            if t.contains(Lexicon.speechVerbWords, j) { return true }
            guard t.contains(Lexicon.auxiliaries, j) else { return false }
            j += 1
        }
        return false
    }

    /// ", a managing director at the German Marshall Fund" after a name: the appositive's span.
    func appositive(after k: Int, sentence: Int) -> Span? {
        let limit = article.sentences[sentence].tokens.upperBound
        guard k + 1 < limit, t.isPunct(k, 0x2C) else { return nil }
        let a = k + 1
        let opensRole = t.isAny(a, WordLists.articles) || t.contains(Lexicon.roles, a) || t.contains(Lexicon.roleModifiers, a)
            || (t.isLowerWord(a) && a + 1 < limit && t.contains(Lexicon.roles, a + 1))
        guard opensRole else { return nil }
        var e = a
        var sawRole = false
        while e < limit && !t.isPunct(e, 0x2C) && !t.isPunct(e, 0x3B) && !t.isDash(e) && !t.isPunct(e, 0x28)
                && !(t.isPunct(e, 0x2E) && e == limit - 1) && t.tokens[e].kind != .quote {
            if t.contains(Lexicon.roles, e) { sawRole = true }
            e += 1
        }
        guard sawRole, e > a, e - a <= 25 else { return nil }
        // "At a press conference in Chelsea, the mayor also said …": the role phrase is the
        // subject of the next clause, not a description of the name before the comma.
        let isClauseSubject = ((a + 1)..<e).contains { k in
            t.contains(Lexicon.speechVerbWords, k)
                && (t.contains(Lexicon.roles, k - 1) || (k - 2 >= a && t.isLowerWord(k - 1) && t.contains(Lexicon.roles, k - 2)))
        }
        if isClauseSubject { return nil }
        return Span(t.start(a), t.end(e - 1))
    }

    func mention(_ r: Range<Int>, _ type: EntityType, _ evidence: MentionEvidence, sentence: Int) -> Mention {
        let last = r.upperBound - 1
        let span = Span(t.start(r.lowerBound), t.end(last) - t.possessiveLength(last))
        var m = Mention(span: span, tokens: r, type: type, evidence: evidence, sentence: sentence,
                        title: nil, appositive: nil, gender: .unknown, inQuote: quoted[r.lowerBound])
        if type == .person {
            m.title = titleSpan(before: r.lowerBound, sentence: sentence)
            m.appositive = appositive(after: r.upperBound, sentence: sentence)
            m.gender = gender(of: r, title: m.title)
        }
        return m
    }

    /// The title and role words before a person's name: "retired Lt Gen", "Trump envoy",
    /// "Ukraine's President", "United Kingdom (UK) Foreign Secretary".
    private func titleSpan(before k: Int, sentence: Int) -> Span? {
        let floor = article.sentences[sentence].tokens.lowerBound
        var s = k
        var j = k - 1
        while j >= floor {
            if isRoleOrTitle(j) || t.contains(Lexicon.roleModifiers, j) || t.lookup(Gazetteer.demonyms, j) != nil
                || t.possessiveLength(j) > 0 || (t.isPunct(j, 0x2E) && j > floor && isRoleOrTitle(j - 1)) {
                s = j; j -= 1; continue
            }
            // "Trump envoy", "European Commission President": capitalised words before a role.
            if t.isCapitalized(j) && s < k && isRoleOrTitle(s) || t.isCapitalized(j) && s < k && t.isCapitalized(s) {
                s = j; j -= 1; continue
            }
            // "(UK)" inside "United Kingdom (UK) Foreign Secretary", and the name before it.
            if t.isPunct(j, 0x29) && j - 2 >= floor && t.isPunct(j - 2, 0x28) && s < k {
                s = j - 2
                j -= 3
                while j >= floor && t.isCapitalized(j) { s = j; j -= 1 }
                continue
            }
            break
        }
        guard s < k else { return nil }
        return Span(t.start(s), t.end(k - 1))
    }

    private func gender(of r: Range<Int>, title: Span?) -> Gender {
        if let title {
            var k = r.lowerBound - 1
            while k >= 0 && t.start(k) >= title.start {
                if t.contains(Lexicon.maleTitles, k) { return .male }
                if t.contains(Lexicon.femaleTitles, k) { return .female }
                k -= 1
            }
        }
        return t.lookup(Gazetteer.firstNames, r.lowerBound) ?? .unknown
    }
}
