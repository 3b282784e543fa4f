/// `compare 1 2`: two reports of one event side by side, for a fact-checker — the people,
/// organisations and places both name or only one does, the sources, the quotes that are the same
/// statement (same speaker, similar words) with a word diff, the quotes only one report carries,
/// and the facts that differ (`CompareFacts`: numbers, places and dates of the same thing).
///
/// Rows: `section` (person, organization, place, source, quote, number, event place, event date), `about` (the
/// speaker, what a number counts, the event a place or date is given for), `left`, `right`,
/// `diff` (same, changed, only left, only right: what a query filters on), `detail` (the word
/// diff, the values, the quote's kind), and the offsets of both sides.
struct Compare {
    let corpus: Corpus

    static let columns = [Column("section", .string), Column("about", .string), Column("left", .string), Column("right", .string),
                          Column("diff", .string), Column("detail", .string), Column("left_start", .int), Column("left_end", .int),
                          Column("right_start", .int), Column("right_end", .int)]

    /// One row before it becomes values.
    struct Row {
        var section: String
        var about: String? = nil
        var left: String? = nil
        var right: String? = nil
        var diff: String
        var detail: String? = nil
        var leftSpan: Span? = nil
        var rightSpan: Span? = nil

        var values: [Value] {
            func s(_ v: String?) -> Value { v.map(Value.string) ?? .null }
            return [.string(section), s(about), s(left), s(right), .string(diff), s(detail),
                    leftSpan.map { .int($0.start) } ?? .null, leftSpan.map { .int($0.end) } ?? .null,
                    rightSpan.map { .int($0.start) } ?? .null, rightSpan.map { .int($0.end) } ?? .null]
        }
    }

    func run(_ a: Int, _ b: Int) -> Table {
        guard let left = corpus.analysis(id: a), let right = corpus.analysis(id: b),
              let articleA = corpus.article(id: a), let articleB = corpus.article(id: b) else { return Table(columns: Compare.columns) }
        var rows = entities(left, a, right, b)
        rows += sources(left, a, right, b)
        rows += quotes(left, articleA, right, articleB)
        // The facts read the words around each number and place: the two articles' tokens.
        rows += CompareFacts(left: left, articleA: articleA.withTokens(), right: right, articleB: articleB.withTokens(),
                             index: corpus.entityIndex).rows()
        return Table(columns: Compare.columns, rows: rows.map(\.values))
    }

    /// People, organisations and places, by corpus entity, with the first mention on each side.
    private func entities(_ left: ArticleAnalysis, _ a: Int, _ right: ArticleAnalysis, _ b: Int) -> [Row] {
        let index = corpus.entityIndex
        func named(_ analysis: ArticleAnalysis, _ id: Int) -> [(entity: Int, span: Span?)] {
            var seen: [(entity: Int, span: Span?)] = []
            for (l, e) in analysis.entities.enumerated() where e.type != .other {
                if let g = index.corpusEntity(article: id, local: l), !seen.contains(where: { $0.entity == g }) { seen.append((g, analysis.mentions(of: l).first?.span)) }
            }
            return seen
        }
        let ea = named(left, a), eb = named(right, b)
        var rows: [Row] = []
        for (g, span) in ea {
            let e = index.entities[g]
            if let other = eb.first(where: { $0.entity == g }) {
                rows.append(Row(section: e.type.rawValue, left: e.name, right: e.name, diff: "same", leftSpan: span, rightSpan: other.span))
            } else {
                rows.append(Row(section: e.type.rawValue, left: e.name, diff: "only left", leftSpan: span))
            }
        }
        for (g, span) in eb where !ea.contains(where: { $0.entity == g }) {
            rows.append(Row(section: index.entities[g].type.rawValue, right: index.entities[g].name, diff: "only right", rightSpan: span))
        }
        return rows
    }

