import Testing
@testable import SiftKit

@Suite("The query language core")
struct QueryTests {
    let corpus: Corpus = {
        let c = Corpus()
        c.loadSamples()
        return c
    }()

    func rows(_ q: String) throws -> Table { try corpus.query(q) }

    func error(_ q: String) -> QueryError? {
        do { _ = try corpus.query(q); return nil } catch { return error }
    }

    @Test func articlesRowsFollowTheContract() throws {
        let t = try rows("articles")
        // outlet, date and url come from a data set's records; text files have none.
        #expect(t.columnNames == ["id", "article", "title", "dateline", "paragraphs", "sentences", "words", "outlet", "date", "url"])
        #expect(t.count == 4)
        #expect(t.values("outlet") == [.null, .null, .null, .null])
        #expect(t.values("id") == [.int(1), .int(2), .int(3), .int(4)])
        #expect(t.row(0)["article"] == .string("herald-flood.txt"))
        #expect(t.row(0)["dateline"] == .string("RIVERTON"))
        #expect(t.row(0)["paragraphs"] == .int(14))
    }

    @Test func paragraphsAndSentencesRows() throws {
        let p = try rows("paragraphs in 1")
        #expect(p.columnNames == ["article", "n", "kind", "text", "start", "end"])
        #expect(p.row(0)["kind"] == .string("headline"))
        let s = try rows("sentences in wire-flood.txt")
        #expect(s.columnNames == ["article", "paragraph", "n", "text", "start", "end"])
        let a = corpus.article(id: 2)!
        for r in 0..<s.count {
            guard case .int(let start) = s.row(r)["start"]!, case .int(let end) = s.row(r)["end"]!,
                  case .string(let text) = s.row(r)["text"]! else { Issue.record("bad row"); continue }
            #expect(a.text(Span(start, end)) == text)
        }
        #expect(try rows("sentences in 2 | count").values("count") == [.int(a.bodySentences.count)])
        #expect(try rows("articles in 2").values("sentences") == [.int(a.bodySentences.count)])
    }

    @Test func whereWithEveryOperator() throws {
        #expect(try rows("articles | where words > 400").count == 3)
        #expect(try rows("articles | where words >= 403 and words <= 449").count == 2)
        #expect(try rows("articles | where id == 2 or id = 3").values("id") == [.int(2), .int(3)])
        #expect(try rows("articles | where not (id < 3)").values("id") == [.int(3), .int(4)])
        #expect(try rows("articles | where dateline != \"RIVERTON\"").values("id") == [.int(2), .int(4)])
        #expect(try rows("articles | where title ~ \"LEVEE\"").count == 4)
        #expect(try rows("articles | where title !~ \"council\"").count == 3)
        #expect(try rows("paragraphs | where kind == \"byline\"").count == 2)
        #expect(try rows("articles | where title matches /^Levee (breach|failure)/").count == 2)
        #expect(try rows("articles | where title matches /riverton$/i").count == 1)
        #expect(try rows("articles | where id in (1, 4)").values("id") == [.int(1), .int(4)])
        #expect(try rows("articles | where id not in (1, 4)").values("id") == [.int(2), .int(3)])
    }

    @Test func nullsCompareLikeSQL() throws {
        let c = Corpus()
        c.add(text: "A long first paragraph without any headline at all, which goes on for a while.\nSecond.", name: "a.txt")
        c.add(text: "Headline\n\nBody.", name: "b.txt")
        #expect(try c.query("articles | where title == null").values("article") == [.string("a.txt")])
        #expect(try c.query("articles | where title != null").values("article") == [.string("b.txt")])
        #expect(try c.query("articles | where title > \"A\"").values("article") == [.string("b.txt")])
        #expect(try c.query("articles | sort title").values("article") == [.string("b.txt"), .string("a.txt")])
        #expect(try c.query("articles | sort title desc").values("article") == [.string("b.txt"), .string("a.txt")])
    }

