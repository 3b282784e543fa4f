/// The word lists the extraction rules read, parsed from the data in `Lexicons/` on first use.
enum Lexicon {
    enum AbbreviationClass: UInt8 { case title, ambiguous }

    /// Abbreviations written with a final dot, by how the splitter treats them.
    static let abbreviations: WordTable<AbbreviationClass> = {
        var table = WordTable<AbbreviationClass>(capacity: 256)
        for (label, words) in classLines(abbreviationData) {
            switch label {
            case "title": words.forEach { table.insert($0, .title) }
            case "ambiguous": words.forEach { table.insert($0, .ambiguous) }
            default: break
            }
        }
        return table
    }()

    /// Words that open sentences (after an ambiguous abbreviation, they end the previous one).
    static let sentenceStarters: WordSet = {
        WordSet(words: classLines(abbreviationData).filter { $0.0 == "starter" }.flatMap { $0.1 })
    }()

    /// Labels like "EXCLUSIVE" or "UPDATE" that are not a dateline's place.
    static let kickers: WordSet = WordSet(words: kickerData.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Every form of every speech verb, mapped to its lemma.
    static let speechVerbs: WordTable<String> = {
        var table = WordTable<String>(capacity: 1024)
        for line in speechVerbData.split(separator: "\n") {
            let words = line.split(separator: " ").map(String.init)
            guard let lemma = words.first else { continue }
            for w in words { table.insert(w, lemma) }
        }
        return table
    }()

    /// "label: word word…" lines, grouped by label in order.
    static func classLines(_ data: String) -> [(String, [String])] {
        data.split(separator: "\n").compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let label = line[..<colon].trimmingCharacters(in: " ")
            let words = line[line.index(after: colon)...].split(separator: " ").map(String.init)
            return (label, words)
        }
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        var s = self[...]
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
