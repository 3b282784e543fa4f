import Testing
@testable import SiftKit

/// What a corpus keeps of an analysis (issue 14): everything its rows read, without the
/// explanations only `why` shows, which it makes again from the one article; and equal strings
/// held once across articles.
@Suite("Kept analysis")
struct KeptAnalysisTests {
    /// A mayor introduced by title and role, then "she" and "he": a resolved pronoun (a
    /// resolution in words), a chooser that weighed candidates (runners-up), gender evidence.
    static let text = """
        Council vote

        Mayor Ellen Marsh met the council chairman, Tobenna Okafor, on Monday. Ms. Marsh said the plan \
        would pass before the summer.

        "We will finish it this year," she said.

        "The money is there," Okafor said. He added that the vote was close.
        """

    @Test func aKeptAnalysisHasNoExplanationsAndTheExplainedOneHasTheSameItems() throws {
        let article = try #require(ArticleBuilder.build(text: Self.text, name: "kept.txt"))
        let kept = Analyzer.analyze(article), explained = Analyzer.explained(article)
        #expect(!kept.quotes.isEmpty)
        #expect(kept.quotes.allSatisfy { $0.resolution == nil && $0.runnersUp.isEmpty && $0.chosenScore == nil })
        #expect(explained.quotes.contains { $0.resolution != nil })
        #expect(explained.quotes.contains { !$0.runnersUp.isEmpty && $0.chosenScore != nil })
        // The same quotes, speakers and spans, in the same order: only the explanations differ.
        #expect(kept.quotes == explained.quotes.map { $0.withoutExplanation() })
        #expect(kept.mentions == explained.mentions && kept.sources == explained.sources)

        #expect(kept.entities.count == explained.entities.count)
        let marsh = try #require(explained.entities.firstIndex { $0.name == "Ellen Marsh" })
        #expect(explained.entities[marsh].genderEvidence == "female title or role: ms")
        for (k, e) in zip(kept.entities, explained.entities) {
            #expect(k.genderEvidence.isEmpty && k.working.isEmpty == k.mentions.isEmpty)
            #expect(k.genderFinding == e.genderFinding && k.name == e.name && k.mentions == e.mentions)
            #expect(k.genderFinding.hasEvidence == !e.genderEvidence.isEmpty)
        }
    }

    /// `why` reads the explanations from the article again: the gender evidence of a person the
    /// corpus keeps only a flag for.
    @Test func whyEntityShowsTheGenderEvidenceTheCorpusDoesNotKeep() throws {
        let corpus = Corpus()
        #expect(corpus.add(text: Self.text, name: "why.txt") != nil)
        let why = try corpus.query("why entity \"Ellen Marsh\"")
        let fields = Dictionary((0..<why.count).map { (why.row($0)["field"]!.string!, why.row($0)["value"]!.string ?? "") },
                                uniquingKeysWith: { a, _ in a })
        #expect(fields["gender"] == "female")
        #expect(fields["gender evidence 1"] == "why.txt: female, from female title or role: ms")
    }

    /// Two articles naming the same people hold each long name once: the second article's copy
    /// is replaced by the first's (the rows are the same either way).
    @Test func equalNamesOfDifferentArticlesAreHeldOnce() throws {
        let corpus = Corpus()
        let first = "Talks\n\nChristopher Montgomery-Smith met the Riverton Water Authority on Monday.\n"
        let second = "More talks\n\nOn Friday, Christopher Montgomery-Smith wrote to the Riverton Water Authority again.\n"
        #expect(corpus.add(text: first, name: "a.txt") != nil && corpus.add(text: second, name: "b.txt") != nil)
        let analyses = corpus.analyses
        for name in ["Christopher Montgomery-Smith", "Riverton Water Authority"] {
            #expect(name.utf8.count > 15)  // longer than a string holds inside its value
            let copies = try analyses.map { a in try #require(a.entities.first { $0.name == name }).name }
            let storage = copies.map { s in s.utf8.withContiguousStorageIfAvailable { $0.baseAddress } }
            #expect(storage[0] != nil && storage[0] == storage[1], "\(name)")
        }
    }

    /// The article → corpus entity table is one flat array: every article's locals find their
    /// corpus entity, and ids out of range find none.
    @Test func everyLocalEntityFindsItsCorpusEntity() throws {
        let corpus = Corpus()
        corpus.loadSamples()
        let index = corpus.entityIndex
        var found = 0
        for a in corpus.articles {
            let analysis = try #require(corpus.analysis(id: a.id))
            for (l, local) in analysis.entities.enumerated() {
                guard let g = index.corpusEntity(article: a.id, local: l) else { continue }
                found += 1
                #expect(index.entities[g].articles.contains(a.id))
                #expect(index.entities[g].name == local.name || index.entities[g].aliases.contains(local.name),
                        "\(a.name): \(local.name)")
            }
            #expect(index.corpusEntity(article: a.id, local: analysis.entities.count) == nil)
            #expect(index.corpusEntity(article: a.id, local: -1) == nil)
        }
        #expect(found > 20)
        #expect(index.corpusEntity(article: 0, local: 0) == nil)
        #expect(index.corpusEntity(article: corpus.count + 1, local: 0) == nil)
    }
}
