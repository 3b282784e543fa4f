/// The `quotes` source: who said what, one row per direct, partial or reported quote.
enum QuoteSources {
    static let columns = [Column("article", .string), Column("speaker", .string), Column("text", .string),
                          Column("cue", .string), Column("kind", .string), Column("start", .int), Column("end", .int),
                          Column("paragraph", .int), Column("id", .int), Column("speaker_text", .string), Column("rule", .string),
                          Column("speaker_role", .string), Column("gender", .string)]

    static let quotes = SourceDefinition(
        name: "quotes",
        summary: "who said what: direct, partial and reported (indirect) speech, attributed to speakers",
        columns: columns
    ) { corpus, ids, need in
        let analyses = corpus.analyses
        let index = corpus.entityIndex
        let articles = corpus.articles
        // Quote ids count over the whole corpus, whichever articles are read.
        var firstID = [Int](repeating: 0, count: articles.count + 1)
        for i in articles.indices { firstID[i + 1] = firstID[i] + analyses[i].quotes.count }
        let ids = ids.filter { $0 >= 1 && $0 <= articles.count }
        return ParallelRows.flatMap(ids.count, need) { [firstID] k in
            let i = ids[k] - 1
            let a = articles[i]
            return analyses[i].quotes.enumerated().map { n, q in
                [.string(a.name), need.cell(1) { index.speakerName(q.speaker, article: a.id).map(Value.string) ?? .null },
                 need.cell(2) { .string(a.text(q.text)) }, need.cell(3) { q.cue.map { .string(a.text($0)) } ?? .null }, .string(q.kind.rawValue),
                 .int(q.text.start), .int(q.text.end), .int(q.paragraph + 1), .int(firstID[i] + n + 1),
                 need.cell(9) { q.speakerSpan.map { .string(a.text($0)) } ?? .null }, .string(q.rule.id),
                 need.cell(11) { q.speakerRole.map { .string(a.text($0).lowercased()) } ?? .null },
                 need.cell(12) { index.speakerGender(q.speaker, article: a.id).map { .string($0.name) } ?? .null }]
            }
        }
    }
}

/// The `entities` and `mentions` sources.
enum EntitySources {
    static let entities = SourceDefinition(
        name: "entities",
        summary: "people, organisations, places and other names, merged across articles",
        columns: entityColumns
    ) { corpus, ids, need in
        let index = corpus.entityIndex
        let all = ids.count == corpus.count
        let wanted = all ? [] : Set(ids)
        return index.entities.enumerated().filter { all || !wanted.isDisjoint(with: $0.element.articles) }.map { i, e in
            entityRow(e, key: index.keys[i], id: i + 1, need: need)
        }
    }

    static let entityColumns = [Column("name", .string), Column("type", .string), Column("aliases", .list),
                                Column("mentions", .int), Column("articles", .int), Column("id", .int), Column("entity_key", .string),
                                Column("gender", .string)]

    /// An `entities` row: what the REPL shows and `sift merge` writes.
    static func entityRow(_ e: CorpusEntity, key: String, id: Int, need: Needs) -> [Value] {
        [.string(e.name), .string(e.type.rawValue), need.cell(2) { .list(e.aliases.map(Value.string)) }, .int(e.mentions),
         .int(e.articles.count), .int(id), .string(key), e.type == .person ? .string(e.gender.name) : .null]
    }

    static let mentions = SourceDefinition(
        name: "mentions",
        summary: "every name as written in an article, with the entity it names",
        columns: mentionColumns
    ) { corpus, ids, need in
        let index = corpus.entityIndex
        let analyses = corpus.analyses
        let articles = corpus.articles
        let ids = ids.filter { $0 >= 1 && $0 <= articles.count }
        return ParallelRows.flatMap(ids.count, need) { k in
            let a = articles[ids[k] - 1]
            let analysis = analyses[ids[k] - 1]
            let keys = need(6) ? analysis.entities.map { EntityKey.of($0).map(Value.string) ?? .null } : []
            return analysis.mentions.map { m in
                let local = m.entity >= 0 && m.entity < analysis.entities.count ? analysis.entities[m.entity] : nil
                return [.string(a.name), need.cell(1) { index.name(article: a.id, local: m.entity).map(Value.string) ?? .null },
                        .string(m.type.rawValue), need.cell(3) { .string(a.text(m.span)) }, .int(m.span.start), .int(m.span.end),
                        local == nil ? .null : need.cell(6) { keys[m.entity] }, local == nil ? .null : .int(m.entity + 1),
                        local.map { .bool($0.titled) } ?? .null,
                        need.cell(9) { .int(NameKey.key(NameKey.form(a.text(m.span))).count) },
                        local.flatMap { $0.type == .person ? .string($0.genderFinding.gender.name) : nil } ?? .null,
                        local.flatMap { $0.type == .person ? .string($0.personEvidence.rawValue) : nil } ?? .null]
            }
        }
    }

