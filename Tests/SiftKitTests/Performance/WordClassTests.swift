import Testing
@testable import SiftKit

/// Tokens are classified once (`WordClasses.merged`, one look-up per distinct word of an article),
/// and the rules' table tests read the bits. The bits must answer exactly as the tables do.
@Suite("Word classes")
struct WordClassTests {
    /// Every classed table, read through `TokenText` and directly, on every token of the samples
    /// and of a fixture with possessives, mixed case and words of several tables.
    @Test func tokenClassesAnswerAsTheTablesDo() throws {
        let fixture = """
        President Obama's spokesman said on Monday that Mr. Smith, a former senator from Ohio, \
        told the BBC's reporters in Paris: "We said THREE hundred dollars." SAID Said said's.
        """
        let articles = Samples.articles() + [try #require(ArticleBuilder.build(text: fixture, name: "fixture.txt"))]
        var checked = 0, hits = 0
        for article in articles {
            article.bytes.withUnsafeBufferPointer { b in
                let t = TokenText(b: b, tokens: article.tokens)
                for k in article.tokens.indices {
                    for c in WordClass.allCases {
                        let inTable = WordClassTests.directLookup(c, t, k)
                        #expect(inTable == (t.classes(k) & c.bit != 0), "\(c) of '\(t.string(k))'")
                        checked += 1
                        if inTable { hits += 1 }
                    }
                }
            }
        }
        #expect(checked > 10_000)
        #expect(hits > 500)  // the comparison saw both answers many times
    }

    /// Two tokens share a word number exactly when their text is the same but for ASCII case and
    /// a possessive ending.
    @Test func wordNumbersJoinSpellingsThatDifferOnlyInCase() throws {
        let article = try #require(ArticleBuilder.build(text: "Said said SAID said's saying Ünder ünder Ünder.", name: "w.txt"))
        article.bytes.withUnsafeBufferPointer { b in
            let t = TokenText(b: b, tokens: article.tokens)
            let words = article.tokens.indices.filter { t.isWord($0) }
            let ids = words.map { t.wordIDs[$0] }
            #expect(ids[0] == ids[1] && ids[1] == ids[2] && ids[2] == ids[3])
            #expect(ids[4] != ids[0])
            #expect(ids[5] == ids[7])          // the same bytes
            #expect(ids[5] != ids[6])          // non-ASCII case is not folded, as in the tables
            var set = t.emptyWordSet()
            t.insert(words[1], into: &set)
            #expect(t.contains(set, words[2]) && !t.contains(set, words[4]))
        }
    }

    /// The table's own answer, not through the token's classes.
    static func directLookup(_ c: WordClass, _ t: TokenText, _ k: Int) -> Bool {
        struct Probe: WordTableVisitor {
            let t: TokenText, s: Int, e: Int
            var found = false
            mutating func visit<V>(_ table: WordTable<V>) { found = table.lookup(t.b, s, e) != nil }
        }
        var probe = Probe(t: t, s: t.start(k), e: t.end(k) - t.possessiveLength(k))
        WordClasses.visit(c, &probe)
        return probe.found
    }
}
