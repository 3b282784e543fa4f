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

/// `chart line` on a terminal: a line of braille dots, not bars.
@Suite("Line charts on a terminal")
struct LineChartTextTests {
    static func chart(_ values: [Double], labels: [String]? = nil) throws -> Chart {
        let names = labels ?? values.indices.map { "2024-03-0\($0 + 1)" }
        let t = Table(columns: [Column("date", .string), Column("count", .double)],
                      rows: zip(names, values).map { [.string($0), .double($1)] })
        return try Chart(.line, table: t, range: 0..<1)
    }

    /// The plot's rows: between the caption and the x axis (└───).
    static func plot(_ out: String) -> [[Character]] {
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        let axis = lines.firstIndex { $0.contains("└") } ?? lines.endIndex
        return Array(lines[1..<axis])
    }

    static func isDot(_ c: Character) -> Bool { c.unicodeScalars.allSatisfy { (0x2801...0x28FF).contains($0.value) } }

    /// The row (0 at the top) of the first and of the last column that has a dot.
    static func rowsOfEnds(_ plot: [[Character]]) -> (first: Int, last: Int)? {
        var cells: [(row: Int, column: Int)] = []
        for (r, line) in plot.enumerated() { for (c, ch) in line.enumerated() where isDot(ch) { cells.append((r, c)) } }
        guard let left = cells.map(\.column).min(), let right = cells.map(\.column).max() else { return nil }
        return (cells.filter { $0.column == left }.map(\.row).max()!, cells.filter { $0.column == right }.map(\.row).min()!)
    }

    @Test func risingValuesDrawALineUpwardsWithItsAxesAndLabels() throws {
        let out = ChartText.render(try Self.chart([1, 2, 3, 5, 8]), width: 60, color: false)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines[0] == "count by date")
        #expect(!out.contains("█") && !out.contains("\u{1B}"))
        let plot = Self.plot(out)
        #expect(plot.count == 5, "five points, five rows")
        #expect(String(plot[0]).hasPrefix("8 ┤") && String(plot[4]).hasPrefix("0 ┤"), "\(out)")
        let ends = try #require(Self.rowsOfEnds(plot))
        #expect(ends.first > ends.last, "the first point is lower than the last\n\(out)")
        #expect(ends.last == 0, "the largest number is on the top row")
        // Dots in every column between the ends: the points are joined.
        let dotted = Set(plot.flatMap { line in line.indices.filter { Self.isDot(line[$0]) } })
        #expect(dotted.count == dotted.max()! - dotted.min()! + 1)
        let labels = try #require(lines.last)
        #expect(labels.hasPrefix("   2024-03-01") && labels.hasSuffix("2024-03-05"), "\(labels)")
        for line in lines { #expect(DisplayWidth.of(line) <= 60, "\(line)") }
        // With colour the line is coloured; without, as above, no escape codes at all.
        #expect(ChartText.render(try Self.chart([1, 2, 3, 5, 8]), width: 60, color: true).contains("\u{1B}["))
    }

    @Test func onePointEqualNumbersNegativesAndNoRows() throws {
        let one = ChartText.render(try Self.chart([5]), width: 40, color: false)
        #expect(one.contains { Self.isDot($0) } && one.contains("2024-03-01") && one.hasPrefix("count by date\n5 ┤"), "\(one)")
        // All the same: one flat line on the top row (the axis starts at 0).
        let flat = Self.plot(ChartText.render(try Self.chart([3, 3, 3, 3]), width: 40, color: false))
        #expect(flat.indices.filter { flat[$0].contains { Self.isDot($0) } } == [0])
        // All zero: on the bottom row, and the axis has the one label.
        let zero = ChartText.render(try Self.chart([0, 0, 0]), width: 40, color: false)
        let zeroPlot = Self.plot(zero)
        #expect(zeroPlot.indices.filter { zeroPlot[$0].contains { Self.isDot($0) } } == [zeroPlot.count - 1])
        #expect(zero.components(separatedBy: "┤").count == 2 && zeroPlot.last.map { String($0).hasPrefix("0 ┤") } == true, "\(zero)")
        // Negative numbers: the axis goes below 0, and says where 0 is.
        let negative = ChartText.render(try Self.chart([-4, -1, 2, 6]), width: 40, color: false)
        let plot = Self.plot(negative).map { String($0) }
        #expect(plot.first?.hasPrefix(" 6 ┤") == true && plot.last?.hasPrefix("-4 ┤") == true, "\(negative)")
        #expect(plot.dropFirst().dropLast().contains { $0.hasPrefix(" 0 ┤") }, "\(negative)")
        let ends = try #require(Self.rowsOfEnds(Self.plot(negative)))
        #expect(ends.first == plot.count - 1 && ends.last == 0)
        // The handout's SVG draws the same axis.
        let svg = HTMLChart.render(try Self.chart([-4, -1, 2, 6]))
        #expect(svg.contains(">6</text>") && svg.contains(">-4</text>"))
        #expect(ChartText.render(try Self.chart([]), width: 40, color: false) == "count by date\n(no rows)\n")
    }

    @Test func manyPointsAndNarrowTerminalsStayInsideTheWidth() throws {
        // More points than dot columns: they share columns, and the line still spans the plot.
        let many = try Self.chart((0..<500).map { Double($0 % 37) }, labels: (0..<500).map { "day \($0)" })
        for width in [20, 33, 80] {
            let out = ChartText.render(many, width: width, color: false)
            for line in out.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= width, "\(width): \(line)") }
            #expect(Self.plot(out).count == LineChartText.rows)
            #expect(out.contains("day 0") && out.contains("day 499"), "\(out)")
        }
        // Numbers at the ends of what a Double holds, and a point without a number, draw too.
        let extremes = ChartText.render(try Self.chart([-1e308, .nan, 1e308, .infinity]), width: 30, color: false)
        #expect(Self.plot(extremes).contains { $0.contains { Self.isDot($0) } })
        // Long, wide and hostile labels are cut, sanitised and kept apart.
        let labels = ["北京 2024年3月1日 morning edition", "a", "b", "x\u{1B}[31mred"]
        let out = ChartText.render(try Self.chart([4, 1, 2, 9], labels: labels), width: 20, color: false)
        #expect(!out.contains("\u{1B}"))
        for line in out.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 20, "\(line)") }
        let xLabels = String(out.split(separator: "\n").last!)
        #expect(xLabels.contains("北京") && xLabels.contains("…") && xLabels.contains("x\\x1b"), "\(out)")
    }
}
