/// The facts two reports give differently, for `compare`. A number on one side is paired with a
/// number on the other that counts the same thing (the same unit) where it stands in the same
/// context (a content word shared within a few words of each: "more than 40 drones … Tuesday" and
/// "waves of Russian drones … Tuesday night"); the pair is `same` when the values agree, else
/// `changed`. Places (given after "in", "at", "to" …) and dates are paired by the event noun beside
/// them ("talks … in the Middle East" and "to Saudi Arabia for further talks").
struct CompareFacts {
    let left: ArticleAnalysis
    let articleA: Article
    let right: ArticleAnalysis
    let articleB: Article
    let index: EntityIndex

    /// How many words either side of a number or a place count as its context.
    private static let window = 8

    func rows() -> [Compare.Row] { numbers() + places() + dates() }

    // MARK: - Numbers

    private func numbers() -> [Compare.Row] {
        var rows: [Compare.Row] = []
        let contextB = right.numbers.map { context(articleB, $0.span) }
        for n in left.numbers {
            guard let unit = n.unit, unit != "fraction" else { continue }
            let candidates = right.numbers.indices.filter { right.numbers[$0].unit == unit }
            guard !candidates.isEmpty else { continue }
            // The same value counting the same thing: reported alike, whatever the words around it.
            if let same = candidates.first(where: { n.value != nil && right.numbers[$0].value == n.value }) {
                rows.append(row("number", unit, n, right.numbers[same], diff: "same"))
                continue
            }
            let here = context(articleA, n.span)
            let best = candidates.map { ($0, here.intersection(contextB[$0]).count) }.filter { $0.1 > 0 }.max { $0.1 < $1.1 }
            if let (m, _) = best { rows.append(row("number", unit, n, right.numbers[m], diff: "changed")) }
        }
        return rows
    }

    private func row(_ section: String, _ about: String, _ n: NumberMention, _ m: NumberMention, diff: String) -> Compare.Row {
        Compare.Row(section: section, about: about, left: articleA.text(n.span), right: articleB.text(m.span), diff: diff,
                    detail: "\(Self.amount(n)) \(diff == "same" ? "=" : "≠") \(Self.amount(m))", leftSpan: n.span, rightSpan: m.span)
    }

    /// "more than 40", "about 300", "waves": the value with its qualifier.
    private static func amount(_ n: NumberMention) -> String {
        let value = n.value.map { $0 == $0.rounded() && abs($0) < 1e15 ? String(Int($0)) : String($0) }
        return [n.qualifier, value].compactMap { $0 }.joined(separator: " ")
    }

    /// The content words within `window` words of a span, in its sentence, lower-cased (a
    /// demonym as its country: "Russian" is "russia").
    private func context(_ a: Article, _ span: Span) -> Set<String> {
        guard let s = a.sentences.first(where: { $0.span.start <= span.start && span.start < $0.span.end }) else { return [] }
        let inside = s.tokens.filter { a.tokens[$0].span.start >= span.start && a.tokens[$0].span.end <= span.end }
        guard let first = inside.first, let last = inside.last else { return [] }
        var words = Set<String>()
        let from = max(s.tokens.lowerBound, first - Self.window), to = min(s.tokens.upperBound, last + 1 + Self.window)
        for k in from..<to where (k < first || k > last) && a.tokens[k].kind == .word {
            var w = a.text(a.tokens[k]).lowercased()
            if let country = Gazetteer.demonyms.lookup(w) { w = country.lowercased() }
            if w.count >= 4 && !Lexicon.fillerWords.contains(w) { words.insert(w) }
        }
        return words
    }

    // MARK: - Places and dates, by the event they are given for

    /// Event noun → what one report gives beside it (a place or a date), with the span.
    private typealias Facts = [String: [(String, Span)]]

    private func places() -> [Compare.Row] {
        func facts(_ analysis: ArticleAnalysis, _ a: Article) -> Facts {
            var out: Facts = [:]
            for m in analysis.mentions where m.type == .place && m.entity >= 0 && !m.inQuote && isLocated(m, a) {
                guard let name = index.name(article: a.id, local: m.entity) else { continue }
                for event in events(near: m.span, in: a) where !(out[event]?.contains { $0.0 == name } ?? false) {
                    out[event, default: []].append((name, m.span))
                }
            }
            return out
        }
        return paired("event place", facts(left, articleA), facts(right, articleB))
    }

    private func dates() -> [Compare.Row] {
        func facts(_ analysis: ArticleAnalysis, _ a: Article) -> Facts {
            var out: Facts = [:]
            // Not a decade or a time of day with no date ("the ’90s", "4 a.m."): no event's date.
            for d in analysis.dates where d.resolved != nil || !a.text(d.span).contains(where: \.isNumber) {
                let text = d.resolved ?? a.text(d.span).lowercased()
                for event in events(near: d.span, in: a) where !(out[event]?.contains { $0.0 == text } ?? false) {
                    out[event, default: []].append((text, d.span))
                }
            }
            return out
        }
        return paired("event date", facts(left, articleA), facts(right, articleB))
    }

    /// A place given as where something is: after "in", "at", "to" … (past "the").
    private func isLocated(_ m: Mention, _ a: Article) -> Bool {
        var k = m.tokens.lowerBound - 1
        if k >= 0 && a.text(a.tokens[k]).lowercased() == "the" { k -= 1 }
        return k >= 0 && Lexicon.locatives.contains(a.text(a.tokens[k]).lowercased())
    }

    /// The event nouns within `window` words of a span.
    private func events(near span: Span, in a: Article) -> [String] {
        context(a, span).filter { Lexicon.eventNouns.contains($0) }.sorted()
    }

    /// For each event both reports give facts for: `same` when they give the same, else `changed`
    /// with what each gives that the other does not.
    private func paired(_ section: String, _ fa: Facts, _ fb: Facts) -> [Compare.Row] {
        var rows: [Compare.Row] = []
        for event in fa.keys.sorted() {
            guard let l = fa[event], let r = fb[event] else { continue }
            let onlyL = l.filter { x in !r.contains { $0.0 == x.0 } }, onlyR = r.filter { x in !l.contains { $0.0 == x.0 } }
            if onlyL.isEmpty || onlyR.isEmpty {
                let shared = l.filter { x in r.contains { $0.0 == x.0 } }
                guard let s = shared.first, let t = r.first(where: { $0.0 == s.0 }) else { continue }
                rows.append(Compare.Row(section: section, about: event, left: s.0, right: t.0, diff: "same", leftSpan: s.1, rightSpan: t.1))
            } else {
                rows.append(Compare.Row(section: section, about: event, left: onlyL.map(\.0).joined(separator: ", "),
                                        right: onlyR.map(\.0).joined(separator: ", "), diff: "changed",
                                        leftSpan: onlyL[0].1, rightSpan: onlyR[0].1))
            }
        }
        return rows
    }
}
