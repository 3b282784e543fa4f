/// A chart as a Vega-Lite v5 specification, which JupyterLab draws natively from an ipynb
/// output of type `application/vnd.vegalite.v5+json`. The data are the chart's own columns.
enum VegaLite {
    static let mimeType = "application/vnd.vegalite.v5+json"
    static let schema = "https://vega.github.io/schema/vega-lite/v5.json"

    static func spec(_ c: Chart) -> String {
        let used = [c.label, c.value] + (c.series.map { [$0] } ?? [])
        let columns = used.map { c.table.columns[$0] }
        let values = c.table.rows.filter { !$0[c.value].isNull }.map { row in JSON.object(columns, used.map { row[$0] }) }
        func field(_ i: Int, _ type: String, sortAsRows: Bool = false) -> String {
            "{\"field\": \(JSON.string(c.table.columns[i].name)), \"type\": \"\(type)\"" + (sortAsRows ? ", \"sort\": null" : "") + "}"
        }
        let mark: String, encoding: String
        switch c.kind {
        case .bar:
            mark = "{\"type\": \"bar\"}"
            encoding = "{\"y\": \(field(c.label, "nominal", sortAsRows: true)), \"x\": \(field(c.value, "quantitative"))}"
        case .stacked:
            mark = "{\"type\": \"bar\"}"
            encoding = "{\"y\": \(field(c.label, "nominal", sortAsRows: true)), \"x\": \(field(c.value, "quantitative")), \"color\": \(field(c.series!, "nominal"))}"
        case .line:
            mark = "{\"type\": \"line\", \"point\": true}"
            let labels = c.table.rows.map { $0[c.label] }
            let type = c.table.columns[c.label].type.isNumeric ? "quantitative"
                : labels.allSatisfy({ $0.string.map(isDate) ?? false }) ? "temporal" : "ordinal"
            encoding = "{\"x\": \(field(c.label, type, sortAsRows: type == "ordinal")), \"y\": \(field(c.value, "quantitative"))}"
        }
        return "{\"$schema\": \(JSON.string(schema)), \"description\": \(JSON.string(c.caption)), \"width\": 400, "
            + "\"data\": {\"values\": [" + values.joined(separator: ", ") + "]}, \"mark\": \(mark), \"encoding\": \(encoding)}"
    }

    /// 2024, 2024-03, 2024-03-05, 2024-03-05T10:00…: what Vega-Lite reads as a date.
    private static func isDate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.upperBound <= b.count && b[r].allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        guard b.count >= 7, digits(0..<4), b[4] == 0x2D, digits(5..<7) else { return false }
        return b.count == 7 || (b.count >= 10 && b[7] == 0x2D && digits(8..<10))
    }
}
