/// `chart line` on a terminal: the rows' numbers as a line in braille dots, in the rows' order and
/// spread over the width as the handout's SVG spreads them, under a y axis labelled with its ends
/// (and 0 when the line crosses it), with the first and the last point's labels under it and as
/// many between as fit. More points than dot columns share columns: the line then goes up and
/// down within one, so a column shows the range of its points.
enum LineChartText {
    /// The plot's height in rows; fewer points get fewer rows (at least three).
    static let rows = 8

    /// The chart below its caption.
    static func body(_ chart: Chart, width: Int, color: Bool) -> String {
        let points = chart.points
        guard !points.isEmpty else { return "(no rows)\n" }
        let (low, high) = chart.lineRange
        // Halves, so that the span of -1e308 and 1e308 is a number too.
        let span = high / 2 - low / 2
        let height = min(rows, max(3, points.count)), dotRows = height * 4
        /// A number's dot row, 0 at the bottom; all at the bottom when every number is 0.
        func dot(_ v: Double) -> Int {
            let share = span > 0 ? (v / 2 - low / 2) / span : 0
            return share.isFinite ? Int((min(1, max(0, share)) * Double(dotRows - 1)).rounded()) : 0
        }

        // The y axis: the labels of its ends (and of 0), right-aligned before the axis line.
        var yLabels = [height - 1: ChartText.format(low)]
        if span > 0 { yLabels[0] = ChartText.format(high) }
        if low < 0 && high > 0 {
            let zero = (dotRows - 1 - dot(0)) / 4
            if yLabels[zero] == nil { yLabels[zero] = "0" }
        }
        let yWidth = min(yLabels.values.map(DisplayWidth.of).max() ?? 1, max(1, width / 3))
        let columns = max(2, width - yWidth - 2)
        var canvas = BrailleCanvas(columns: columns, rows: height)

        // The points, joined in order; a point without a finite number breaks the line.
        func x(_ i: Int) -> Int {
            points.count < 2 ? canvas.dotColumns / 2 : Int((Double(i) * Double(canvas.dotColumns - 1) / Double(points.count - 1)).rounded())
        }
        var previous: (x: Int, y: Int)?
        for (i, p) in points.enumerated() {
            guard p.value.isFinite else { previous = nil; continue }
            let here = (x: x(i), y: dot(p.value))
            canvas.line(from: previous ?? here, to: here)
            // A point that starts a line (or is all of it) takes both dots of its cell: one is hard to see.
            if previous == nil { canvas.set(here.x ^ 1, here.y) }
            previous = here
        }

        let start = color ? DocumentRenderer.palette[0] : "", reset = color ? "\u{1B}[0m" : ""
        var out = ""
        for r in 0..<height {
            let label = yLabels[r].map { DisplayWidth.pad(DisplayWidth.truncate($0, to: yWidth), to: yWidth, alignRight: true) }
            let line = canvas.text(row: r)
            out += (label ?? String(repeating: " ", count: yWidth)) + (label == nil ? " │" : " ┤")
                + (line.isEmpty ? "" : start + line + reset) + "\n"
        }
        out += String(repeating: " ", count: yWidth) + " └" + String(repeating: "─", count: columns) + "\n"
        let labels = xLabels(points.map(\.label), at: points.indices.map { x($0) / 2 }, columns: columns)
        return out + (labels.isEmpty ? "" : String(repeating: " ", count: yWidth + 2) + labels + "\n")
    }

    /// The x labels in one line `columns` wide, each centred under its point's column where it
    /// can be: the first and the last, then those between that leave two spaces to their
    /// neighbours. A label wider than about half the line is cut.
    static func xLabels(_ names: [String], at centres: [Int], columns: Int) -> String {
        let cap = names.count == 1 ? columns : max(3, (columns - 1) / 2)
        func placed(_ i: Int) -> (start: Int, text: String, width: Int) {
            let text = DisplayWidth.truncate(TerminalText.sanitize(names[i]), to: cap)
            let w = DisplayWidth.of(text)
            return (max(0, min(columns - w, centres[i] - w / 2)), text, w)
        }
        var chosen = [placed(0)]
        let last = names.count > 1 ? placed(names.count - 1) : nil
        if let last {
            for i in 1..<(names.count - 1) {
                let p = placed(i), before = chosen[chosen.count - 1]
                if p.start >= before.start + before.width + 2 && p.start + p.width + 2 <= last.start { chosen.append(p) }
            }
            chosen.append(last)
        }
        var line = "", at = 0
        for p in chosen where p.start >= at {
            line += String(repeating: " ", count: p.start - at) + p.text
            at = p.start + p.width
        }
        return line
    }
}
