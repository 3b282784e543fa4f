/// A chart drawn with Unicode for a terminal: a caption, then one bar a row (`bar`: the rows in
/// their order), one bar a label split into its series (`stacked`, with a legend), or a line of
/// braille dots over the rows in their order (`line`, see LineChartText). Bars are in eighths of
/// a column; labels longer than a third of the width are cut.
package enum ChartText {
    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    /// Without colour, a stacked bar's series are told apart by their shade.
    static let shades = ["█", "▓", "▒", "░", "▚", "▞"]

    package static func render(_ chart: Chart, width: Int, color: Bool) -> String {
        let bold = color ? "\u{1B}[1m" : "", reset = color ? "\u{1B}[0m" : ""
        var out = bold + TerminalText.sanitize(chart.caption) + reset + "\n"
        if chart.kind == .line { return out + LineChartText.body(chart, width: width, color: color) }
        let stacks = chart.stacks
        let labels = stacks.labels.map { TerminalText.sanitize($0) }
        let totals = stacks.values.map { $0.reduce(0) { $0 + max(0, $1) } }
        let numbers = totals.map(format)
        let labelWidth = min(labels.map(DisplayWidth.of).max() ?? 0, max(8, width / 3))
        let numberWidth = numbers.map(\.count).max() ?? 1
        let room = max(4, width - labelWidth - numberWidth - 3)
        let top = totals.max() ?? 0
        guard !labels.isEmpty else { return out + "(no rows)\n" }
        for (i, label) in labels.enumerated() {
            let name = DisplayWidth.pad(DisplayWidth.truncate(label, to: labelWidth), to: labelWidth)
            var bar = ""
            if chart.kind == .stacked {
                // Segment ends rounded to whole columns, so the bar's length is its total's.
                var sum = 0.0, drawn = 0
                for (s, v) in stacks.values[i].enumerated() where v > 0 {
                    sum += v
                    let end = top > 0 ? Int((sum / top * Double(room)).rounded()) : 0
                    let glyph = color ? "█" : shades[s % shades.count]
                    let segment = String(repeating: glyph, count: max(0, end - drawn))
                    bar += color ? DocumentRenderer.palette[s % DocumentRenderer.palette.count] + segment + reset : segment
                    drawn = max(drawn, end)
                }
                bar += String(repeating: " ", count: max(0, room - drawn))
            } else {
                let cells = top > 0 ? totals[i] / top * Double(room) : 0
                let whole = Int(cells), part = Int(((cells - Double(whole)) * 8).rounded(.down))
                let text = String(repeating: "█", count: whole) + eighths[min(7, part)]
                bar = (color ? DocumentRenderer.palette[0] + text + reset : text) + String(repeating: " ", count: max(0, room - whole - (part > 0 ? 1 : 0)))
            }
            out += name + " " + bar + " " + String(repeating: " ", count: numberWidth - numbers[i].count) + numbers[i] + "\n"
        }
        if chart.kind == .stacked {
            out += stacks.series.enumerated().map { s, name in
                (color ? DocumentRenderer.palette[s % DocumentRenderer.palette.count] + "█" + reset : shades[s % shades.count])
                    + " " + TerminalText.sanitize(name)
            }.joined(separator: "  ") + "\n"
        }
        return out
    }

    /// 12 for 12.0; otherwise as a table shows it.
    static func format(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : Value.double(d).description
    }
}
