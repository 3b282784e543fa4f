/// `why quote N`: the evidence behind an extracted item, as rows of (field, value): the sentence
/// with the quote [[marked]], the speaker's words <marked> and the cue {marked}, the rule that fired,
/// and how a pronoun, description or surname was resolved.
struct Why {
    let corpus: Corpus

    func explain(_ target: WhyTarget, _ n: Int, range: Range<Int>) throws(QueryError) -> Table {
        switch target {
        case .quote: return try quote(n, range: range)
        }
    }

    private func quote(_ n: Int, range: Range<Int>) throws(QueryError) -> Table {
        var id = 0
        for a in corpus.articles {
            guard let analysis = corpus.analysis(id: a.id) else { continue }
            let quotes = analysis.quotes.sorted { $0.text.start < $1.text.start }
            if id + quotes.count < n { id += quotes.count; continue }
            let q = quotes[n - id - 1]
            var rows: [[Value]] = []
            func row(_ field: String, _ value: String?) { rows.append([.string(field), value.map(Value.string) ?? .null]) }
            row("quote", "\(n)")
            row("article", a.name)
            row("paragraph", "\(q.paragraph + 1)")
            row("kind", q.kind.rawValue)
            row("text", a.text(q.text))
            row("speaker", corpus.speakerName(q.speaker, article: a.id))
            row("speaker words", q.speakerSpan.map { a.text($0) })
            row("cue", q.cue.map { a.text($0) })
            row("rule", q.rule.rawValue)
            row("resolution", q.resolution)
            row("evidence", marked(a, q))
            return Table(columns: [Column("field", .string), Column("value", .string)], rows: rows)
        }
        let total = id
        throw .evaluation(total == 0 ? "there are no quotes" : "no quote \(n)", at: range,
                          hint: total == 0 ? nil : "quote ids run from 1 to \(total)")
    }

    /// The sentences around a quote with the quote, the speaker's words and the cue marked.
    private func marked(_ a: Article, _ q: Quote) -> String {
        var spans = [q.text]
        if let s = q.speakerSpan { spans.append(s) }
        if let c = q.cue { spans.append(c) }
        let from = min(spans.map(\.start).min()!, a.sentences[q.sentence].span.start)
        let to = spans.map(\.end).max()!
        let lo = a.sentences.first { $0.span.contains(from) || $0.span.start >= from }?.span.start ?? from
        let hi = a.sentences.first { $0.span.contains(to - 1) }?.span.end ?? to
        var marks: [(Int, String)] = [(q.text.start, "[["), (q.text.end, "]]")]
        if let s = q.speakerSpan { marks += [(s.start, "<"), (s.end, ">")] }
        if let c = q.cue { marks += [(c.start, "{"), (c.end, "}")] }
        var out = ""
        var pos = min(lo, from)
        for (offset, mark) in marks.sorted(by: { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1.hasPrefix("]")) }) where offset >= pos {
            out += a.text(Span(pos, offset)) + mark
            pos = offset
        }
        out += a.text(Span(pos, max(pos, hi)))
        return out
    }
}
