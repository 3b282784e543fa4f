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
            let (keys, prefix) = jsonParts(columns, source: source)
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
        switch format {
        case .csv:
            return rows.map { row in
                var head = "", tail = ""
                for (i, v) in row.enumerated() {
                    if i < column { head += CSV.field(v.description) + "," } else if i > column { tail += "," + CSV.field(v.description) }
                }
                tail += "\r\n"
                return (head, tail)
            }
        default:
            let (keys, prefix) = jsonParts(columns, source: source)
            var head: [UInt8] = [], tail: [UInt8] = []
            return rows.map { row in
                head.removeAll(keepingCapacity: true)
                tail.removeAll(keepingCapacity: true)
                head += prefix
                for (i, v) in row.enumerated() {
                    if i < column {
                        head += keys[i]
                        JSON.append(v, to: &head)
                        head += [0x2C, 0x20]
                    } else if i == column {
                        head += keys[i]
                    } else {
                        tail += [0x2C, 0x20]
                        tail += keys[i]
                        JSON.append(v, to: &tail)
                    }
                }
                tail += [0x7D, 0x0A]
                return (String(decoding: head, as: UTF8.self), String(decoding: tail, as: UTF8.self))
            }
        }
    }

    /// The bytes every JSON Lines row repeats: each column's key with its colon, and the opening
    /// brace (with the "source" key when several sources share the stream).
    private static func jsonParts(_ columns: [Column], source: String?) -> (keys: [[UInt8]], prefix: [UInt8]) {
        (columns.map { Array((JSON.string($0.name) + ": ").utf8) },
         Array((source.map { "{\"source\": " + JSON.string($0) + ", " } ?? "{").utf8))
    }

    /// The CSV header line.
    package static func header(_ columns: [Column]) -> String {
        columns.map { CSV.field($0.name) }.joined(separator: ",") + "\r\n"
    }
}
