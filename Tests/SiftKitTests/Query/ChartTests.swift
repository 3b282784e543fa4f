import Testing
@testable import SiftKit

@Suite("Charts")
struct ChartTests {
    func samples() -> Corpus { let c = Corpus(); c.loadSamples(); return c }

    @Test func aChartNamesItsLabelsNumbersAndSeries() throws {
        let c = samples()
        guard case .chart(let bar) = try c.run("quotes | group by speaker | count | sort count desc | take 3 | chart bar") else {
            Issue.record("no chart"); return
        }
        #expect(bar.kind == .bar && bar.labelName == "speaker" && bar.valueName == "count" && bar.seriesName == nil)
        #expect(bar.points.first?.label == "Ellen Marsh" && bar.points.first?.value == 12)
        guard case .chart(let stacked) = try c.run("sources | group by article, category | count | chart stacked") else {
            Issue.record("no chart"); return
        }
        #expect(stacked.caption == "count by article and category")
        let stacks = stacked.stacks
        #expect(stacks.labels.count == 4)
        #expect(stacks.values.map { $0.reduce(0, +) }.reduce(0, +) == Double(try c.query("sources | count").rows[0][0].number!))
    }

    @Test func chartIsTheLastStageAndNeedsNumbers() {
        let c = samples()
        #expect(throws: QueryError.self) { try c.run("quotes | chart bar | take 3") }
        #expect(throws: QueryError.self) { try c.run("quotes | select speaker | chart bar") }
        #expect(throws: QueryError.self) { try c.run("quotes | group by speaker | count | chart pie") }
        #expect(throws: QueryError.self) { try c.run("let x = articles | chart bar") }
        #expect(throws: QueryError.self) { try c.run("quotes | group by speaker | count | chart stacked") }
    }

    @Test func terminalBarsFitTheWidthAndScaleToTheLargest() throws {
        let t = Table(columns: [Column("speaker", .string), Column("count", .int)],
                      rows: [[.string("Ellen Marsh"), .int(12)], [.string("Dana Whitfield"), .int(6)], [.string("Nobody"), .int(0)]])
        let chart = try Chart(.bar, table: t, range: 0..<1)
        let out = ChartText.render(chart, width: 60, color: false)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines[0] == "count by speaker")
        for line in lines { #expect(DisplayWidth.of(line) <= 60, "\(line)") }
        let full = lines[1].filter { $0 == "█" }.count, half = lines[2].filter { $0 == "█" }.count
        #expect(full > 30 && abs(half * 2 - full) <= 1)
        #expect(lines[1].hasSuffix(" 12") && lines[3].hasSuffix(" 0") && !lines[3].contains("█"))
        // Stacked bars tell their series apart by shade without colour, with a legend.
        let s = Table(columns: [Column("article", .string), Column("category", .string), Column("count", .int)],
                      rows: [[.string("a"), .string("expert"), .int(2)], [.string("a"), .string("official"), .int(2)], [.string("b"), .string("official"), .int(1)]])
        let stacked = ChartText.render(try Chart(.stacked, table: s, range: 0..<1), width: 40, color: false)
        #expect(stacked.contains("█ expert  ▓ official"))
        #expect(stacked.split(separator: "\n")[1].contains("▓"))
    }
}
