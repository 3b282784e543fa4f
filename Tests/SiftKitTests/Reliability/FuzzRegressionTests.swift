import Foundation
import Testing
@testable import SiftKit

/// Every input the fuzzers found (Tests/Fuzz/regressions/TARGET/NAME) runs through the same
/// path as its fuzz target, and must neither crash nor take long. Each also has a test of what
/// it should do instead.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let root = Paths.repo.appendingPathComponent("Tests/Fuzz/regressions")

    static func inputs(_ target: String) -> [String] {
        let dir = root.appendingPathComponent(target)
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted().map { dir.appendingPathComponent($0).path }
    }

    static let ingestQueries = ["articles", "paragraphs", "sentences", "quotes", "entities", "sources", "numbers", "dates",
                                "mentions", "show 1", "why quote 1", "why entity 1", "why source 1", "kwic \"said\""]

    @Test func thereAreRegressionInputs() {
        #expect(Self.inputs("query").count + Self.inputs("ingest").count + Self.inputs("notebook").count >= 3)
    }

    @Test(arguments: inputs("ingest"))
    func ingestInput(_ path: String) throws {
        let raw = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let start = Date()
        guard case .success(let decoded) = TextDecoder.decode(raw) else { return }
        let corpus = Corpus()
        corpus.add(ArticleBuilder.build(decoded, name: "fuzz.txt", origin: .text))
        for q in Self.ingestQueries { Self.runAndRender(corpus, q) }
        #expect(Date().timeIntervalSince(start) < 10, "\(path) is slow")
    }

    @Test(arguments: inputs("query"))
    func queryInput(_ path: String) throws {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        let corpus = Corpus()
        corpus.loadSamples()
        let start = Date()
        Self.runAndRender(corpus, text)
        #expect(Date().timeIntervalSince(start) < 10, "\(path) is slow")
    }

    /// Runs a statement (an error is fine) and renders its table in every format, as the fuzz
    /// targets do.
    static func runAndRender(_ corpus: Corpus, _ statement: String) {
        guard let table = try? corpus.query(statement) else { return }
        for format in OutputFormat.allCases { _ = TableWriter.render(table, as: format) }
    }

    @Test(arguments: inputs("notebook"))
    func notebookInput(_ path: String) throws {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        let nb = NotebookFormat.read(text)
        _ = NotebookFormat.read(NotebookFormat.write(nb))
    }

    // What each finding should do instead.

    @Test func whyWithIdZeroOrBelowIsAnError() {
        let corpus = Corpus()
        corpus.loadSamples()
        for q in ["why quote 0", "why entity 0", "why source 0"] {
            #expect(throws: QueryError.self) { try corpus.query(q) }
        }
        do {
            _ = try corpus.query("why quote 0")
        } catch {
            #expect(error.message == "no quote 0")
            #expect(error.hint == "quote ids start at 1")
        }
    }

    @Test func anOpenQuoteBeforeAParagraphOfControlCharacters() throws {
        // A quote mark, then a line of one control character: a paragraph with no token at all.
        let a = article("\"\n\u{0E}")
        let analysis = Analyzer.analyze(a)
        #expect(analysis.quotes.isEmpty)
    }

    @Test func quoteAfterQuoteInOneSentenceIsLinear() {
        func time(_ pairs: Int) -> Double {
            let a = article("Quotes\n\n" + String(repeating: "“a” ", count: pairs) + "she said.\n")
            let start = Date()
            _ = Analyzer.analyze(a)
            return Date().timeIntervalSince(start)
        }
        _ = time(200)
        let small = time(1_000), large = time(8_000)
        // Eight times the quotes may cost up to about eight times the time, not sixty-four.
        #expect(large < max(small * 25, 0.5), "1,000 pairs: \(small) s; 8,000 pairs: \(large) s")
    }

    @Test func aTableWithAHugeCellRendersInLinearTime() {
        // Short rows are padded to the widest cell, then their trailing spaces trimmed.
        var table = Table(columns: [Column("text", .string)])
        table.rows = [[.string(String(repeating: "x", count: 200_000))]] + Array(repeating: [.string("y")], count: 200)
        let start = Date()
        let out = TableWriter.render(table, as: .table)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(out.hasSuffix("y\n"))
    }

    @Test func scriptsWithLongRunsOfSpaceTrimQuickly() {
        let start = Date()
        let entries = ScriptReader.entries("articles | count" + String(repeating: " ", count: 300_000) + "\n" + String(repeating: " ", count: 300_000))
        #expect(entries.count == 1)
        #expect(entries.first?.text.trimmed == "articles | count")
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func aNameChunkOfOnlyDerivedAdjectivesAtTheVeryEnd() {
        // The last tokens of the article: a capitalised word, then "Matter-twe" (a derived
        // adjective, like "Washington-based") with nothing after it.
        let a = article("Flood\n\nPhoto: Floodwater on Matter-twe")
        let analysis = Analyzer.analyze(a)
        #expect(!analysis.mentions.contains { a.text($0.span).contains("Matter") })
    }
}
