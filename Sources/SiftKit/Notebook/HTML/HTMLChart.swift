/// A chart as inline SVG for the handout: horizontal bars (`bar`; `stacked`, with a legend), or
/// a line over the rows in their order (`line`). Colours are the speakers' series colours.
enum HTMLChart {
    static let width = 640.0, row = 22.0, labelWidth = 190.0

    static func render(_ c: Chart) -> String {
        let svg = c.kind == .line ? line(c) : bars(c)
        return "<figure class=\"chart chart-\(c.kind.rawValue)\">\n" + svg + "<figcaption>" + HTMLText.escape(c.caption) + "</figcaption>\n</figure>\n"
    }

    private static func open(_ height: Double, _ c: Chart) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\">"
            + "<title>" + HTMLText.escape(c.caption) + "</title>\n"
    }

    private static func bars(_ c: Chart) -> String {
        let stacks = c.stacks
        let totals = stacks.values.map { $0.reduce(0) { $0 + max(0, $1) } }
        let top = max(totals.max() ?? 0, 1e-9)
        let room = width - labelWidth - 60
        let legendRows = c.kind == .stacked ? 1.0 : 0
        var out = open(Double(stacks.labels.count) * row + 8 + legendRows * row, c)
        for (i, label) in stacks.labels.enumerated() {
            let y = Double(i) * row + 4
            out += "<text x=\"\(n(labelWidth - 6))\" y=\"\(n(y + 13))\" text-anchor=\"end\">" + HTMLText.escape(label) + "</text>"
            var x = labelWidth
            for (s, v) in stacks.values[i].enumerated() where v > 0 {
                let w = v / top * room
                let colour = HTMLStyle.seriesColours[(c.kind == .stacked ? s : 0) % HTMLStyle.seriesColours.count]
                out += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(w))\" height=\"16\" fill=\"\(colour)\"><title>"
                    + HTMLText.escape(label + (c.kind == .stacked ? ", " + stacks.series[s] : "") + ": " + ChartText.format(v)) + "</title></rect>"
                x += w
            }
            out += "<text x=\"\(n(x + 5))\" y=\"\(n(y + 13))\">" + ChartText.format(totals[i]) + "</text>\n"
        }
        if c.kind == .stacked {
            var x = labelWidth
            let y = Double(stacks.labels.count) * row + 8
            for (s, name) in stacks.series.enumerated() {
                out += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"12\" height=\"12\" fill=\"\(HTMLStyle.seriesColours[s % HTMLStyle.seriesColours.count])\"/>"
                    + "<text x=\"\(n(x + 16))\" y=\"\(n(y + 11))\">" + HTMLText.escape(name) + "</text>"
                x += 28 + Double(name.count) * 7
            }
            out += "\n"
        }
        return out + "</svg>\n"
    }

    private static func line(_ c: Chart) -> String {
        let points = c.points
        let height = 260.0, left = 50.0, right = width - 20, top = 16.0, bottom = height - 44
        // The terminal's y axis too: from 0 or below it (negative numbers) to the largest.
        let (low, high) = c.lineRange
        let span = max(high - low, 1e-9)
        func x(_ i: Int) -> Double { points.count < 2 ? (left + right) / 2 : left + Double(i) / Double(points.count - 1) * (right - left) }
        func y(_ v: Double) -> Double { bottom - (v - low) / span * (bottom - top) }
        var out = open(height, c)
        out += "<line x1=\"\(n(left))\" y1=\"\(n(bottom))\" x2=\"\(n(right))\" y2=\"\(n(bottom))\" stroke=\"#999\"/>"
        out += "<line x1=\"\(n(left))\" y1=\"\(n(top))\" x2=\"\(n(left))\" y2=\"\(n(bottom))\" stroke=\"#999\"/>"
        out += "<text x=\"\(n(left - 6))\" y=\"\(n(top + 4))\" text-anchor=\"end\">\(ChartText.format(high))</text>"
        out += "<text x=\"\(n(left - 6))\" y=\"\(n(bottom + 4))\" text-anchor=\"end\">\(ChartText.format(low))</text>\n"
        let path = points.indices.map { "\(n(x($0))),\(n(y(points[$0].value)))" }.joined(separator: " ")
        out += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(HTMLStyle.seriesColours[0])\" stroke-width=\"2\"/>\n"
        // Every point has a dot; at most about ten labels along the bottom.
        let every = max(1, (points.count + 9) / 10)
        for (i, p) in points.enumerated() {
            out += "<circle cx=\"\(n(x(i)))\" cy=\"\(n(y(p.value)))\" r=\"3\" fill=\"\(HTMLStyle.seriesColours[0])\"><title>"
                + HTMLText.escape(p.label + ": " + ChartText.format(p.value)) + "</title></circle>"
            if i % every == 0 || i == points.count - 1 {
                out += "<text x=\"\(n(x(i)))\" y=\"\(n(bottom + 18))\" text-anchor=\"middle\">" + HTMLText.escape(p.label) + "</text>"
            }
            out += "\n"
        }
        return out + "</svg>\n"
    }

    /// A coordinate with at most one decimal.
    private static func n(_ d: Double) -> String { ChartText.format((d * 10).rounded() / 10) }
}
