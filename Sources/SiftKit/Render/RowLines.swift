/// Rows written a few at a time, for output that streams: JSON Lines (one object a line, keys in
/// column order; a leading "source" key when several sources share one stream) or CSV (RFC 4180;
/// the header is written once, by `header`).
package enum RowLines {
    package static func render(_ rows: [[Value]], columns: [Column], as format: OutputFormat, source: String? = nil) -> String {
        var out: [UInt8] = []
        switch format {
        case .csv:
            for row in rows {
                for (i, v) in row.enumerated() {
                    if i > 0 { out.append(0x2C) }
                    out += CSV.field(v.description).utf8
                }
                out += [0x0D, 0x0A]
            }
        default:
            // Bytes, not String appends: this is what a stream spends its time on.
            let keys = columns.map { Array((JSON.string($0.name) + ": ").utf8) }
            let prefix = Array((source.map { "{\"source\": " + JSON.string($0) + ", " } ?? "{").utf8)
            out.reserveCapacity(rows.count * 160)
            for row in rows {
                out += prefix
                for (i, v) in row.enumerated() {
                    if i > 0 { out += [0x2C, 0x20] }
                    out += keys[i]
                    JSON.append(v, to: &out)
                }
                out += [0x7D, 0x0A]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Each row rendered around one cell left out — what comes before it and after it — so a
    /// number that is only known later (a quote's id counted over a whole stream) can be put
    /// between them without rendering the row again.
    package static func split(_ rows: [[Value]], columns: [Column], as format: OutputFormat, source: String? = nil,
                             at column: Int) -> [(head: String, tail: String)] {
        rows.map { row in
            var head = "", tail = ""
            switch format {
            case .csv:
                for (i, v) in row.enumerated() {
                    if i < column { head += CSV.field(v.description) + "," } else if i > column { tail += "," + CSV.field(v.description) }
                }
                tail += "\r\n"
            default:
                head = source.map { "{\"source\": " + JSON.string($0) + ", " } ?? "{"
                for (i, v) in row.enumerated() {
                    let pair = JSON.string(columns[i].name) + ": "
                    if i < column { head += pair + JSON.value(v) + ", " } else if i == column { head += pair } else { tail += ", " + pair + JSON.value(v) }
                }
                tail += "}\n"
            }
            return (head, tail)
        }
    }

    /// The CSV header line.
    package static func header(_ columns: [Column]) -> String {
        columns.map { CSV.field($0.name) }.joined(separator: ",") + "\r\n"
    }
}
