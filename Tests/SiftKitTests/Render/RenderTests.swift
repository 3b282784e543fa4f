import Foundation
import Testing
@testable import SiftKit

@Suite("Writing tables")
struct RenderTests {
    let table = Table(
        columns: [Column("id", .int), Column("name", .string), Column("note", .string)],
        rows: [[.int(1), .string("Zelenskyy"), .string("said \"no\", twice")],
               [.int(22), .string("東京 🇺🇦"), .null],
               [.int(3), .string("line\nbreak\u{1B}[31m"), .string("a|b")]])

    @Test func alignedTableIsUnicodeWidthCorrect() {
        let out = TableWriter.render(table, as: .table)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines[0] == "id  name                 note")
        #expect(lines[1] == "──  ───────────────────  ────────────────")
        #expect(lines[2] == " 1  Zelenskyy            said \"no\", twice")
        #expect(lines[3] == "22  東京 🇺🇦")
        #expect(lines[4] == " 3  line\\nbreak\\x1b[31m  a|b")
        for line in lines { #expect(!line.contains("\u{1B}")) }
    }

    @Test func terminalWidthCutsLongCells() {
        let long = Table(columns: [Column("n", .int), Column("text", .string)],
                         rows: [[.int(1), .string(String(repeating: "levee ", count: 30))]])
        let out = TableWriter.render(long, as: .table, options: RenderOptions(width: 40))
        for line in out.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 40) }
        #expect(out.contains("…"))
        let uncut = TableWriter.render(long, as: .table)
        #expect(!uncut.contains("…"))
    }

    @Test func csvFollowsRFC4180() {
        let out = TableWriter.render(table, as: .csv)
        #expect(out == "id,name,note\r\n1,Zelenskyy,\"said \"\"no\"\", twice\"\r\n22,東京 🇺🇦,\r\n3,\"line\nbreak\u{1B}[31m\",a|b\r\n")
    }

    @Test func jsonKeepsKeyOrderAndEscapes() throws {
        let out = TableWriter.render(table, as: .json)
        #expect(out.hasPrefix("[\n  {\"id\": 1, \"name\": \"Zelenskyy\", \"note\": \"said \\\"no\\\", twice\"},\n"))
        #expect(out.contains("\"note\": null"))
        #expect(out.contains("line\\nbreak\\u001b[31m"))
        let parsed = try JSONSerialization.jsonObject(with: Data(out.utf8)) as! [[String: Any]]
        #expect(parsed.count == 3)
        #expect(parsed[2]["name"] as? String == "line\nbreak\u{1B}[31m")
        #expect(TableWriter.render(Table(columns: table.columns), as: .json) == "[]\n")
    }

    @Test func streamedRowsEscapeAsTheTablesDo() {
        // The byte-level writer of `sift extract` and the table writer agree, escapes included.
        let rows: [[Value]] = [[.int(1), .string("plain é 東京"), .null], [.int(2), .string("q\"\\ \u{85} \u{2028} \u{7F}\t"), .list([.string("a"), .int(3)])]]
        let columns = [Column("id", .int), Column("text", .string), Column("more", .list)]
        let expected = TableWriter.render(Table(columns: columns, rows: rows), as: .jsonl)
        #expect(RowLines.render(rows, columns: columns, as: .jsonl) == expected)
        #expect(expected.contains("\\u0085 \\u2028 \\u007f\\t"))
        let split = RowLines.split(rows, columns: columns, as: .jsonl, at: 0)
        #expect(split.map { $0.head + "9" + $0.tail }.joined() == expected.replacingOccurrences(of: "\"id\": 1", with: "\"id\": 9").replacingOccurrences(of: "\"id\": 2", with: "\"id\": 9"))
    }

    @Test func jsonLinesOneObjectPerLine() throws {
        let out = TableWriter.render(table, as: .jsonl)
        let lines = out.split(separator: "\n")
        #expect(lines.count == 3)
        for line in lines { _ = try JSONSerialization.jsonObject(with: Data(line.utf8)) }
    }

    @Test func markdownPipeTable() {
        let out = TableWriter.render(table, as: .markdown)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines[0] == "| id | name | note |")
        #expect(lines[1] == "| ---: | --- | --- |")
        #expect(lines[4] == "| 3 | line<br>break\\x1b[31m | a\\|b |")
    }

    @Test func sanitizingMakesControlsVisible() {
        #expect(TerminalText.sanitize("a\u{1B}]8;;http://x\u{07}b") == "a\\x1b]8;;http://x\\x07b")
        #expect(TerminalText.sanitize("abc\u{202E}def") == "abc<U+202E>def")
        #expect(TerminalText.sanitize("x\u{9B}31m") == "x\\x9b31m")
        #expect(TerminalText.sanitize("tab\there", keepNewlines: true) == "tab\there")
        #expect(TerminalText.sanitize("plain “text” é") == "plain “text” é")
    }

    @Test func displayWidths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("東京") == 4)
        #expect(DisplayWidth.of("café") == 4)
        #expect(DisplayWidth.of("cafe\u{301}") == 4)
        #expect(DisplayWidth.of("🇺🇦") == 2)
        #expect(DisplayWidth.truncate("東京タワー", to: 5) == "東京…")
    }
}
