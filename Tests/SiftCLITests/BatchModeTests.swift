import Foundation
import Testing

@Suite("sift in batch mode")
struct BatchModeTests {
    @Test func noFileMeansTheBundledSamples() throws {
        let r = try Sift.run(["-e", "articles | count"])
        #expect(r.status == 0)
        #expect(r.stdout == "count\n─────\n    4\n")
        #expect(r.stderr.isEmpty)
    }

    @Test func formatsAreSelectable() throws {
        let json = try Sift.run(["--format", "json", "-e", "articles | select id, article | take 2"])
        #expect(json.stdout == "[\n  {\"id\": 1, \"article\": \"herald-flood.txt\"},\n  {\"id\": 2, \"article\": \"wire-flood.txt\"}\n]\n")
        let csv = try Sift.run(["-f", "csv", "-e", "articles | select id | take 1"])
        #expect(csv.stdout == "id\r\n1\r\n")
        let jsonl = try Sift.run(["--format=jsonl", "-e", "articles | select id | take 2"])
        #expect(jsonl.stdout == "{\"id\": 1}\n{\"id\": 2}\n")
        let md = try Sift.run(["--format", "markdown", "-e", "articles | select id | take 1"])
        #expect(md.stdout == "| id |\n| ---: |\n| 1 |\n")
        let bad = try Sift.run(["--format", "xml", "-e", "articles"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("the value 'xml' is invalid for '--format <format>'"), "\(bad.stderr)")
        #expect(bad.stderr.contains("'table', 'csv', 'json', 'jsonl' or 'markdown'"), "the formats there are")
    }

    @Test func tablesToAPipeAreNeverCutOrColoured() throws {
        let r = try Sift.run(["-e", "sentences | sort length(text) desc | take 1 | select text"],
                             environment: ["COLUMNS": "30"])
        #expect(!r.stdout.contains("…"))
        #expect(!r.stdout.contains("\u{1B}["))
        #expect(r.stdout.split(separator: "\n")[2].count > 100)
    }

    @Test func queryErrorShowsCaretAndHintAndExitsOne() throws {
        let r = try Sift.run(["-e", "articles | wher words > 3"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "syntax error: unknown stage 'wher'\n  articles | wher words > 3\n             ^~~~\nhint: did you mean 'where'?\n")
    }

    @Test func severalQueriesRunInOrderAndStopAtTheFirstError() throws {
        let r = try Sift.run(["-e", "articles | count", "-e", "artcles", "-e", "sentences | count"])
        #expect(r.status == 1)
        #expect(r.stdout == "count\n─────\n    4\n")
        #expect(r.stderr.hasPrefix("-e #2: error: unknown source 'artcles'"))
        let k = try Sift.run(["--keep-going", "-e", "artcles", "-e", "articles | count"])
        #expect(k.status == 1)
        #expect(k.stdout == "count\n─────\n    4\n")
    }

    @Test func unreadableInputExitsTwoButTheRestIsProcessed() throws {
        let dir = TempDir()
        let good = dir.write("good.txt", "Good news\n\nThe levee held.")
        let r = try Sift.run(["-e", "articles | select article", dir.path + "/missing.txt", good])
        #expect(r.status == 2)
        #expect(r.stdout.contains("good.txt"))
        #expect(r.stderr == "sift: \(dir.path)/missing.txt: no such file or directory\n")
    }

    @Test func badUsageExitsTwo() throws {
        let r = try Sift.run(["--frmat", "json"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown option '--frmat'. Did you mean '--format'?"), "\(r.stderr)")
        #expect(try Sift.run(["-e"]).status == 2)
        #expect(try Sift.run(["run"]).status == 2)
        let help = try Sift.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("sift -e QUERY"))
    }

    @Test func standardInputIsAScriptWithNoPrompt() throws {
        let r = try Sift.run([], stdin: "articles | count\n# a comment\nsentences in 1 |\n  count\n")
        #expect(r.status == 0)
        #expect(r.stdout == "count\n─────\n    4\n\ncount\n─────\n   29\n")
        #expect(!r.stdout.contains("sift>"))
    }

    @Test func scriptsStopAtTheFirstErrorWithItsLine() throws {
        let dir = TempDir()
        let script = dir.write("check.sift", "articles | count\n\n.format csv\narticles | where wrds > 1\narticles | count\n")
        let r = try Sift.run(["run", script])
        #expect(r.status == 1)
        #expect(r.stdout == "count\n─────\n    4\n")
        #expect(r.stderr.hasPrefix("\(script):4: error: unknown field 'wrds'"))
        let k = try Sift.run(["run", script, "--keep-going"])
        #expect(k.stdout == "count\n─────\n    4\ncount\r\n4\r\n")
        let missing = try Sift.run(["run", dir.path + "/none.sift"])
        #expect(missing.status == 2)
    }

    @Test func scriptsReadTheFilesGivenAfterThem() throws {
        let dir = TempDir()
        dir.write("a/one.txt", "One\n\nFirst story. It has two sentences.")
        dir.write("a/two.txt", "Two\n\nSecond story.")
        let script = dir.write("s.sift", "articles | select article, sentences\n")
        let r = try Sift.run(["run", script, dir.path + "/a"])
        #expect(r.status == 0)
        #expect(r.stdout == "article  sentences\n───────  ─────────\none.txt          2\ntwo.txt          1\n")
    }

    @Test func theDeliberateExamplesOfTheIssue() throws {
        let ok = try Sift.run(["-e", "articles | where words > 1000 | count"])
        #expect(ok.status == 0)
        #expect(ok.stdout == "count\n─────\n    0\n")
    }

    @Test(.needsShared) func bbcCorpusAsJSON() throws {
        let r = try Sift.run(["--format", "json", "-e", "articles", Sift.shared.appendingPathComponent("corpus/bbc").path])
        #expect(r.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
        #expect(rows.count == 2225)
        let warnings = r.stderr.split(separator: "\n")
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasSuffix("sport/199.txt: not valid UTF-8; decoded as Windows-1252") == true)
    }
}
