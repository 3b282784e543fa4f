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

    static let qualifiers: [[String]] = entries("qualifier").map(\.0).sorted { $0.count > $1.count }
    static let cardinals: [String: Double] = Dictionary(entries("cardinal").map { ($0.0.joined(separator: " "), Double($0.1) ?? 0) }, uniquingKeysWith: { a, _ in a })
    static let scales: [String: Double] = Dictionary(entries("scale").map { ($0.0.joined(separator: " "), Double($0.1) ?? 1) }, uniquingKeysWith: { a, _ in a })
    static let fractions: [String: Double] = Dictionary(entries("fraction").map { ($0.0.joined(separator: " "), Double($0.1) ?? 0) }, uniquingKeysWith: { a, _ in a })
    static let currencies: [String: String] = Dictionary(entries("currency").map { ($0.0.joined(separator: " "), $0.1) }, uniquingKeysWith: { a, _ in a })
    static let percentWords: [[String]] = entries("percent").map(\.0).sorted { $0.count > $1.count }
    static let relativeDates: [[String]] = entries("relative").map(\.0).sorted { $0.count > $1.count }

    /// Month names and abbreviations → 1…12, from the first month line of Lexicons/Calendar.swift.
    static let monthNumbers: [String: Int] = {
        var m: [String: Int] = [:]
        let full = Lexicon.classLines(calendarData).first { $0.0 == "month" }?.1 ?? []
        for (i, name) in full.enumerated() {
            m[name] = i + 1
            m[String(name.prefix(3))] = i + 1
        }
        m["sept"] = 9
        return m
    }()
}
