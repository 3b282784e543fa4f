/// Finds numbers and dates in an article's story. Numbers: digits with their currency, scale and
/// unit ("$1.13bn", "76%", "40,000 people", "30-day"), number and fraction words ("forty", "a
/// fifth"), and the qualifier before them ("more than", "about"). Dates: month and day with an
/// optional year ("March 11", "Jan. 12, 2025"), years ("2022"), weekdays, relative references
/// ("last week"). A token is either a number or part of a date, never both.
struct QuantityFinder {
    let article: Article
    let t: TokenText

    func run() -> ([NumberMention], [DateMention]) {
        var numbers: [NumberMention] = []
        var dates: [DateMention] = []
        for s in article.sentences where article.paragraphs[s.paragraph].kind == .body {
            var k = s.tokens.lowerBound
            while k < s.tokens.upperBound {
                let kind = t.tokens[k].kind
                if kind != .number && kind != .symbol && t.exact(QuantityLexicon.openers, k) == nil {
                    k += 1
                    continue
                }
                if let (date, end) = date(at: k, limit: s.tokens.upperBound) {
                    dates.append(date)
                    k = end
                } else if let (number, end) = number(at: k, limit: s.tokens.upperBound, sentenceStart: s.tokens.lowerBound) {
                    numbers.append(number)
                    k = end
                } else {
                    k += 1
                }
            }
        }
        return (numbers, dates)
    }

    /// The longest phrase of `phrases` starting at k: its length in tokens.
    private func phrase(at k: Int, limit: Int, _ phrases: PhraseTable) -> Int? {
        phrases.match(t, at: k, limit: limit)
    }

    // MARK: - Dates

    private func date(at k: Int, limit: Int) -> (DateMention, Int)? {
        let tok = t.tokens[k]
        if tok.kind == .word, tok.flags.contains(.capitalized), let month = t.exact(QuantityLexicon.monthNumbers, k) {
            // "May" alone is too often a verb or a name: a month needs a day or a year next to it.
            var j = k + 1
            if j < limit && t.isPunct(j, 0x2E) && !t.tokens[j].flags.contains(.spaceBefore) { j += 1 }
            if j < limit, let day = smallNumber(j), day >= 1 && day <= 31 {
                var end = j + 1
                var year: Int? = nil
                if end + 1 < limit && t.isPunct(end, 0x2C), let y = yearValue(end + 1) { year = y; end += 2 }
                let resolved = year.map { String(format4($0)) + "-" + two(month) + "-" + two(day) } ?? "--" + two(month) + "-" + two(day)
                return (DateMention(span: Span(t.start(k), t.end(end - 1)), resolved: resolved), end)
            }
            if j < limit, let y = yearValue(j) {
                return (DateMention(span: Span(t.start(k), t.end(j)), resolved: format4(y) + "-" + two(month)), j + 1)
            }
            if t.tokens[k].length > 3 && !t.is(k, "may") && !t.is(k, "march") {
                return (DateMention(span: Span(t.start(k), t.end(k)), resolved: nil), k + 1)
            }
            return nil
        }
        if let day = smallNumber(k), day >= 1 && day <= 31, k + 1 < limit, t.tokens[k + 1].flags.contains(.capitalized),
           let month = t.exact(QuantityLexicon.monthNumbers, k + 1) {  // "11 March 2022"
            if k + 2 < limit, let y = yearValue(k + 2) {
                return (DateMention(span: Span(t.start(k), t.end(k + 2)), resolved: format4(y) + "-" + two(month) + "-" + two(day)), k + 3)
            }
            return (DateMention(span: Span(t.start(k), t.end(k + 1)), resolved: "--" + two(month) + "-" + two(day)), k + 2)
        }
        if let y = yearValue(k), !(k > 0 && isCurrency(k - 1)), !(k + 1 < limit && isScaleOrPercent(k + 1)) {
            return (DateMention(span: Span(t.start(k), t.end(k)), resolved: format4(y)), k + 1)
        }
        if tok.kind == .number, t.b[t.start(k)] == 0x27 || (t.b[t.start(k)] == 0xE2 && t.tokens[k].length > 3 && t.b[t.start(k) + 2] == 0x99) {  // the '90s
            return (DateMention(span: Span(t.start(k), t.end(k)), resolved: nil), k + 1)
        }
        // "4 a.m.", "11:30 p.m.": a time of day.
        if let hour = smallNumber(k), hour <= 24, k + 1 < limit, t.isAny(k + 1, WordLists.timeOfDay) {
            return (DateMention(span: Span(t.start(k), t.end(k + 1)), resolved: nil), k + 2)
        }
        if tok.kind == .word && tok.flags.contains(.capitalized) && t.contains(Gazetteer.weekdays, k) && t.tokens[k].length > 4 {
            return (DateMention(span: Span(t.start(k), t.end(k)), resolved: nil), k + 1)
        }
        if let n = phrase(at: k, limit: limit, QuantityLexicon.relativeDates) {
            return (DateMention(span: Span(t.start(k), t.end(k + n - 1)), resolved: nil), k + n)
        }
        return nil
    }

    private func smallNumber(_ k: Int) -> Int? {
        guard t.tokens[k].kind == .number, t.tokens[k].length <= 2 else { return nil }
        return t.digitsValue(k)
    }

    private func yearValue(_ k: Int) -> Int? {
        guard t.tokens[k].kind == .number, t.tokens[k].length == 4, let y = t.digitsValue(k), y >= 1800 && y <= 2100 else { return nil }
        return y
    }

    private func format4(_ y: Int) -> String { String(y) }
    private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    // MARK: - Numbers

