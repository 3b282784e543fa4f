import Foundation
import Testing
@testable import SiftKit

/// Articles as data sets come: JSON Lines, CSV and TSV, with metadata, and every way a line
/// can be broken.
@Suite("Loading data sets: JSON Lines, CSV, TSV")
struct DataSetTests {
    static let story = "Levee holds\n\nThe mayor, Jane Doe, said: \"We are ready.\" Officials agreed."

    func json(_ s: String) -> String { JSON.string(s) }

    func messages(_ report: LoadReport) -> [String] { report.issues.map(\.description) }

    @Test func jsonLinesCarryTheirMetadataIntoArticles() throws {
        let dir = TempDir()
        let file = dir.write("news.jsonl", """
            {"id": "h-1", "text": \(json(Self.story)), "title": "Levee holds", "outlet": "Herald", "date": "2024-03-01", "url": "https://h.example/1"}
            {"id": 7, "text": "Rain\\n\\nIt rained, said Bob Smith.", "outlet": "Wire", "extra": {"nested": [1, 2]}}

            {"text": "Wind\\n\\nIt was windy.", "outlet": "Herald"}

            """)
        let corpus = Corpus()
        let report = corpus.load([file])
        #expect(report.issues.isEmpty, "\(messages(report))")
        #expect(corpus.names == ["h-1", "7", "news.jsonl:4"])  // the id, else FILE:LINE
        let rows = try corpus.query("articles | select article, title, outlet, date, url").rows
        #expect(rows[0] == [.string("h-1"), .string("Levee holds"), .string("Herald"), .string("2024-03-01"), .string("https://h.example/1")])
        #expect(rows[1] == [.string("7"), .string("Rain"), .string("Wire"), .null, .null])
        let byOutlet = try corpus.query("articles | group by outlet | count | sort outlet").rows
        #expect(byOutlet == [[.string("Herald"), .int(2)], [.string("Wire"), .int(1)]])
        // Every source joins to the articles through `article`.
        let quotes = try corpus.query("quotes | select article, text").rows
        #expect(quotes.contains([.string("h-1"), .string("We are ready.")]))
        // Offsets are into the text field, as decoded.
        let q = try corpus.query("quotes | where article == \"h-1\" and kind == \"direct\" | select start, end").rows[0]
        let a = corpus.article(id: 1)!
        #expect(a.text(Span(Int(q[0].number!), Int(q[1].number!))) == "We are ready.")
    }

    @Test func brokenLinesAreOneWarningEachAndTheRestLoads() {
        let dir = TempDir()
        let file = dir.write("bad.jsonl", """
            {"id": "ok-1", "text": "One\\n\\nFirst story."}
            {"id": "cut", "text": "no end
            not json at all
            {"id": "no-text", "body": "the text is elsewhere"}
            {"id": "null-text", "text": null}
            {"id": "empty", "text": "   "}
            ["an", "array"]
            {"id": "trailing"} junk
            {"id": "ok-2", "text": "Two\\n\\nSecond story."}
            """)
        let corpus = Corpus()
        let report = corpus.load([file])
        #expect(corpus.names == ["ok-1", "ok-2"])
        let lines = report.issues.map { $0.path }
        #expect(lines == ["\(file):2", "\(file):3", "\(file):4", "\(file):5", "\(file):6", "\(file):7", "\(file):8"])
        #expect(report.issues.allSatisfy { $0.severity == .warning })
        #expect(!report.hadFailures)
        #expect(messages(report)[2].contains("no 'text' field"))
        #expect(messages(report)[0].contains("not a JSON object"))
    }

