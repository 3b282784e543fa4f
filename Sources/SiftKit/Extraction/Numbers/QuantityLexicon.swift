/// The number and date words of Lexicons/Quantities.swift, parsed on first use.
enum QuantityLexicon {
    /// "label: phrase value|phrase value…" lines → [(phrase words, value)].
    private static func entries(_ label: String) -> [([String], String)] {
        quantityData.split(separator: "\n").flatMap { line -> [([String], String)] in
            guard let colon = line.firstIndex(of: ":"), line[..<colon] == label else { return [] }
            return line[line.index(after: colon)...].split(separator: "|").compactMap { item in
                let raw = item.split(separator: " ").map(String.init)
                guard let last = raw.last else { return nil }
                // "more than" has no value; "forty 40" and "$ USD" have one: a number or a currency code.
                if raw.count > 1, Double(last) != nil || (last.count == 3 && last == last.uppercased() && last.allSatisfy(\.isLetter)) {
                    return (raw.dropLast().map { $0.lowercased() }, last)
                }
                return (raw.map { $0.lowercased() }, "")
            }
        }
    }

    /// Single-word entries of one label as a table (the first value of a word wins).
    private static func table<V>(_ label: String, _ value: (String) -> V) -> WordTable<V> {
        var t = WordTable<V>(capacity: 64)
        for (words, v) in entries(label).reversed() where words.count == 1 { t.insert(words[0], value(v)) }
        return t
    }

    /// Every word that can open a number or a date: the first words of qualifiers, relative
    /// dates and percent phrases, number and fraction words, currencies, months, weekdays, and
    /// "a"/"an"/"one" (of "a fifth"). Tokens that are none of these (and no number or symbol)
    /// are skipped with one look-up.
    static let openers: WordSet = {
        var set = WordSet(capacity: 256)
        for label in ["qualifier", "relative", "percent", "cardinal", "fraction", "currency", "vague"] {
            for (words, _) in entries(label) { if let first = words.first { set.insert(first, true) } }
        }
        for w in ["a", "an", "one"] { set.insert(w, true) }
        LexiconFormat.forEachWord(calendarData, labels: ["month", "weekday"]) { p, s, e in
            set.insert(p, s, e, true)
            if e - s > 3 { set.insert(p, s, s + 3, true) }  // "Jan", "Sept" come from the month table too
        }
        set.insert("sept", true)
        return set
    }().classed(.openers)

    static let qualifiers = PhraseTable(entries("qualifier").map(\.0))
    static let vague = PhraseTable(entries("vague").map(\.0))
    static let cardinals: WordTable<Double> = table("cardinal") { Double($0) ?? 0 }.classed(.cardinals)
    static let scales: WordTable<Double> = table("scale") { Double($0) ?? 1 }.classed(.scales)
    static let fractions: WordTable<Double> = table("fraction") { Double($0) ?? 0 }.classed(.fractions)
    static let currencies: WordTable<String> = table("currency") { $0 }.classed(.currencies)
    static let percentWords = PhraseTable(entries("percent").map(\.0))
    static let relativeDates = PhraseTable(entries("relative").map(\.0))

    /// Month names and abbreviations → 1…12, from the first month line of Lexicons/Calendar.swift.
    static let monthNumbers: WordTable<Int> = {
        var m = WordTable<Int>(capacity: 32)
        let full = LexiconFormat.classLines(calendarData).first { $0.0 == "month" }?.1 ?? []
        for (i, name) in full.enumerated() {
            m.insert(name, i + 1)
            m.insert(String(name.prefix(3)), i + 1)
        }
        m.insert("sept", 9)
        return m
    }().classed(.monthNumbers)
}
