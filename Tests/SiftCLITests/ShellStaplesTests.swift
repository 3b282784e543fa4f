import Foundation
import Testing

/// What a sqlite3 or DuckDB user types first: ;, .schema, .output/.once, settings that say their
/// state, meta commands in -e, and the hints for other shells' names.
@Suite("sqlite3 and DuckDB staples")
struct ShellStaplesTests {
    @Test func metaCommandsRunInDashEAndSemicolonsSeparateStatements() throws {
        let help = try Sift.run(["-e", ".help where"])
        #expect(help.status == 0, "\(help.stderr)")
        #expect(help.stdout.contains("where COND") || help.stdout.contains("where "))
        let two = try Sift.run(["-f", "csv", "-e", "articles | count; quotes | where kind == \"direct\" | count;"])
        #expect(two.status == 0, "\(two.stderr)")
        #expect(two.stdout.components(separatedBy: "count\r\n").count == 3)
        // A ; inside a string or a regex is not a separator.
        let inString = try Sift.run(["-f", "csv", "-e", "sentences | where text ~ \"a;b\" | count; sentences | where text matches /x;y/ | count"])
        #expect(inString.status == 0, "\(inString.stderr)")
        #expect(inString.stdout == "count\r\n0\r\ncount\r\n0\r\n")
        #expect(try Sift.run(["-f", "csv", "-e", "articles | count;"]).stdout == "count\r\n4\r\n")
        #expect(try Sift.run(["-f", "csv", "-e", "articles | count  "]).stdout == "count\r\n4\r\n", "trailing spaces, no ;")
        let meta = try Sift.run([], stdin: ".format csv; articles | count\n")
        #expect(meta.stdout == "count\r\n4\r\n")
    }

    @Test func schemaListsFieldsAndTypesPerSourceAndBinding() throws {
        let r = try Sift.run(["-f", "csv", "-e", "let marsh = quotes | where speaker ~ \"Marsh\" | select speaker, start", "-e", ".schema"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("quotes,speaker,string\r\n"))
        #expect(r.stdout.contains("articles,words,int\r\n"))
        #expect(r.stdout.contains("kwic,keyword,string\r\n"))
        #expect(r.stdout.contains("marsh,start,int\r\n"))
        let one = try Sift.run(["-f", "csv", "-e", ".schema numbers"])
        #expect(one.stdout.hasPrefix("source,field,type\r\nnumbers,article,string\r\n"))
        #expect(!one.stdout.contains("quotes,"))
        let bad = try Sift.run(["-e", ".schema qoutes"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("did you mean 'quotes'?"))
    }

    @Test func outputAndOnceSendResultsToAFile() throws {
        let dir = TempDir()
        let script = """
        .output all.txt
        articles | count
        quotes | where kind == "partial" | count
        .output
        sources | count
        .once one.csv
        .format csv
        articles | select id | take 2
        entities | count
        """
        let r = try Sift.run([], stdin: script + "\n", cwd: dir.url)
        #expect(r.status == 0, "\(r.stderr)")
        let all = try String(contentsOfFile: dir.path + "/all.txt", encoding: .utf8)
        #expect(all.components(separatedBy: "count\n").count == 3)
        #expect(all.contains("    4\n"))
        let once = try String(contentsOfFile: dir.path + "/one.csv", encoding: .utf8)
        #expect(once == "id\r\n1\r\n2\r\n")
        // Back on the screen: the result after .output, and the one after .once's.
        #expect(r.stdout.components(separatedBy: "count").count == 3)
        #expect(!r.stdout.contains("id\r\n1"))
        #expect(try Sift.run([], stdin: ".once\n").stderr.contains(".once needs a file"))
    }

    @Test func settingsSayTheirStateAndOtherShellsNamesGetAHint() throws {
        let r = try Sift.run([], stdin: ".pager\n.wrap off\n.wrap\n.timer\n.format\n")
        #expect(r.stdout == "pager: on\nwrap: off\ntimer: off\nformat: table\n")
        let read = try Sift.run([], stdin: ".read x.sift\n")
        #expect(read.stderr.contains("unknown command '.read' — did you mean .run?"))
        #expect(try Sift.run([], stdin: ".wrap sideways\n").stderr.contains(".wrap takes on or off"))
    }

    @Test func helpNamesTheRealHistoryPathAndEveryAggregate() throws {
        let dir = TempDir()
        let help = try Sift.run(["--help"], environment: ["XDG_STATE_HOME": dir.path])
        // The help is wrapped to the terminal's width: read it as one line.
        let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains(dir.path + "/sift/history"))
        #expect(text.contains("two JSON arrays"))
        let overview = try Sift.run(["-e", ".help"])
        #expect(overview.stdout.contains("sum, avg, min, max, list"))
        #expect(overview.stdout.contains("chart"))
        #expect(overview.stdout.contains(".schema") && overview.stdout.contains(".output"))
    }

    @Test func anErrorOnALaterLineOfAStatementNamesThatLine() throws {
        let dir = TempDir()
        let script = dir.write("s.sift", "articles | count\nquotes\n  | where kind == \"direct\"\n  | wher speaker\n")
        let r = try Sift.run(["run", script])
        #expect(r.status == 1)
        #expect(r.stderr.contains("s.sift:4: syntax error: unknown stage 'wher'"), "\(r.stderr)")
        let dashC = try Sift.run(["-c", "articles\n| wher x"])
        #expect(dashC.stderr.hasPrefix("line 2: syntax error"), "\(dashC.stderr)")
    }
}
