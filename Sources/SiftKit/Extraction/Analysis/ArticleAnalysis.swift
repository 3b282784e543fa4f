/// Everything extracted from one article: its names, the entities they name, and its quotes
/// (direct, partial and reported speech), each with the evidence that produced it.
public struct ArticleAnalysis: Sendable {
    public var mentions: [Mention]
    public var entities: [LocalEntity]
    public var quotes: [Quote]
    public var sources: [Source]
    public var numbers: [NumberMention]
    public var dates: [DateMention]

    public static let empty = ArticleAnalysis(mentions: [], entities: [], quotes: [], sources: [], numbers: [], dates: [])
}

/// Runs the extraction steps on one article. Articles are independent; this is what runs on
/// every core at once.
public enum Analyzer {
    public static func analyze(_ article: Article) -> ArticleAnalysis {
        article.bytes.withUnsafeBufferPointer { b in
            let t = TokenText(b: b, tokens: article.tokens)
            let spans = QuoteSpans.find(in: article)
            let quoted = AttributionContext.quotedMask(article, spans)
            var mentions = NameFinder(article: article, t: t, quoted: quoted).run()
            var entities = EntityLinker(t: t, article: article).link(&mentions)
            GenderEvidence.infer(&entities, mentions: mentions, article: article, t: t, quoted: quoted)
            let context = AttributionContext(article: article, t: t, mentions: mentions, entities: entities,
                                             spans: spans, quoted: quoted)
            let indirect = IndirectSpeech(c: context).candidates()
            var attributor = Attributor(context)
            let quotes = attributor.run(indirect: indirect)
            let sources = SourceExtractor(article: article, t: t, mentions: mentions, entities: entities).run(quotes)
            let (numbers, dates) = QuantityFinder(article: article, t: t).run()
            return ArticleAnalysis(mentions: mentions, entities: entities, quotes: quotes, sources: sources,
                                   numbers: numbers, dates: dates)
        }
    }
}
