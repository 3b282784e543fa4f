/// `… | chart bar|line|stacked`: a result to draw. The table stays as it is; the chart names the
/// column that labels each bar or point, the column of numbers, and for a stacked chart the
/// column whose values split each bar. The renderers (terminal, SVG, Vega-Lite) only draw it.
package struct Chart: Equatable, Sendable {
    package var kind: ChartKind
    package var table: Table
    /// Column indexes: the labels (x), the numbers, and the series of a stacked chart.
    package var label: Int, value: Int, series: Int?

    init(_ kind: ChartKind, table: Table, range: Range<Int>) throws(QueryError) {
        self.kind = kind
        self.table = table
        let columns = table.columns
        // The numbers: the last numeric column (the aggregate of a group by).
        guard let value = columns.indices.last(where: { columns[$0].type.isNumeric }) else {
            throw .evaluation("chart \(kind.rawValue) needs a column of numbers; the rows have \(table.columnNames.joined(separator: ", "))",
                              at: range, hint: "count them first, e.g. quotes | group by speaker | count | chart bar")
        }
        let others = columns.indices.filter { $0 != value }
        let text = others.filter { !columns[$0].type.isNumeric }
        guard let label = (kind == .line ? others.first : text.first ?? others.first) else {
            throw .evaluation("chart \(kind.rawValue) needs a column to label the \(kind == .line ? "points" : "bars") besides '\(columns[value].name)'",
                              at: range, hint: "e.g. quotes | group by speaker | count | chart bar")
        }
        self.value = value
        self.label = label
        if kind == .stacked {
            guard let series = others.first(where: { $0 != label }) else {
                throw .evaluation("chart stacked needs two columns to group by and one of numbers",
                                  at: range, hint: "e.g. sources | group by article, category | count | chart stacked")
            }
            self.series = series
        } else {
            series = nil
        }
    }

    package var labelName: String { table.columns[label].name }
    package var valueName: String { table.columns[value].name }
    package var seriesName: String? { series.map { table.columns[$0].name } }

    /// A caption: "count by speaker", "count by article and category".
    package var caption: String {
        valueName + " by " + labelName + (seriesName.map { " and " + $0 } ?? "")
    }

    /// One (label, number) a row, in the rows' order; rows without a number are left out.
    package var points: [(label: String, value: Double)] {
        table.rows.compactMap { row in row[value].number.map { (Chart.name(row[label]), $0) } }
    }

    /// A line chart's y axis, the same on a terminal and in the handout: from the smallest number
    /// or 0, whichever is lower, to the largest or 0 (a scale that includes zero, as Vega-Lite's).
    package var lineRange: (low: Double, high: Double) {
        let numbers = points.map(\.value).filter(\.isFinite)
        return (min(0, numbers.min() ?? 0), max(0, numbers.max() ?? 0))
    }

    /// A stacked chart's bars: labels in order of first appearance, series likewise, and
    /// `values[bar][series]` (0 where a pair has no row).
    package var stacks: (labels: [String], series: [String], values: [[Double]]) {
        guard let series else { return (points.map(\.label), [valueName], points.map { [$0.value] }) }
        var labels: [String] = [], names: [String] = []
        var cells: [String: Double] = [:]
        for row in table.rows {
            guard let v = row[value].number else { continue }
            let l = Chart.name(row[label]), s = Chart.name(row[series])
            if !labels.contains(l) { labels.append(l) }
            if !names.contains(s) { names.append(s) }
            cells[l + "\u{0}" + s, default: 0] += v
        }
        return (labels, names, labels.map { l in names.map { cells[l + "\u{0}" + $0] ?? 0 } })
    }

    static func name(_ v: Value) -> String { v.isNull ? "(none)" : v.description }
}
