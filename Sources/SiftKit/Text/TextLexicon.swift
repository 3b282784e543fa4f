/// The word lists the text layer reads, parsed from the data in `Lexicons/` on first use: the
/// sentence splitter's abbreviations and sentence starters, and the speech verbs and auxiliaries
/// by which it tells a quote's "?" or "!" followed by its attribution from a sentence's end.
/// Extraction reads the same tables (its `Lexicon` marks them with their word classes).
enum TextLexicon {
    enum AbbreviationClass: UInt8 { case title, ambiguous }

    /// Abbreviations written with a final dot, by how the splitter treats them.
    static let abbreviations: WordTable<AbbreviationClass> = {
        var table = WordTable<AbbreviationClass>(capacity: 256)
        for (label, words) in LexiconFormat.classLines(abbreviationData) {
            switch label {
            case "title": words.forEach { table.insert($0, .title) }
            case "ambiguous": words.forEach { table.insert($0, .ambiguous) }
            default: break
            }
        }
        return table
    }()

    /// Words that open sentences (after an ambiguous abbreviation, they end the previous one).
    static let sentenceStarters: WordSet = LexiconFormat.words(abbreviationData, "starter")

    /// Auxiliaries and adverbs that may stand between a speaker and the speech verb ("has also said").
    static let auxiliaries = LexiconFormat.words(verbData, "auxiliary")

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
}
