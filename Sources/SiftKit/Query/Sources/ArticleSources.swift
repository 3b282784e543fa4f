/// The sources that read an article's structure: `articles`, `paragraphs`, `sentences`.
enum ArticleSources {
    static let articles = SourceDefinition(
        name: "articles",
        summary: "one row per article: id, name, headline, dateline, size of the story; outlet, date and url from a data set",
        columns: [Column("id", .int), Column("article", .string), Column("title", .string),
                  Column("dateline", .string), Column("paragraphs", .int), Column("sentences", .int),
                  Column("words", .int), Column("outlet", .string), Column("date", .string), Column("url", .string)],
        usesExtraction: false
    ) { corpus, ids, need in
        let articles = corpus.articles
        let ids = ids.filter { $0 >= 1 && $0 <= articles.count }
        return ParallelRows.flatMap(ids.count, need) { k in
            let a = articles[ids[k] - 1]
            var sentences = 0
            var paragraphs = 0
            for p in a.paragraphs where p.kind == .body {
                sentences += p.sentences.count
                paragraphs += 1
            }
            return [[.int(a.id), .string(a.name), need.cell(2) { a.title.map(Value.string) ?? .null },
                     need.cell(3) { a.datelineText.map(Value.string) ?? .null }, .int(paragraphs),
                     .int(sentences), need.cell(6) { .int(a.wordCount) },
                     a.metadata.outlet.map(Value.string) ?? .null, a.metadata.date.map(Value.string) ?? .null,
                     a.metadata.url.map(Value.string) ?? .null]]
        }
    }

    static let paragraphs = SourceDefinition(
        name: "paragraphs",
        summary: "one row per paragraph, with its kind: body, headline, subhead, caption, byline, embed",
        columns: [Column("article", .string), Column("n", .int), Column("kind", .string),
                  Column("text", .string), Column("start", .int), Column("end", .int)],
        usesExtraction: false
    ) { corpus, ids, need in
        let articles = corpus.articles
        let ids = ids.filter { $0 >= 1 && $0 <= articles.count }
        return ParallelRows.flatMap(ids.count, need) { k in
            let a = articles[ids[k] - 1]
            return a.paragraphs.enumerated().map { n, p in
                [.string(a.name), .int(n + 1), .string(p.kind.rawValue), need.cell(3) { .string(a.text(p.span)) },
                 .int(p.span.start), .int(p.span.end)]
            }
        }
    }

    static let sentences = SourceDefinition(
        name: "sentences",
        summary: "one row per sentence of the story (body paragraphs)",
        columns: [Column("article", .string), Column("paragraph", .int), Column("n", .int),
                  Column("text", .string), Column("start", .int), Column("end", .int)],
        usesExtraction: false
    ) { corpus, ids, need in
        let articles = corpus.articles
        let ids = ids.filter { $0 >= 1 && $0 <= articles.count }
        return ParallelRows.flatMap(ids.count, need) { k in
            let a = articles[ids[k] - 1]
            var rows: [[Value]] = []
            var n = 0
            for (pi, p) in a.paragraphs.enumerated() where p.kind == .body {
                for s in a.sentences[p.sentences] {
                    n += 1
                    rows.append([.string(a.name), .int(pi + 1), .int(n), need.cell(3) { .string(a.text(s.span)) },
                                 .int(s.span.start), .int(s.span.end)])
                }
            }
            return rows
        }
    }
}