    @Test func theTextFieldCanBeNamed() throws {
        let dir = TempDir()
        let file = dir.write("b.jsonl", #"{"uid": "x", "body": "Body\n\nText here.", "source": "Gazette"}"# + "\n")
        let corpus = Corpus()
        let report = corpus.load([file], options: LoadOptions(fields: RecordFields(text: "body", id: "uid", outlet: "source")))
        #expect(report.issues.isEmpty)
        #expect(try corpus.query("articles | select article, outlet").rows == [[.string("x"), .string("Gazette")]])
    }

    @Test func aHugeLineIsSkippedWithoutStoppingTheFile() {
        let dir = TempDir()
        let huge = "{\"id\": \"huge\", \"text\": \"" + String(repeating: "word ", count: 300_000) + "\"}\n"
        let file = dir.write("big.jsonl", "{\"id\": \"a\", \"text\": \"A\\n\\nSmall.\"}\n" + huge + "{\"id\": \"b\", \"text\": \"B\\n\\nSmall too.\"}\n")
        let corpus = Corpus()
        let report = corpus.load([file], options: LoadOptions(maxFileSize: 1 << 20))
        #expect(corpus.names == ["a", "b"])
        #expect(messages(report) == ["\(file):2: line is 1.4 MiB, over the 1 MiB limit; skipped"])
        #expect(report.issues.map(\.remedy) == [.raiseSizeLimit])
    }

    @Test func nonUTF8BytesAreReadAsWindows1252WithAWarning() throws {
        let dir = TempDir()
        var bytes = Array(#"{"id": "c", "text": "Caf"#.utf8) + [0xE9] + Array(#" owner Ann Lee said \"fine\"."}"#.utf8) + [0x0A]
        bytes += Array("id,text\nr1,\"Na".utf8) + [0xEF] + Array("ve story.\"\n".utf8)
        let jsonl = dir.write("latin.jsonl", Array(bytes.prefix { $0 != 0x0A }) + [0x0A])
        let csv = dir.write("latin.csv", Array(bytes.drop { $0 != 0x0A }.dropFirst()))
        let corpus = Corpus()
        let report = corpus.load([jsonl, csv])
        #expect(corpus.names == ["c", "r1"])
        #expect(corpus.article(id: 1)!.string.hasPrefix("Café owner"))
        #expect(corpus.article(id: 2)!.string == "Naïve story.")
        #expect(messages(report) == ["\(jsonl):1: not valid UTF-8; decoded as Windows-1252", "\(csv):2: not valid UTF-8; decoded as Windows-1252"])
    }

    @Test func csvRecordsMaySpanLinesAndBadRowsAreSkipped() throws {
        let dir = TempDir()
        let file = dir.write("news.csv", "id,outlet,text\r\n"
            + "c1,Herald,\"Flood, again\n\nThe mayor said \"\"we are ready\"\".\"\r\n"
            + "c2,Wire,A short one.\r\n"
            + "c3,Wire,too,many,fields\r\n"
            + "c4,Wire\r\n"
            + "c5,Herald,\"never closed\n")
        let corpus = Corpus()
        let report = corpus.load([file])
        #expect(corpus.names == ["c1", "c2"])
        #expect(corpus.article(id: 1)!.string == "Flood, again\n\nThe mayor said \"we are ready\".")
        #expect(messages(report) == ["\(file):6: 5 fields, but the header has 3; skipped",
                                     "\(file):7: 'text' is null; skipped",
                                     "\(file):8: a quoted field is not closed before the end of the file; record skipped"])
        #expect(try corpus.query("articles | select outlet").rows == [[.string("Herald")], [.string("Wire")]])
    }

    @Test func tsvAndAMissingTextColumn() throws {
        let dir = TempDir()
        let tsv = dir.write("a.tsv", "id\ttext\tdate\nt1\tTabs\\n are kept as written.\t2020-01-01\n")
        let nocol = dir.write("b.csv", "id,body\nx,y\n")
        let corpus = Corpus()
        let report = corpus.load([tsv, nocol])
        #expect(corpus.names == ["t1"])
        #expect(try corpus.query("articles | select date").rows == [[.string("2020-01-01")]])
        #expect(report.hadFailures)
        #expect(messages(report) == ["\(nocol): the header has no 'text' column (columns: id, body)"])
    }

    @Test func aDataSetGivenTwiceLoadsOnce() {
        let dir = TempDir()
        let file = dir.write("d.jsonl", #"{"id": "only", "text": "One\n\nStory."}"# + "\n")
        let corpus = Corpus()
        corpus.load([file, file])
        corpus.load([file])
        #expect(corpus.names == ["only"])
    }

    @Test func repeatedIdsAreMadeUnique() {
        let dir = TempDir()
        let file = dir.write("dup.jsonl", #"{"id": "x", "text": "One\n\nStory."}"# + "\n" + #"{"id": "x", "text": "Two\n\nStory."}"# + "\n")
        let corpus = Corpus()
        corpus.load([file])
        #expect(corpus.names == ["x", "x#2"])
    }
}
