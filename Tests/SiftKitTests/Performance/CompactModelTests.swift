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
        #expect(CompactRange(5..<1_000_000).range == 5..<1_000_000)
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
}
