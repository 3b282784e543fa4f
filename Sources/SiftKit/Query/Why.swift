/// `why quote N`: the evidence behind an extracted item, as rows of (field, value): the sentence
/// with the quote [[marked]], the speaker's words <marked> and the cue {marked}, the rule that fired,
/// and how a pronoun, description or surname was resolved.
struct Why {
    let corpus: Corpus

    func explain(_ target: WhyTarget, _ n: Int, range: Range<Int>) throws(QueryError) -> Table {
        guard n >= 1 else {
            throw .evaluation("no \(target.rawValue) \(n)", at: range, hint: "\(target.rawValue) ids start at 1")
        }
        switch target {
        case .quote: return try quote(n, range: range)
        case .entity: return try entity(n, range: range)
        case .source: return try source(n, range: range)
        }
    }

    /// `why entity "NAME"` / `why source "NAME"`: the first one whose name (or, for an entity, an
    /// alias) is NAME, ignoring case.
    func explain(_ target: WhyTarget, named name: String, range: Range<Int>) throws(QueryError) -> Table {
        let wanted = name.lowercased()
        var names: [String] = []
        switch target {
        case .quote:
            throw .evaluation("quotes have no names", at: range, hint: "e.g. why quote 3")
        case .entity:
            for (i, e) in corpus.entityIndex.entities.enumerated() {
                if e.name.lowercased() == wanted || e.aliases.contains(where: { $0.lowercased() == wanted }) {
                    return try entity(i + 1, range: range)
                }
                names.append(e.name)
            }
        case .source:
            let all = namedSources()
            if let i = all.firstIndex(where: { $0.name.lowercased() == wanted }) { return try source(i + 1, range: range) }
            names = all.map(\.name)
        }
        let hint = Suggest.closest(to: name, among: names).map { "did you mean '\($0)'?" }
        throw .evaluation("no \(target.rawValue) named '\(name)'", at: range, hint: hint ?? "list them with: \(target.plural)")
    }

    private func quote(_ n: Int, range: Range<Int>) throws(QueryError) -> Table {
        var id = 0
        for a in corpus.articles {
            guard let analysis = corpus.analysis(id: a.id) else { continue }
            let quotes = analysis.quotes
            if id + quotes.count < n { id += quotes.count; continue }
            let q = quotes[n - id - 1]
            // A corpus keeps no explanations: they come from analysing the article again.
            let explained = Analyzer.explained(a).quotes[n - id - 1]
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
            row("rule", "\(q.rule.id): \(q.rule.rawValue)")
            row("resolution", explained.resolution)
            if let score = explained.chosenScore, !explained.runnersUp.isEmpty {
                row("score", "\((score * 100).rounded() / 100)")
                for (i, r) in explained.runnersUp.prefix(Quote.runnersUpKept).enumerated() {
                    let who = corpus.speakerName(r.speaker, article: a.id) ?? r.speakerSpan.map { "“\(a.text($0))”" } ?? "no one"
                    row("runner-up \(i + 1)", "\(who) — \(r.rule.id), score \((r.score * 100).rounded() / 100)")
                }
            }
            row("quote marks", analysis.quoteConvention.summary)
            row("evidence", marked(a, q))
            return Table(columns: [Column("field", .string), Column("value", .string)], rows: rows, keepWhole: true)
        }
        let total = id
        throw .evaluation(total == 0 ? "there are no quotes" : "no quote \(n)", at: range,
                          hint: total == 0 ? nil : "quote ids run from 1 to \(total)")
    }

    private static let columns = [Column("field", .string), Column("value", .string)]

