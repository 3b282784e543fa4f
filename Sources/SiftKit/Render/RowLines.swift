/// Rows written a few at a time, for output that streams: JSON Lines (one object a line, keys in
/// column order; a leading "source" key when several sources share one stream) or CSV (RFC 4180;
/// the header is written once, by `header`).
public enum RowLines {
    public static func render(_ rows: [[Value]], columns: [Column], as format: OutputFormat, source: String? = nil) -> String {
        var out = ""
        switch format {
        case .csv:
            for row in rows { out += row.map { CSV.field($0.description) }.joined(separator: ",") + "\r\n" }
        default:
            let prefix = source.map { "{\"source\": " + JSON.string($0) + ", " } ?? "{"
            for row in rows {
                var line = JSON.object(columns, row)
                line.removeFirst()
                out += prefix + line + "\n"
            }
        }
        return out
    }

    /// The CSV header line.
    public static func header(_ columns: [Column]) -> String {
        columns.map { CSV.field($0.name) }.joined(separator: ",") + "\r\n"
    }
}
