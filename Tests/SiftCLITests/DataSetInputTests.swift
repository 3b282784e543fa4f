import Foundation
import Testing

@Suite("sift reads data sets: JSON Lines, CSV, standard input")
struct DataSetInputTests {
    static let jsonl = """
        {"id": "h1", "text": "Levee holds\\n\\nThe mayor said: \\"We are ready.\\"", "outlet": "Herald", "date": "2024-03-01"}
        {"id": "w1", "text": "Rain falls\\n\\nIt rained all day, said Bob Smith.", "outlet": "Wire"}
        {"id": "h2", "text": "Wind\\n\\nIt was windy.", "outlet": "Herald"}
        this line is broken

        """

    @Test func jsonLinesFromAFileGroupByOutlet() throws {
        let dir = TempDir()
        let file = dir.write("news.jsonl", Self.jsonl)
        let r = try Sift.run(["-f", "csv", "-e", "articles | group by outlet | count | sort outlet", file])
        #expect(r.status == 0)
        #expect(r.stdout == "outlet,count\r\nHerald,2\r\nWire,1\r\n")
        #expect(r.stderr == "sift: warning: \(file):4: not a JSON object: expected a JSON object ('{') at byte 1; skipped\n")
    }

    @Test func standardInputIsSniffedOrNamed() throws {
        let r = try Sift.run(["-f", "csv", "-q", "-e", "articles | select article, outlet", "-"], stdin: Self.jsonl)
        #expect(r.status == 0)
        #expect(r.stdout == "article,outlet\r\nh1,Herald\r\nw1,Wire\r\nh2,Herald\r\n")
        let csv = try Sift.run(["--input-format", "csv", "--text-field", "body", "-f", "csv", "-e", "articles | select article, words", "-"],
                               stdin: "id,body\nx,\"One, two three.\"\n")
        #expect(csv.stdout == "article,words\r\nx,3\r\n")
        // Without the option, the engine says what is wrong and the CLI which flag changes it.
        let noColumn = try Sift.run(["--input-format", "csv", "-e", "articles | count", "-"], stdin: "id,body\nx,\"One, two three.\"\n")
        #expect(noColumn.stderr.contains("the header has no 'text' column (columns: id, body) (name the text field with --text-field)"))
        let text = try Sift.run(["-f", "csv", "-e", "articles | select article, words", "-"], stdin: "Title\n\nJust some plain words.\n")
        #expect(text.stdout == "article,words\r\nstdin,4\r\n")
        let noQueries = try Sift.run(["-"], stdin: Self.jsonl)
        #expect(noQueries.status == 2)
        #expect(noQueries.stderr.contains("standard input holds the articles"))
    }

    @Test func theREPLLoadsADataSet() throws {
        let dir = TempDir()
        let file = dir.write("news.jsonl", Self.jsonl)
        let script = dir.write("s.sift", ".load \(file)\narticles in h1, w1 | select article, outlet, date\n")
        let s = try Sift.run(["run", script, "-q", "-f", "csv", "--", dir.write("x.txt", "X\n\nA text file too.")])
        #expect(s.status == 0)
        #expect(s.stdout == "article,outlet,date\r\nh1,Herald,2024-03-01\r\nw1,Wire,\r\n")
    }
}
