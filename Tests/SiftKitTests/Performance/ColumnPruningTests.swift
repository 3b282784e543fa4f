import Testing
@testable import SiftKit

/// A source fills only the columns a query reads (`quotes | count` never copies a quote's text).
/// The answers must be those of the full rows: a binding holds full rows, so reading through
/// one is the reference.
@Suite("Column pruning")
struct ColumnPruningTests {
    static let stages = [
        "count", "group by speaker | count", "group by kind, speaker | count", "select speaker, kind",
        "where kind == \"direct\" | select SPEAKER as who", "distinct speaker", "sort length(text) desc | take 3 | select text",
        "where text ~ \"levee\" | count", "group by speaker | list cue",
    ]

    @Test(arguments: stages)
    func quotesAgreeWithFullRows(_ stage: String) throws {
        let corpus = Corpus()
        corpus.loadSamples()
        _ = try corpus.run("let full = quotes")
        let pruned = try corpus.query("quotes | " + stage)
        let reference = try corpus.query("full | " + stage)
        #expect(pruned == reference)
        #expect(!pruned.rows.isEmpty)
    }

    @Test(arguments: ["articles", "paragraphs", "sentences", "entities", "mentions", "sources", "numbers", "dates"])
    func everySourceCountsAndSelectsLikeItsFullRows(_ source: String) throws {
        let corpus = Corpus()
        corpus.loadSamples()
        _ = try corpus.run("let full = \(source)")
        let all = try corpus.query(source)
        for column in all.columns.map(\.name) {
            #expect(try corpus.query("\(source) | select \(column)") == corpus.query("full | select \(column)"))
        }
        #expect(try corpus.query("\(source) | count") == corpus.query("full | count"))
        #expect(try corpus.query("\(source) | select *") == all)
    }

    @Test func fieldsReadStopAtTheFirstStageThatReshapes() {
        func fields(_ q: String) -> Set<String>? {
            guard case .success(.pipeline(let p)) = Parser.parse(q) else { return ["<parse error>"] }
            return Evaluator.fieldsRead(by: p.stages)
        }
        #expect(fields("quotes") == nil)
        #expect(fields("quotes | where kind == \"direct\"") == nil)
        #expect(fields("quotes | count") == [])
        #expect(fields("quotes | where Kind == \"direct\" | group by speaker | count") == ["kind", "speaker"])
        #expect(fields("quotes | select speaker as who | where who ~ \"a\"") == ["speaker"])
        #expect(fields("quotes | select *") == nil)
        #expect(fields("quotes | group by speaker | sum length(text)") == ["speaker", "text"])
    }
}
