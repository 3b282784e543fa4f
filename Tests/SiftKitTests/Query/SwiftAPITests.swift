import Testing
import SiftKit

/// The README's "Using SiftKit from Swift" example, compiled and run as written.
@Suite("Swift API")
struct SwiftAPITests {
    @Test func readmeExample() throws {
        let corpus = Corpus()
        corpus.loadSamples()                                  // or: let report = corpus.load(["articles/"])
        var lines: [String] = []
        for quote in corpus.quotes where quote.kind == .direct {
            lines.append("\(quote.speaker ?? "unattributed") \(quote.text)")
        }
        #expect(lines.count == 32)
        let people = corpus.entities.filter { $0.type == .person }
        #expect(people.contains { $0.name == "Ellen Marsh" })
        let table = try corpus.query("articles | where words > 400 | count")
        #expect(table.rows == [[.int(3)]])
        let marsh = try corpus.query("quotes | where speaker == \"Ellen Marsh\"", as: QuoteRecord.self)
        #expect(marsh.count == 12)
    }
}