    /// `entity_key` is the key the corpus merge meets the entity on; `entity_n` numbers the
    /// article's own entities, `titled` says it was introduced with a title, `name_words` counts
    /// the words of the name as written that the merge weighs, `gender` what the article's evidence
    /// says of a person (`GenderEvidence`), `person_evidence` how the article shows a person is one
    /// (strong, weak, none: `EntityMerge` types by it): with them, mention rows from many
    /// runs merge into the corpus's entities (`sift merge`, or a group-by in any engine).
    static let mentionColumns = [Column("article", .string), Column("entity", .string), Column("type", .string), Column("text", .string),
                                 Column("start", .int), Column("end", .int), Column("entity_key", .string), Column("entity_n", .int),
                                 Column("titled", .bool), Column("name_words", .int), Column("gender", .string),
                                 Column("person_evidence", .string)]
}

/// The `sources` source: who is cited, with role, affiliation and category.
enum CitedSources {
    static let sources = SourceDefinition(
        name: "sources",
        summary: "cited people and bodies: role, affiliation, category (official, expert, journalist, organization, anonymous)",
        columns: [Column("name", .string), Column("role", .string), Column("affiliation", .string), Column("category", .string),
                  Column("article", .string), Column("quotes", .int), Column("id", .int), Column("gender", .string)]
    ) { corpus, ids, need in
        var rows: [[Value]] = []
        let wanted = Set(ids)
        let analyses = corpus.analyses
        let index = corpus.entityIndex
        var n = 0
        for a in corpus.articles {
            for s in analyses[a.id - 1].sources {
                guard let name = index.sourceName(s.speaker, article: a.id) else { continue }
                n += 1
                guard wanted.contains(a.id) else { continue }
                rows.append([.string(name), s.role.map(Value.string) ?? .null, s.affiliation.map(Value.string) ?? .null,
                             .string(s.category.rawValue), .string(a.name), .int(s.quotes), .int(n),
                             index.speakerGender(s.speaker, article: a.id).map { .string($0.name) } ?? .null])
            }
        }
        return rows
    }
}

/// The `numbers` and `dates` sources.
enum QuantitySources {
    static let numbers = SourceDefinition(
        name: "numbers",
        summary: "numbers in the story with value, unit and qualifier (\"more than 40 drones\")",
        columns: [Column("article", .string), Column("text", .string), Column("value", .double), Column("unit", .string),
                  Column("qualifier", .string), Column("start", .int), Column("end", .int)]
    ) { corpus, ids, need in
        let (articles, analyses) = (corpus.articles, corpus.analyses)
        let ids = ids.filter { $0 >= 1 && $0 <= articles.count }
        return ParallelRows.flatMap(ids.count, need) { k in
            let (a, analysis) = (articles[ids[k] - 1], analyses[ids[k] - 1])
            return analysis.numbers.map { n in
                [.string(a.name), need.cell(1) { .string(a.text(n.span)) }, n.value.map(Value.double) ?? .null, n.unit.map(Value.string) ?? .null,
                 n.qualifier.map(Value.string) ?? .null, .int(n.span.start), .int(n.span.end)]
            }
        }
    }

    static let dates = SourceDefinition(
        name: "dates",
        summary: "dates and times in the story, resolved to ISO 8601 where the text fixes them",
        columns: [Column("article", .string), Column("text", .string), Column("start", .int), Column("end", .int),
                  Column("resolved", .string)]
    ) { corpus, ids, need in
        let (articles, analyses) = (corpus.articles, corpus.analyses)
        let ids = ids.filter { $0 >= 1 && $0 <= articles.count }
        return ParallelRows.flatMap(ids.count, need) { k in
            let (a, analysis) = (articles[ids[k] - 1], analyses[ids[k] - 1])
            return analysis.dates.map { d in
                [.string(a.name), need.cell(1) { .string(a.text(d.span)) }, .int(d.span.start), .int(d.span.end), d.resolved.map(Value.string) ?? .null]
            }
        }
    }
}