    @Test func selectSortTakeCount() throws {
        let t = try rows("articles | select article, words as size | sort size desc | take 2")
        #expect(t.columnNames == ["article", "size"])
        #expect(t.values("size") == [.int(497), .int(449)])
        #expect(try rows("articles | sort dateline, words desc").values("id") == [.int(1), .int(3), .int(4), .int(2)])
        #expect(try rows("articles | take 0").count == 0)
        #expect(try rows("articles | count").rows == [[.int(4)]])
        #expect(try rows("articles | select *").columnNames == rows("articles").columnNames)
        #expect(try rows("articles | select length(title), lower(dateline) | take 1").rows == [[.int(39), .string("riverton")]])
        #expect(try rows("ARTICLES | WHERE ID == 1 | COUNT").rows == [[.int(1)]])
    }

    @Test func syntaxErrorsPointAtTheToken() throws {
        let e = try #require(error("articles | wher words > 3"))
        #expect(e.phase == .syntax)
        #expect(e.message == "unknown stage 'wher'")
        #expect(e.hint == "did you mean 'where'?")
        #expect(e.range == 11..<15)
        #expect(ErrorFormatter.column(of: e, in: "articles | wher words > 3") == 12)

        #expect(error("articles |")?.message == "expected a stage after '|', found end of statement")
        #expect(error("articles | take")?.message == "expected how many rows to take, found end of statement")
        #expect(error("articles | where (words > 3")?.message == "expected ')' to close '(', found end of statement")
        #expect(error("articles | where title ~ \"open")?.message == "unterminated string")
        #expect(error("articles articles")?.message == "unexpected 'articles'")
        #expect(error("")?.message == "empty statement")
        #expect(try rows("articles | where title ~ “council”").count == 1)  // curly quotes pasted from an article
        #expect(error("articles | where title ~ «levee»")?.message == "unexpected character '«'")
    }

    @Test func evaluationErrorsAreAsPrecise() throws {
        let field = try #require(error("articles | where wrds > 3"))
        #expect(field.message == "unknown field 'wrds'")
        #expect(field.hint == "did you mean 'words'?")
        #expect(field.range == 17..<21)

        let source = try #require(error("artcles | count"))
        #expect(source.message == "unknown source 'artcles'")
        #expect(source.hint == "did you mean 'articles'?")

        let mismatch = try #require(error("articles | where words > \"3\""))
        #expect(mismatch.message == "cannot compare whole number with text using '>'")
        #expect(mismatch.range == 23..<24)

        let bare = try #require(error("paragraphs | where kind == body"))
        #expect(bare.hint == "to compare with the text body, quote it: \"body\"")

        let article = try #require(error("articles in 9"))
        #expect(article.message == "no article with id 9")
        #expect(article.range == 12..<13)
        #expect(error("articles in herald-flod.txt")?.hint == "did you mean 'herald-flood.txt'?")

        #expect(error("articles | where title")?.message == "where needs a true/false condition, not text")
        #expect(error("articles | where title matches /(/")?.message == "invalid regular expression /(/")
    }

    @Test func caretColumnsCountWideCharacters() throws {
        let q = "articles | where title ~ \"東京\" and wrds > 1"
        let e = try #require(error(q))
        // "東京" is two characters but four columns wide.
        #expect(ErrorFormatter.column(of: e, in: q) == 37)
        let text = ErrorFormatter.format(e, statement: q)
        let lines = text.split(separator: "\n")
        #expect(lines[2] == "  " + String(repeating: " ", count: 36) + "^~~~")
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let q = "articles | where " + String(repeating: "(", count: 5000) + "id == 1" + String(repeating: ")", count: 5000)
        #expect(error(q)?.message.hasPrefix("expression nested too deeply") == true)
        let n = "articles | where " + String(repeating: "not ", count: 5000) + "id == 1"
        #expect(error(n)?.message.hasPrefix("expression nested too deeply") == true)
    }
}
