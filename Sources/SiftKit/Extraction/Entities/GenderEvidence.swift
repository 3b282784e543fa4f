/// Learns the gender of people whose first name or title does not tell it, from the pronouns the
/// article uses for them: in a sentence that names one person only, a following "he" or "his"
/// refers to that person, as does one in the next sentence when it names nobody else.
enum GenderEvidence {
    static func infer(_ entities: inout [LocalEntity], mentions: [Mention], article: Article, t: TokenText, quoted: [Bool]) {
        var people: [[Int]] = Array(repeating: [], count: article.sentences.count)  // sentence → person entities named
        for m in mentions where !m.inQuote && m.entity >= 0 && entities[m.entity].type == .person {
            if !people[m.sentence].contains(m.entity) { people[m.sentence].append(m.entity) }
        }
        var male = [Int](repeating: 0, count: entities.count), female = male
        for (i, s) in article.sentences.enumerated() where people[i].count == 1 {
            let e = people[i][0]
            guard entities[e].gender == .unknown else { continue }
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
        for e in entities.indices where entities[e].gender == .unknown {
            if male[e] >= 1 && male[e] >= 2 * female[e] + 1 { entities[e].gender = .male }
            else if female[e] >= 1 && female[e] >= 2 * male[e] + 1 { entities[e].gender = .female }
        }
    }
}
