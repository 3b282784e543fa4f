/// What an article says of a person's gender, and why. `gender` is unknown when the article and
/// the first-name list say nothing, or when the article's own evidence contradicts itself: never a
/// guess presented as fact.
package struct GenderFinding: Hashable, Sendable {
    package var gender: Gender = .unknown
    /// There is evidence in words (`LocalEntity.genderEvidence`, which a corpus does not keep).
    package var hasEvidence = false
}

/// Gender from evidence. `infer` fills in `LocalEntity.gender`, the working guess speaker
/// resolution matches he/she against: in a sentence that names one person only, a following "he"
/// or "his" refers to that person, as does one in the next sentence when it names nobody else.
/// `report` makes the finding the `gender` fields show: the article's own words first (titles,
/// kinship and role nouns, the pronouns that refer to the person), then the first-name list.
enum GenderEvidence {
    static func infer(_ entities: inout [LocalEntity], mentions: [Mention], article: Article, t: TokenText, quoted: [Bool]) {
        let (male, female) = pronouns(entities, mentions: mentions, article: article, t: t, quoted: quoted, onlyUnknown: true)
        for e in entities.indices where entities[e].gender == .unknown {
            entities[e].gender = dominant(male[e], female[e]) ?? .unknown
        }
    }

    static func report(_ entities: inout [LocalEntity], mentions: [Mention], article: Article, t: TokenText, quoted: [Bool]) {
        let (male, female) = pronouns(entities, mentions: mentions, article: article, t: t, quoted: quoted, onlyUnknown: false)
        for e in entities.indices where entities[e].type == .person {
            var finding = GenderFinding()
            var pieces: [String] = []
            var titled: [Gender: [String]] = [:]
            var firstName: (Gender, String)? = nil
            for m in entities[e].mentions.map({ mentions[$0] }) {
                for (g, word) in roleNouns(m, t) where titled[g]?.contains(word) != true { titled[g, default: []].append(word) }
                if firstName == nil, m.tokens.count >= 2, let g = t.lookup(Gazetteer.firstNames, m.tokens.lowerBound) {
                    firstName = (g, t.string(m.tokens.lowerBound))
                }
            }
            let byTitle: Gender? = titled.count == 1 ? titled.keys.first : nil
            let byPronoun = dominant(male[e], female[e])
            for (g, words) in titled.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                pieces.append("\(g == .male ? "male" : "female") title or role: \(words.joined(separator: ", "))")
            }
            if male[e] > 0 { pieces.append("he/him/his ×\(male[e]) in sentences naming only this person") }
            if female[e] > 0 { pieces.append("she/her ×\(female[e]) in sentences naming only this person") }
            let articleSays = male[e] + female[e] > 0 || !titled.isEmpty
            let evidence = entities[e].mentions.map { mentions[$0].evidence }
            entities[e].personEvidence = articleSays || evidence.contains(where: EntityLinker.strongPerson.contains) ? .strong
                : evidence.contains(.firstName) || evidence.contains(.speaker) ? .weak : .none
            if titled.count > 1 || (byTitle != nil && byPronoun != nil && byTitle != byPronoun)
                || (byTitle == nil && byPronoun == nil && male[e] + female[e] > 0) {
                pieces.append("the article's evidence conflicts: unknown")
            } else if let g = byTitle ?? byPronoun {
                finding.gender = g
            } else if !articleSays, let (g, name) = firstName {
                pieces.append(g == .unknown ? "first name \(name): used for both (name list)" : "first name \(name) (name list)")
                finding.gender = g
            }
            finding.hasEvidence = !pieces.isEmpty
            entities[e].genderFinding = finding
            entities[e].genderEvidence = pieces.joined(separator: "; ")
        }
    }

    /// The gendered titles, kinship and role nouns a mention is written with: "Mrs", "Lord",
    /// "chairwoman" before the name, "the mother of …" or "a spokeswoman for …" after it.
    private static func roleNouns(_ m: Mention, _ t: TokenText) -> [(Gender, String)] {
        var out: [(Gender, String)] = []
        func look(_ k: Int) -> Bool {
            if t.contains(Lexicon.maleTitles, k) { out.append((.male, t.string(k).lowercased())); return true }
            if t.contains(Lexicon.femaleTitles, k) { out.append((.female, t.string(k).lowercased())); return true }
            return false
        }
        if let title = m.title {
            var k = m.tokens.lowerBound - 1
            while k >= 0 && t.start(k) >= title.start { _ = look(k); k -= 1 }
        }
        // A kinship or role noun set before the name: "His wife, Grace Okafor".
        if let k = relativeNoun(before: m, t) { _ = look(k) }
        // The appositive's head only: "a friend of his mother" says nothing of the friend.
        if let ap = m.appositive {
            var k = m.tokens.upperBound + 1
            while k < t.tokens.count && t.end(k) <= ap.end && !t.isAny(k, WordLists.appositiveHeadEnds) {
                if look(k) { break }
                k += 1
            }
        }
        return out
    }

    /// The gendered kinship or role noun in "his wife, NAME", "the chairwoman, NAME": token
    /// before the comma before the mention, after a determiner or possessive.
    private static func relativeNoun(before m: Mention, _ t: TokenText) -> Int? {
        let k = m.tokens.lowerBound - 2
        guard k >= 1, t.isPunct(k + 1, 0x2C), t.isLowerWord(k), t.isWord(k - 1),
              t.contains(Lexicon.maleTitles, k) || t.contains(Lexicon.femaleTitles, k),
              t.contains(Lexicon.determiners, k - 1) || t.lookup(Lexicon.pronouns, k - 1) != nil else { return nil }
        return k
    }

    /// He/she counts per entity, from sentences that name one person only (and the next
    /// sentence of the paragraph when it names nobody).
    private static func pronouns(_ entities: [LocalEntity], mentions: [Mention], article: Article, t: TokenText, quoted: [Bool],
                                 onlyUnknown: Bool) -> (male: [Int], female: [Int]) {
        var people: [[Int]] = Array(repeating: [], count: article.sentences.count)  // sentence → person entities named
        // "His wife, Grace Okafor, sat beside him": the pronouns are someone else's, the one the
        // kinship belongs to; the sentence says nothing of hers.
        var relativeOfSomeone = [Bool](repeating: false, count: article.sentences.count)
        for m in mentions where !m.inQuote && m.entity >= 0 && entities[m.entity].type == .person {
            if !people[m.sentence].contains(m.entity) { people[m.sentence].append(m.entity) }
            if let k = relativeNoun(before: m, t), t.lookup(Lexicon.pronouns, k - 1) != nil { relativeOfSomeone[m.sentence] = true }
        }
        var male = [Int](repeating: 0, count: entities.count), female = male
        for (i, s) in article.sentences.enumerated() where people[i].count == 1 && !relativeOfSomeone[i] {
            let e = people[i][0]
            if onlyUnknown && entities[e].gender != .unknown { continue }
            var ranges = [s.tokens]
            if i + 1 < article.sentences.count, people[i + 1].isEmpty, article.sentences[i + 1].paragraph == s.paragraph {
                ranges.append(article.sentences[i + 1].tokens)
            }
            for r in ranges {
                for k in r where !quoted[k] && t.isWord(k) {
                    switch t.lookup(Lexicon.pronouns, k) {
                    case .male?: male[e] += 1
                    case .female?: female[e] += 1
                    default: break
                    }
                }
            }
        }
        return (male, female)
    }

    /// The gender the pronouns give, when one outnumbers the other two to one and more.
    private static func dominant(_ male: Int, _ female: Int) -> Gender? {
        if male >= 1 && male >= 2 * female + 1 { return .male }
        if female >= 1 && female >= 2 * male + 1 { return .female }
        return nil
    }
}
