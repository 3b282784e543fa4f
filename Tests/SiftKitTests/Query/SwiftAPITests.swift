import Testing
import SiftKit

/// The README's "From Swift" example, compiled and run as written.
@Suite("Swift API")
struct SwiftAPITests {
    @Test func readmeExample() throws {
        let corpus = Corpus()
        corpus.loadSamples()                                  // or: corpus.load(["articles/"])
        let table = try corpus.query("articles | where words > 400 | count")
        #expect(table.rows == [[.int(3)]])
        let quotes = try corpus.query("quotes | where kind == \"direct\" | group by speaker | count")
        #expect(quotes.columnNames == ["speaker", "count"])
        #expect(quotes.rows.allSatisfy { row in if case .int(let n) = row[1] { return n > 0 } else { return false } })
    }
}