    /// `why entity N`: the entity's names, and the evidence of its first mentions.
    private func entity(_ n: Int, range: Range<Int>) throws(QueryError) -> Table {
        let index = corpus.entityIndex
        guard n >= 1 && n <= index.entities.count else {
            throw .evaluation(index.entities.isEmpty ? "there are no entities" : "no entity \(n)", at: range,
                              hint: index.entities.isEmpty ? nil : "entity ids run from 1 to \(index.entities.count)")
        }
        let e = index.entities[n - 1]
        var rows: [[Value]] = []
        func row(_ f: String, _ v: String?) { rows.append([.string(f), v.map(Value.string) ?? .null]) }
        row("entity", "\(n)")
        row("name", e.name)
        row("type", e.type.rawValue)
        row("aliases", e.aliases.joined(separator: ", "))
        row("articles", e.articles.compactMap { corpus.article(id: $0)?.name }.joined(separator: ", "))
        row("why this name", "the fullest form any article uses")
        if e.type == .person {
            row("gender", e.gender.name + (e.gender == .unknown ? " (no evidence, or the evidence conflicts)" : ""))
            var told = 0
            for a in corpus.articles where e.articles.contains(a.id) && told < 5 {
                guard let analysis = corpus.analysis(id: a.id) else { continue }
                // A corpus keeps that there is evidence, not its words: they come from analysing
                // the article again.
                var explained: ArticleAnalysis? = nil
                for (l, local) in analysis.entities.enumerated() where index.corpusEntity(article: a.id, local: l) == n - 1 && local.genderFinding.hasEvidence {
                    if explained == nil { explained = Analyzer.explained(a) }
                    let full = explained!.entities[l]
                    told += 1
                    row("gender evidence \(told)", "\(a.name): \(full.genderFinding.gender.name), from " + full.genderEvidence)
                }
            }
        }
        // The evidence behind the type: every mention's, most frequent first.
        var tally: [MentionEvidence: Int] = [:]
        for a in corpus.articles where e.articles.contains(a.id) {
            guard let analysis = corpus.analysis(id: a.id) else { continue }
            for m in analysis.mentions where index.corpusEntity(article: a.id, local: m.entity) == n - 1 { tally[m.evidence, default: 0] += 1 }
        }
        row("why this type", tally.sorted { $0.value > $1.value || $0.value == $1.value && $0.key.rawValue < $1.key.rawValue }
            .map { "\($0.key.rawValue) ×\($0.value)" }.joined(separator: "; "))
        var shown = 0
        for a in corpus.articles where e.articles.contains(a.id) {
            guard let analysis = corpus.analysis(id: a.id) else { continue }
            for m in analysis.mentions where index.corpusEntity(article: a.id, local: m.entity) == n - 1 {
                guard shown < 5 else { break }
                shown += 1
                let sentence = a.sentences[m.sentence].span
                let marked = a.text(Span(sentence.start, m.span.start)) + "<" + a.text(m.span) + ">" + a.text(Span(m.span.end, sentence.end))
                row("mention \(shown)", "\(a.name): \(m.type.rawValue), from \(m.evidence.rawValue): \(marked)")
            }
        }
        return Table(columns: Why.columns, rows: rows, keepWhole: true)
    }

    /// `why source N`: where the role and affiliation came from, and why the category.
    private func source(_ n: Int, range: Range<Int>) throws(QueryError) -> Table {
        let all = namedSources()
        guard n >= 1 && n <= all.count else {
            throw .evaluation(all.isEmpty ? "there are no sources" : "no source \(n)", at: range,
                              hint: all.isEmpty ? nil : "source ids run from 1 to \(all.count)")
        }
        let (a, analysis, s, name) = all[n - 1]
        var rows: [[Value]] = []
        func row(_ f: String, _ v: String?) { rows.append([.string(f), v.map(Value.string) ?? .null]) }
        row("source", "\(n)")
        row("name", name)
        row("article", a.name)
        row("role", s.role)
        row("affiliation", s.affiliation)
        row("category", s.category.rawValue)
        switch s.speaker {
        case .group(let text):
            row("evidence", "people named together: “\(text)”")
        case .unnamed(let text):
            row("evidence", "an unnamed or collective source: “\(text)”")
        case .entity(let local):
            let mentions = analysis.mentions(of: local)
            if let m = mentions.first(where: { $0.appositive != nil }), let ap = m.appositive {
                row("evidence", "introduced as “\(a.text(m.span)), \(a.text(ap))”")
            } else if let m = mentions.first(where: { $0.title != nil }), let t = m.title {
                row("evidence", "introduced as “\(a.text(t)) \(a.text(m.span))”")
            } else {
                row("evidence", analysis.entities[local].type == .person ? "named with no role" : "an organisation or place as speaker")
            }
        }
        row("quotes", "\(s.quotes)")
        return Table(columns: Why.columns, rows: rows, keepWhole: true)
    }

    /// The sources with a name, in the order (and so with the ids) of the `sources` rows.
    private func namedSources() -> [(article: Article, analysis: ArticleAnalysis, source: Source, name: String)] {
        var out: [(article: Article, analysis: ArticleAnalysis, source: Source, name: String)] = []
        let index = corpus.entityIndex
        for a in corpus.articles {
            guard let analysis = corpus.analysis(id: a.id) else { continue }
            for s in analysis.sources {
                if let name = index.sourceName(s.speaker, article: a.id) { out.append((a, analysis, s, name)) }
            }
        }
        return out
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