    private func isCurrency(_ k: Int) -> Bool { t.exact(QuantityLexicon.currencies, k) != nil && t.tokens[k].kind != .word || t.is(k, "us$") }
    private func isPercentSign(_ k: Int) -> Bool { t.tokens[k].length == 1 && t.b[t.start(k)] == 0x25 }
    private func isScaleOrPercent(_ k: Int) -> Bool {
        t.exact(QuantityLexicon.scales, k) != nil || isPercentSign(k) || phrase(at: k, limit: k + 2, QuantityLexicon.percentWords) != nil
    }

    private func number(at k: Int, limit: Int, sentenceStart: Int) -> (NumberMention, Int)? {
        var start = k
        var qualifier: String? = nil
        var j = k
        if let n = phrase(at: k, limit: limit, QuantityLexicon.qualifiers) {
            qualifier = t.phrase(k, k + n).lowercased()
            j = k + n
        }
        var currency: String? = nil
        if j < limit && t.tokens[j].kind == .symbol, let code = t.exact(QuantityLexicon.currencies, j) {
            currency = code
            j += 1
        }
        guard j < limit else { return nil }
        // "thousands of people", "waves of drones": how many is not said; the words qualify.
        if currency == nil, let n = phrase(at: j, limit: limit, QuantityLexicon.vague), j + n + 1 < limit, t.is(j + n, "of") {
            var noun = j + n + 1  // past a demonym or a name: "waves of Russian drones"
            while noun < min(limit, j + n + 3) && t.isCapitalized(noun) { noun += 1 }
            if noun < limit && t.isLowerWord(noun) && !t.contains(Lexicon.determiners, noun) {
                let words = t.phrase(j, j + n).lowercased()
                return (NumberMention(span: Span(t.start(k), t.end(noun)), value: nil, unit: t.string(noun),
                                      qualifier: qualifier.map { $0 + " " + words } ?? words), noun + 1)
            }
        }
        var value: Double
        var unit: String? = nil
        var end = j + 1
        if t.tokens[j].kind == .number && !(t.b[t.start(j)] == 0x27) {
            // "Channel 7", "Air Force One": a number right after a name is part of it.
            if j > sentenceStart && currency == nil && t.isCapitalized(j - 1) && t.tokens[j].flags.contains(.spaceBefore) { return nil }
            guard let (v, suffix) = parseNumber(j) else { return nil }
            if j + 1 < limit && t.isAny(j + 1, WordLists.dottedTimeOfDay) { return nil }  // a time: a date
            value = v
            if var suffix {
                if suffix.hasSuffix("'s") || suffix.hasSuffix("’s") { suffix = String(suffix.dropLast(suffix.hasSuffix("'s") ? 2 : 4)) }
                if let scale = QuantityLexicon.scales.lookup(suffix) { value *= scale }
                else if !suffix.isEmpty && suffix != "s" && Double(suffix) == nil { unit = suffix }  // not "90s", not "4-3"
            }
        } else if t.isWord(j), let v = t.exact(QuantityLexicon.cardinals, j),
                  !(t.isCapitalized(j) && j > sentenceStart && j > 0 && t.isCapitalized(j - 1)) {  // not "World War Two"
            value = v
        } else if t.isAny(j, WordLists.fractionCounts), j + 1 < limit, let f = t.exact(QuantityLexicon.fractions, j + 1) {
            value = f
            unit = "fraction"
            end = j + 2
        } else if t.isWord(j), j > start || qualifier != nil, let f = t.exact(QuantityLexicon.fractions, j) {
            value = f
            unit = "fraction"
        } else {
            return nil
        }
        // A scale word after: "4.5 million", "two billion".
        if end < limit, t.isWord(end), let scale = t.exact(QuantityLexicon.scales, end), t.tokens[end].length > 2 {
            value *= scale
            end += 1
        }
        if let n = phrase(at: end, limit: limit, QuantityLexicon.percentWords) {
            unit = "percent"
            end += n
        } else if end < limit, isPercentSign(end) {
            unit = "percent"
            end += 1
        } else if end < limit, t.isWord(end), let code = t.exact(QuantityLexicon.currencies, end) {
            currency = code
            end += 1
        } else if unit == nil, end < limit, t.isLowerWord(end), !t.contains(Lexicon.prepositions, end), !t.contains(Lexicon.determiners, end),
                  !t.contains(Lexicon.auxiliaries, end), !t.isAny(end, WordLists.notUnits), t.lookup(Lexicon.pronouns, end) == nil {
            unit = t.string(end)  // "40 drones", "46 people"
            end += 1
        }
        if let currency { unit = currency }
        if qualifier == nil { start = j - (currency != nil && t.tokens[j - 1].kind == .symbol ? 1 : 0) }
        return (NumberMention(span: Span(t.start(start), t.end(end - 1)), value: value, unit: unit, qualifier: qualifier), end)
    }

    /// "1.13bn" → (1.13, "bn"); "40,000" → (40000, nil); "30-day" → (30, "day").
    private func parseNumber(_ k: Int) -> (Double, String?)? {
        var digits: [UInt8] = []
        var i = t.start(k)
        let e = t.end(k)
        while i < e, CharClass.isASCIIDigit(t.b[i]) || t.b[i] == 0x2E || t.b[i] == 0x2C {
            if t.b[i] != 0x2C { digits.append(t.b[i]) }
            i += 1
        }
        guard let v = Double(String(decoding: digits, as: UTF8.self)) else { return nil }
        if i < e && t.b[i] == 0x2D { i += 1 }
        return (v, i < e ? t.string(i, e) : nil)
    }
}
