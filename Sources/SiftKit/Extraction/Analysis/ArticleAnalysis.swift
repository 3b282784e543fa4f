/// Everything extracted from one article: its names, the entities they name, and its quotes
/// (direct, partial and reported speech), each with the evidence that produced it.
package struct ArticleAnalysis: Sendable {
    package var mentions: [Mention]
    package var entities: [LocalEntity]
    /// In reading order (by start offset).
    package var quotes: [Quote]
    package var sources: [Source]
    package var numbers: [NumberMention]
    package var dates: [DateMention]
    /// The quotation marks the article was read with.
    package var quoteConvention: QuoteConvention = .standard

    package static let empty = ArticleAnalysis(mentions: [], entities: [], quotes: [], sources: [], numbers: [], dates: [])

    /// The mentions of local entity `e`, in the order the linker listed them (`LocalEntity.kept`).
    package func mentions(of e: Int) -> [Mention] {
        let listed = entities[e].mentions
        return listed.isEmpty ? mentions.filter { $0.entity == e } : listed.map { mentions[$0] }
    }

    /// The entities as a corpus keeps them (`LocalEntity.kept(listed:explained:)`).
    static func kept(_ entities: [LocalEntity], mentions: [Mention], explained: Bool) -> [LocalEntity] {
        var naming = [Int](repeating: 0, count: entities.count)  // mentions naming each entity
        for m in mentions where m.entity >= 0 && m.entity < entities.count { naming[m.entity] += 1 }
        return entities.enumerated().map { e, entity in
            // As many as name it, each naming it, ascending: the reading-order list.
            let list = entity.mentions
            let inReadingOrder = list.count == naming[e] && list.allSatisfy { mentions[$0].entity == e }
                && zip(list, list.dropFirst()).allSatisfy { $0 < $1 }
            return entity.kept(listed: inReadingOrder, explained: explained)
        }
    }
}

/// Runs the extraction steps on one article. Articles are independent; this is what runs on
/// every core at once.
package enum Analyzer {
    /// What a corpus keeps of `article`: everything its rows read, without the explanations only
    /// `why` shows (`explained(_:)`).
    package static func analyze(_ article: Article) -> ArticleAnalysis {
        var ignored = StageTimes()
        return analyze(article, timing: false, times: &ignored)
    }

    /// `analyze(_:)` with the explanations a corpus does not keep: each quote's resolution in
    /// words, its runners-up and score, each person's gender evidence. What `why` reads, by
    /// analysing the one article again (analysis is deterministic, so the items are the same, in
    /// the same order).
    package static func explained(_ article: Article) -> ArticleAnalysis {
        var ignored = StageTimes()
        var none: [ChooserTrace]? = nil
        return analyze(article, timing: false, times: &ignored, chooser: .trained, ranker: .trained, trace: &none,
                       antecedents: nil, explained: true)
    }

    /// Analyses `article`, adding the time of each stage to `times`.
    package static func analyze(_ article: Article, times: inout StageTimes) -> ArticleAnalysis {
        analyze(article, timing: true, times: &times)
    }

    /// Analyses `article` with `chooser` picking the speakers, recording each quote's candidates
    /// in `trace` (how `sift-train` sees the patterns' proposals).
    /// With `antecedents`, also every ranking of the people a pronoun or description may stand
    /// for, and of each name as if it were a pronoun (how `sift-train` sees the antecedent ranker's
    /// choices), ranked by `ranker`.
    static func analyze(_ article: Article, chooser: SpeakerChooser, ranker: AntecedentRanker = .trained,
                        trace: inout [ChooserTrace], antecedents: AntecedentLog? = nil) -> ArticleAnalysis {
        var ignored = StageTimes()
        var recorded: [ChooserTrace]? = []
        let out = analyze(article, timing: false, times: &ignored, chooser: chooser, ranker: ranker, trace: &recorded,
                          antecedents: antecedents, explained: true)
        trace = recorded ?? []
        return out
    }

    private static func analyze(_ article: Article, timing: Bool, times: inout StageTimes) -> ArticleAnalysis {
        var none: [ChooserTrace]? = nil
        return analyze(article, timing: timing, times: &times, chooser: .trained, ranker: .trained, trace: &none,
                       antecedents: nil, explained: false)
    }

    private static func analyze(_ article: Article, timing: Bool, times: inout StageTimes, chooser: SpeakerChooser,
                                ranker: AntecedentRanker, trace: inout [ChooserTrace]?, antecedents: AntecedentLog?,
                                explained: Bool) -> ArticleAnalysis {
        let article = article.withTokens()  // a corpus keeps its articles without them
        return article.bytes.withUnsafeBufferPointer { b in
            var clock = StageClock(on: timing)
            let t = TokenText(b: b, tokens: article.tokens)
            let convention = QuoteConvention.detect(article, t)
            let spans = QuoteSpans.find(in: article, t: t, convention: convention)
            let quoted = AttributionContext.quotedMask(article, spans)
            times.quotes += clock.lap()
            var mentions = NameFinder(article: article, t: t, quoted: quoted).run()
            var entities = EntityLinker(t: t, article: article).link(&mentions)
            GenderEvidence.infer(&entities, mentions: mentions, article: article, t: t, quoted: quoted)
            GenderEvidence.report(&entities, mentions: mentions, article: article, t: t, quoted: quoted)
            times.entities += clock.lap()
            let context = AttributionContext(article: article, t: t, mentions: mentions, entities: entities,
                                             spans: spans, quoted: quoted)
            let indirect = IndirectSpeech(c: context).candidates()
            var attributor = Attributor(context, chooser: chooser, ranker: ranker)
            attributor.trace = trace
            attributor.explains = explained
            attributor.resolver.log = antecedents
            // In reading order: the `quotes` source and `why quote N` number them so.
            let quotes = attributor.run(indirect: indirect).sorted { $0.text.start < $1.text.start }
            trace = attributor.trace
            times.quotes += clock.lap()
            let sources = SourceExtractor(article: article, t: t, mentions: mentions, entities: entities).run(quotes)
            let (numbers, dates) = QuantityFinder(article: article, t: t).run()
            times.sourcesAndNumbers += clock.lap()
            // What the corpus keeps, without the spare room appending left (and, unless asked
            // for, without the explanations).
            return ArticleAnalysis(mentions: mentions.trimmed(), entities: ArticleAnalysis.kept(entities, mentions: mentions, explained: explained),
                                   quotes: explained ? quotes.trimmed() : quotes.map { $0.withoutExplanation() },
                                   sources: sources.trimmed(), numbers: numbers.trimmed(), dates: dates.trimmed(),
                                   quoteConvention: convention)
        }
    }
}
