/// `compare 1 2`: two reports of one event side by side — the entities and sources both name or
/// only one does, the quotes that are the same statement (same speaker, similar words) with a
/// word-level diff, and the numbers that differ for the same thing. Rows: section, left, right, diff.
struct Compare {
    let corpus: Corpus

    static let columns = [Column("section", .string), Column("left", .string), Column("right", .string), Column("diff", .string)]

    func run(_ a: Int, _ b: Int) -> Table {
        var table = Table(columns: Compare.columns)
        guard let left = corpus.analysis(id: a), let right = corpus.analysis(id: b) else { return table }
        let index = corpus.entityIndex
        func row(_ section: String, _ l: String?, _ r: String?, _ d: String?) {
            table.rows.append([.string(section), l.map(Value.string) ?? .null, r.map(Value.string) ?? .null, d.map(Value.string) ?? .null])
        }

        // Entities: people, organisations and places, by corpus entity.
        func named(_ analysis: ArticleAnalysis, _ id: Int) -> [Int] {
            var seen: [Int] = []
            for (l, e) in analysis.entities.enumerated() where e.type != .other {
                let g = index.global[id - 1][l]
                if g >= 0 && !seen.contains(g) { seen.append(g) }
            }
            return seen
        }
        let ea = named(left, a), eb = named(right, b)
        for g in ea where eb.contains(g) { row("entity", index.entities[g].name, index.entities[g].name, "both") }
        for g in ea where !eb.contains(g) { row("entity", index.entities[g].name, nil, "only left") }
        for g in eb where !ea.contains(g) { row("entity", nil, index.entities[g].name, "only right") }

        // Sources, with the role each article gives them.
        func cited(_ analysis: ArticleAnalysis, _ id: Int) -> [(String, String)] {
            analysis.sources.compactMap { s in
                guard let name = corpus.entityIndex.sourceName(s.speaker, article: id) else { return nil }
                let role = [s.role, s.affiliation].compactMap { $0 }.joined(separator: ", ")
                return (name, role.isEmpty ? name : "\(name) (\(role))")
            }
        }
        let sa = cited(left, a), sb = cited(right, b)
        for (name, described) in sa {
            if let other = sb.first(where: { $0.0 == name }) { row("source", described, other.1, "both") }
            else { row("source", described, nil, "only left") }
        }
        for (name, described) in sb where !sa.contains(where: { $0.0 == name }) { row("source", nil, described, "only right") }

        // Quotes that are the same statement.
        let qa = left.quotes.filter { $0.kind != .indirect }.sorted { $0.text.start < $1.text.start }
        let qb = right.quotes.filter { $0.kind != .indirect }.sorted { $0.text.start < $1.text.start }
        let articleA = corpus.article(id: a)!, articleB = corpus.article(id: b)!
        for q in qa {
            guard let speaker = corpus.speakerName(q.speaker, article: a) else { continue }
            let wordsA = Compare.words(articleA.text(q.text))
            let matches = qb.filter { r in
                corpus.speakerName(r.speaker, article: b) == speaker && Compare.similarity(wordsA, Compare.words(articleB.text(r.text))) >= 0.5
            }
            guard !matches.isEmpty else { continue }
            let textA = articleA.text(q.text)
            let textB = matches.map { articleB.text($0.text) }.joined(separator: " … ")
            row("quote (\(speaker))", textA, textB, WordDiff.diff(textA, textB))
        }

        // Numbers counting the same thing differently.
        for n in left.numbers {
            guard let unit = n.unit, unit != "fraction" else { continue }
            for m in right.numbers where m.unit == unit && m.value != n.value {
                row("number (\(unit))", articleA.text(n.span), articleB.text(m.span), "\(Value.format(n.value)) ≠ \(Value.format(m.value))")
            }
        }
        return table
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

/// A word-level diff: "Putin [-de facto-] {+effectively+} rejected".
enum WordDiff {
    static func diff(_ a: String, _ b: String) -> String {
        let x = a.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        let y = b.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        func key(_ w: String) -> String { String(w.lowercased().filter { $0.isLetter || $0.isNumber }) }
        // Words that are only punctuation match nothing.
        let (kx, ky) = Symbols.numbered(x.map(key), y.map(key), unmatched: { $0.isEmpty })
        let steps = EditScript.between(symbols: kx, ky, preferring: .insertions)
        var out: [String] = []
        var deleted: [String] = [], inserted: [String] = []
        func flush() {
            if !deleted.isEmpty { out.append("[-" + deleted.joined(separator: " ") + "-]") }
            if !inserted.isEmpty { out.append("{+" + inserted.joined(separator: " ") + "+}") }
            deleted = []
            inserted = []
        }
        var i = 0, j = 0
        for step in steps {
            switch step {
            case .keep:
                flush()
                out.append(y[j])
                i += 1
                j += 1
            case .insert:
                inserted.append(y[j])
                j += 1
            case .delete:
                deleted.append(x[i])
                i += 1
            }
        }
        flush()
        return out.joined(separator: " ")
    }
}