    /// Sources, with the role each article gives them: changed when the roles differ.
    private func sources(_ left: ArticleAnalysis, _ a: Int, _ right: ArticleAnalysis, _ b: Int) -> [Row] {
        let index = corpus.entityIndex
        func cited(_ analysis: ArticleAnalysis, _ id: Int) -> [(name: String, described: String, span: Span?)] {
            analysis.sources.compactMap { s in
                guard let name = index.sourceName(s.speaker, article: id) else { return nil }
                let role = [s.role, s.affiliation].compactMap { $0 }.joined(separator: ", ")
                // Where it is first named: a mention, or the words that name a group ("officials").
                var span = analysis.quotes.first { $0.speaker == s.speaker }?.speakerSpan
                if case .entity(let local) = s.speaker, let m = analysis.mentions(of: local).first { span = m.span }
                return (name, role.isEmpty ? name : "\(name) (\(role))", span)
            }
        }
        let sa = cited(left, a), sb = cited(right, b)
        var rows: [Row] = []
        for s in sa {
            if let other = sb.first(where: { $0.name == s.name }) {
                rows.append(Row(section: "source", about: s.name, left: s.described, right: other.described,
                                diff: s.described == other.described ? "same" : "changed", leftSpan: s.span, rightSpan: other.span))
            } else {
                rows.append(Row(section: "source", about: s.name, left: s.described, diff: "only left", leftSpan: s.span))
            }
        }
        for s in sb where !sa.contains(where: { $0.name == s.name }) {
            rows.append(Row(section: "source", about: s.name, right: s.described, diff: "only right", rightSpan: s.span))
        }
        return rows
    }

    /// Quotes that are the same statement (same speaker, half the words or more shared), with their
    /// word diff; then the quotes — direct, partial and reported — only one report carries.
    private func quotes(_ left: ArticleAnalysis, _ articleA: Article, _ right: ArticleAnalysis, _ articleB: Article) -> [Row] {
        let qa = left.quotes.sorted { $0.text.start < $1.text.start }
        let qb = right.quotes.sorted { $0.text.start < $1.text.start }
        let index = corpus.entityIndex
        // Who each quote is from: its speaker, or an unnamed source's words, so that two reports
        // quoting officials line up.
        let speakersB = qb.map { index.sourceName($0.speaker, article: articleB.id) }
        let wordsB = qb.map { Compare.words(articleB.text($0.text)) }
        var usedB = Set<Int>()
        var rows: [Row] = []
        var onlyLeft: [Row] = []
        for q in qa {
            let speaker = index.sourceName(q.speaker, article: articleA.id)
            let textA = articleA.text(q.text)
            let wordsA = Compare.words(textA)
            let matches = qb.indices.filter { speaker != nil && speakersB[$0] == speaker && Compare.similarity(wordsA, wordsB[$0]) >= 0.5 }
            guard let first = matches.first else {
                onlyLeft.append(Row(section: "quote", about: speaker, left: textA, diff: "only left", detail: q.kind.rawValue, leftSpan: q.text))
                continue
            }
            usedB.formUnion(matches)
            let textB = matches.map { articleB.text(qb[$0].text) }.joined(separator: " … ")
            let diff = WordDiff.diff(textA, textB)
            rows.append(Row(section: "quote", about: speaker, left: textA, right: textB,
                            diff: diff.contains("[-") || diff.contains("{+") ? "changed" : "same", detail: diff,
                            leftSpan: q.text, rightSpan: qb[first].text))
        }
        rows += onlyLeft
        for (j, q) in qb.enumerated() where !usedB.contains(j) {
            rows.append(Row(section: "quote", about: speakersB[j], right: articleB.text(q.text), diff: "only right",
                            detail: q.kind.rawValue, rightSpan: q.text))
        }
        return rows
    }

    /// Lower-cased words of three letters or more.
    static func words(_ s: String) -> Set<String> {
        Set(s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).filter { $0.count >= 3 }.map(String.init))
    }

    /// Shared words over the smaller set: a short quote inside a longer one scores 1.
    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        let smaller = min(a.count, b.count)
        return smaller == 0 ? 0 : Double(a.intersection(b).count) / Double(smaller)
    }
}
