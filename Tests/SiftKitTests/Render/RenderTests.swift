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

    @Test func terminalWidthWrapsLongCellsOrCutsThemWithWrapOff() {
        let long = Table(columns: [Column("n", .int), Column("text", .string)],
                         rows: [[.int(1), .string(String(repeating: "levee ", count: 30))]])
        let wrapped = TableWriter.render(long, as: .table, options: RenderOptions(width: 40))
        for line in wrapped.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 40) }
        #expect(!wrapped.contains("…"))
        let body = wrapped.split(separator: "\n").dropFirst(2).map(String.init).joined(separator: " ")
        #expect(body.components(separatedBy: " ").filter { $0 == "levee" }.count == 30)
        let cut = TableWriter.render(long, as: .table, options: RenderOptions(width: 40, wrap: false))
        for line in cut.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 40) }
        #expect(cut.contains("…"))
        #expect(cut.split(separator: "\n").count == 3)
        let uncut = TableWriter.render(long, as: .table)
        #expect(!uncut.contains("…"))
    }

    @Test func shortColumnsKeepTheirWidthAndTextColumnsShareTheRest() {
        // compare's quote rows at 160 columns: left and diff got six columns, right 118.
        let words = String(repeating: "the levee held for sixty years ", count: 6)
        let t = Table(columns: [Column("section", .string), Column("left", .string), Column("right", .string), Column("diff", .string)],
                      rows: [[.string("quote (Ellen Marsh)"), .string(words), .string(words + words), .string(words)]])
        let out = TableWriter.render(t, as: .table, options: RenderOptions(width: 160))
        let rule = out.components(separatedBy: "\n")[1].components(separatedBy: " ").filter { !$0.isEmpty }.map { $0.count }
        #expect(rule[0] == "quote (Ellen Marsh)".count)
        #expect(rule.dropFirst().allSatisfy { $0 >= 30 }, "\(rule)")
        #expect(rule[2] > rule[1] && rule[2] > rule[3])
        #expect(rule.reduce(0, +) + 6 <= 160)
        for line in out.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 160) }
    }

    @Test func columnsThatCannotFitAreNamedNotSqueezed() {
        let t = Table(columns: (1...12).map { Column("column\($0)", .string) },
                      rows: [(1...12).map { _ in .string("some words in every cell of it") }])
        let out = TableWriter.render(t, as: .table, options: RenderOptions(width: 80))
        for line in out.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 80) }
        #expect(out.contains("more columns not shown: "))
        #expect(out.contains("column12"))
    }

    @Test func kwicContextsAreCutNotWrappedSoKeywordsStayOnOneLine() throws {
        let c = Corpus()
        c.loadSamples()
        let t = try c.query("kwic \"levee\" width 30 | take 3")
        let out = TableWriter.render(t, as: .table, options: RenderOptions(width: 70))
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.count == 5, "one line a match: \(out)")
        let column = try #require(lines.dropFirst(2).first?.range(of: "levee")).lowerBound.utf16Offset(in: lines[2])
        for line in lines.dropFirst(2) { #expect(line.range(of: "levee")?.lowerBound.utf16Offset(in: line) == column, "\(line)") }
    }

    @Test func evidenceTablesWrapEvenWithWrapOff() {
        let t = Table(columns: [Column("field", .string), Column("value", .string)],
                      rows: [[.string("evidence"), .string(String(repeating: "word ", count: 40))]], keepWhole: true)
        let out = TableWriter.render(t, as: .table, options: RenderOptions(width: 50, wrap: false))
        #expect(!out.contains("…"))
        #expect(out.split(separator: "\n").count > 3)
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
        #expect(expected.contains("\"text\": \"q\\\"\\\\ \\u0085 \\u2028 \\u007f\\t\""))
        // Left out in the middle: the head ends with its key, the tail starts with the next pair.
        let middle = RowLines.split(rows, columns: columns, as: .jsonl, source: "quotes", at: 1)
        #expect(middle[1].head == "{\"source\": \"quotes\", \"id\": 2, \"text\": ")
        #expect(middle[1].tail == ", \"more\": [\"a\", 3]}\n")
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
        // From the generated table: full-width forms, the ideographic space, Hangul, an emoji
        // shown as emoji by default; a text-style symbol and a Latin letter stay one column.
        #expect(DisplayWidth.of("Ａ\u{3000}한") == 6)
        #expect(DisplayWidth.of("🙂") == 2)
        #expect(DisplayWidth.of("\u{1F321}") == 1)
        #expect(DisplayWidth.of("ß") == 1)
    }

    /// The generated table is sorted, its ranges disjoint and apart, and says which Unicode it is.
    @Test func theWideTableIsSortedAndNamesItsUnicodeVersion() {
        let ranges = WideCharacters.ranges
        #expect(!ranges.isEmpty)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound + 1 < $1.lowerBound })
        #expect(WideCharacters.unicodeVersion.split(separator: ".").count == 3)
    }
}
