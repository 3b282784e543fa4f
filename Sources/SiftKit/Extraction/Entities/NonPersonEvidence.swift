/// The context that shows a capitalised name is no person: a holiday or greeting, an event, a
/// work, an acronym of a thing, a company; and the describing word that opens a sentence before a
/// name ("Rival Sony"). The words are data in Lexicons/NameKinds.swift and Generated/CommonWords.swift.
extension NameFinder {
    /// A common English word no list knows as part of names ("rival", "former"), or one also
    /// given as a first name that the story writes in lower case too ("Early Elvis" … "early").
    func isDescribingWord(_ k: Int, lowercase: TokenWordSet) -> Bool {
        t.contains(Gazetteer.commonWords, k) && !isKnownNameWord(k) && !t.contains(Lexicon.nameParticles, k)
            || t.contains(Gazetteer.commonWords, k) && t.lookup(Gazetteer.firstNames, k) != nil && t.contains(lowercase, k)
            || t.isCapitalized(k) && t.contains(Lexicon.roleModifiers, k) && t.contains(Gazetteer.commonWords, k)
            && t.lookup(Gazetteer.places, k) == nil && t.lookup(Gazetteer.demonyms, k) == nil
    }

    /// A capitalised name that the words around it show is no person, place or body: a holiday,
    /// an event ("Davis Cup"), a work after "film", "album" …, an acronym of a thing ("TV", "DVDs");
    /// or a company by its context ("rival Sony", "shares in Yukos", "Yukos's profits").
    func nonName(_ r: Range<Int>, sentence: Int) -> Mention? {
        if r.contains(where: { t.contains(Gazetteer.holidays, $0) }) { return mention(r, .other, .holiday, sentence: sentence) }
        if r.count >= 2 && t.contains(Lexicon.interjections, r.lowerBound) { return mention(r, .other, .interjection, sentence: sentence) }
        if r.count >= 2 && t.contains(Lexicon.eventHeads, r.upperBound - 1) && t.isCapitalized(r.upperBound - 1) {
            return mention(r, .other, .event, sentence: sentence)
        }
        if r.count == 1 && (isThingAcronym(r.lowerBound) || isAcronymPlural(r.lowerBound)) { return mention(r, .other, .thing, sentence: sentence) }
        let before = r.lowerBound - 1
        if before >= 0 && t.isLowerWord(before) && t.contains(Lexicon.workCues, before) { return mention(r, .other, .work, sentence: sentence) }
        // A first name may open a company's name right after its noun ("her company Nathan Pictures",
        // "the bank Morgan Stanley"), not after other corporate context ("shares in Tom Ford").
        let b = r.lowerBound - 1
        let afterNoun = r.count >= 2 && b >= 0 && t.isLowerWord(b) && t.contains(Lexicon.corporateCues, b)
        if isCorporate(r) && (!isFirstName(r.lowerBound) || afterNoun) { return mention(r, .organization, .corporate, sentence: sentence) }
        return nil
    }

    /// "rival Sony", "oil giant Yukos", "shares in Yukos", "a bid for …", "Yukos's shares".
    func isCorporate(_ r: Range<Int>) -> Bool {
        let b = r.lowerBound - 1
        if b >= 0 && t.isLowerWord(b) && t.contains(Lexicon.corporateCues, b) { return true }
        if b >= 1 && t.isAny(b, WordLists.stakePrepositions) && t.isWord(b - 1) && t.contains(Lexicon.stakeNouns, b - 1) { return true }
        let last = r.upperBound - 1
        return t.possessiveLength(last) > 0 && r.upperBound < t.tokens.count && t.isLowerWord(r.upperBound)
            && t.contains(Lexicon.corporateAfter, r.upperBound)
    }

    /// "TV", "PC", "GDP", "MP3", "P2P": an acronym of a thing, not of a body.
    func isThingAcronym(_ k: Int) -> Bool {
        isAcronym(k) && t.contains(Lexicon.thingAcronyms, k)
    }

    /// "DVDs", "MPs", "HD-DVDs": the plural of an acronym names things or people of a kind.
    func isAcronymPlural(_ k: Int) -> Bool {
        let s = t.start(k), e = t.end(k) - t.possessiveLength(k)
        guard t.isWord(k), e - s >= 3, t.b[e - 1] == 0x73 else { return false }
        return (s..<(e - 1)).allSatisfy { (0x41...0x5A).contains(t.b[$0]) || CharClass.isASCIIDigit(t.b[$0]) || t.b[$0] == 0x2D }
    }
}
