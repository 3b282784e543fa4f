import Testing
@testable import SiftKit

/// The model is kept small (issue 14): 32-bit offsets, eight-byte tokens, no spare capacity, and
/// a corpus keeps its articles without their tokens, which extraction makes again. None of it may
/// change what an article is or what is extracted from it.
@Suite("Compact model")
struct CompactModelTests {
    @Test func tokensMadeAgainAreTheTokensTheArticleWasBuiltWith() throws {
        let text = "Headline here\n\nBy A. Writer\n\n“We won’t,” she said — twice. Costs rose 4.5% to $1.13bn in '90s terms.\n\nA second paragraph… with an ellipsis."
        let built = try #require(ArticleBuilder.build(text: text, name: "t.txt"))
        #expect(!built.tokensReleased && !built.tokens.isEmpty)
        let released = built.releasingTokens()
        #expect(released.tokensReleased && released.tokens.isEmpty)
        #expect(released.withTokens().tokens == built.tokens)
        #expect(released.wordCount == built.wordCount && built.wordCount > 15)
    }

    @Test(.needsShared) func aCorpusKeepsNoTokensAndExtractsAsABuiltArticleDoes() throws {
        let corpus = Corpus()
        corpus.load([Paths.sharedPath("corpus/bbc/politics")])
        #expect(corpus.count > 400)
        for (n, article) in corpus.articles.enumerated() where n % 20 == 0 {
            #expect(article.tokensReleased && article.tokens.isEmpty)
            let rebuilt = try #require(ArticleBuilder.build(text: article.string, name: article.name))
            #expect(article.withTokens().tokens == rebuilt.tokens, "\(article.name)")
            let a = Analyzer.analyze(article), b = Analyzer.analyze(rebuilt)
            #expect(a.quotes == b.quotes && a.mentions == b.mentions && a.entities == b.entities, "\(article.name)")
        }
    }

    /// A token holds up to 65,535 bytes: a longer run of letters goes on in the next token, split
    /// on a character boundary, and every byte is still covered.
    @Test func aRunLongerThanATokenHoldsIsSplitWithoutLosingAByte() throws {
        let word = String(repeating: "é", count: 40_000)  // 80,000 bytes of two-byte letters
        let article = try #require(ArticleBuilder.build(text: "Title\n\nBefore \(word) after.", name: "long.txt"))
        let body = article.tokens[article.bodyParagraphs[0].tokens]
        let long = body.filter { $0.length > 1000 }
        #expect(long.count == 2)
        #expect(long.allSatisfy { $0.length <= Token.maxLength && $0.kind == .word })
        #expect(long.reduce(0) { $0 + $1.length } == word.utf8.count)
        #expect(long[long.startIndex].end == long[long.startIndex + 1].start)
        for t in long { #expect(article.text(t).unicodeScalars.allSatisfy { $0 == "é" }) }
    }

    @Test func spansAndIndicesRoundTripThroughTheirCompactForms() {
        let s = Span(3, 70_000)
        #expect(s.start == 3 && s.end == 70_000 && s.length == 69_997)
        #expect(Span(9, 4).isEmpty && Span(9, 4).end == 9)
        #expect(Span(1, 5) < Span(2, 3) && Span(1, 3) < Span(1, 5))
        #expect(CompactRange(wrappedValue: 5..<1_000_000).wrappedValue == 5..<1_000_000)
        #expect(CompactIndex(wrappedValue: -1).wrappedValue == -1 && CompactIndex(wrappedValue: 3_000_000).wrappedValue == 3_000_000)
        var p = Paragraph(span: s, kind: .body, sentences: 2..<7, tokens: 10..<90)
        p.tokens = 11..<91
        #expect(p.sentences == 2..<7 && p.tokens == 11..<91)
        var m = Mention(span: s, tokens: 4..<6, type: .person, evidence: .shape, sentence: 3, title: nil,
                        appositive: Span(8, 20), gender: .female, inQuote: false)
        #expect(m.entity == -1 && m.sentence == 3 && m.tokens == 4..<6 && m.appositive == Span(8, 20))
        m.entity = 12
        #expect(m.entity == 12)
    }

    /// The footprint sift-bench reports counts what the corpus holds: text near its size, and no
    /// token arrays once the corpus has the articles.
    @Test func theFootprintCountsTextAndNoReleasedTokens() {
        let corpus = Corpus()
        corpus.loadSamples()
        let f = corpus.footprint()
        let text = corpus.articles.reduce(0) { $0 + $1.bytes.count }
        let part = Dictionary(uniqueKeysWithValues: f.parts.map { ($0.name, $0.bytes) })
        #expect(part["tokens"] == 0)
        #expect((part["text"] ?? 0) >= text && (part["text"] ?? 0) < text * 2)
        #expect((part["mentions"] ?? 0) > 0 && (part["quotes"] ?? 0) > 0)
        #expect(f.total == f.parts.reduce(0) { $0 + $1.bytes })
    }

    /// An analysis keeps its entities without the linker's working sets: no role words or name
    /// words, yet `titled` and the written forms (first mention and count) say what they said.
    @Test func keptEntitiesRememberTitlesAndFormsWithoutTheirWorkingSets() throws {
        let text = "Mayor's plan\n\nMayor Ellen Marsh said the plan would pass. Marsh, who took office in May, spoke to the Riverton Water Authority.\n\n\u{201C}We will finish it,\u{201D} Ms. Marsh said. The  Riverton Water Authority declined to comment."
        let article = try #require(ArticleBuilder.build(text: text, name: "kept.txt"))
        let analysis = Analyzer.analyze(article)
        let marsh = try #require(analysis.entities.first { $0.name == "Ellen Marsh" })
        #expect(marsh.titled && marsh.roleWords.isEmpty && marsh.nameKey.isEmpty)
        let (forms, counts) = marsh.writtenForms(in: article.bytes, mentions: analysis.mentions)
        #expect(forms == ["Ellen Marsh", "Marsh"] && counts == [1, 2])
        let authority = try #require(analysis.entities.first { $0.name == "Riverton Water Authority" })
        #expect(!authority.titled)
        // White space inside a name is read as one space, so both mentions are one form.
        #expect(authority.writtenForms(in: article.bytes, mentions: analysis.mentions).forms == ["Riverton Water Authority"])
        // Mentions listed in reading order are not kept twice: each mention names its entity.
        let e = try #require(analysis.entities.firstIndex { $0.name == "Ellen Marsh" })
        #expect(analysis.entities[e].mentions.isEmpty)
        #expect(analysis.mentions(of: e).map { article.text($0.span) } == ["Ellen Marsh", "Marsh", "Marsh"])
    }

    /// A list of mentions not in reading order (the full name linked first) is kept as the linker
    /// made it: `why source` and `compare` point at the full name.
    @Test func aListOutOfReadingOrderIsKept() throws {
        let text = "Plan passes\n\nMr. Okafor spoke first. Later, Tobenna Okafor said the plan would pass."
        let article = try #require(ArticleBuilder.build(text: text, name: "order.txt"))
        let analysis = Analyzer.analyze(article)
        let e = try #require(analysis.entities.firstIndex { $0.name == "Tobenna Okafor" })
        let names = analysis.mentions(of: e).map { article.text($0.span) }
        // The linker lists the full name first; that list is kept, not read back in reading order.
        #expect(names == ["Tobenna Okafor", "Okafor"])
        #expect(!analysis.entities[e].mentions.isEmpty)
    }

    /// A query that reads no column of a source (`mentions | count`) gets rows that share one row
    /// of nulls, as many as the source has.
    @Test(arguments: ["mentions", "sentences", "quotes", "numbers"])
    func rowsReadForNoColumnShareOneBlankRow(_ name: String) throws {
        let corpus = Corpus()
        corpus.loadSamples()
        #expect(corpus.extract(stoppingOn: corpus.cancellation))
        let source = try #require(Catalog.source(named: name))
        let ids = corpus.articles.map(\.id)
        let full = source.rows(corpus, ids, .all)
        let blank = source.rows(corpus, ids, Needs(columns: []))
        #expect(blank.count == full.count && full.count > 1)
        #expect(blank.allSatisfy { $0.count == source.columns.count && $0.allSatisfy { $0 == .null } })
        let first = blank[0].withUnsafeBufferPointer { $0.baseAddress }
        #expect(blank.allSatisfy { row in row.withUnsafeBufferPointer { $0.baseAddress } == first })
    }
}
