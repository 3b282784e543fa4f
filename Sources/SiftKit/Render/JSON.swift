/// JSON output: one array of objects (keys in column order), or one object a line (JSON Lines).
/// Control characters, U+2028 and U+2029 are escaped, so the output is safe to print and to embed.
enum JSON {
    static func render(_ table: Table) -> String {
        if table.rows.isEmpty { return "[]\n" }
        var out = "[\n"
        for (i, row) in table.rows.enumerated() {
            out += "  " + object(table.columns, row)
            out += i + 1 < table.rows.count ? ",\n" : "\n"
        }
        return out + "]\n"
    }

    static func renderLines(_ table: Table) -> String {
        var out = ""
        for row in table.rows { out += object(table.columns, row) + "\n" }
        return out
    }

    static func object(_ columns: [Column], _ row: [Value]) -> String {
        var out = "{"
        for (i, col) in columns.enumerated() {
            if i > 0 { out += ", " }
            out += string(col.name) + ": " + value(row[i])
        }
        return out + "}"
    }

    static func value(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return d.isFinite ? String(d) : "null"
        case .string(let s): return string(s)
        case .list(let items): return "[" + items.map(value).joined(separator: ", ") + "]"
        }
    }

    /// `value(v)`'s bytes, appended.
    static func append(_ v: Value, to out: inout [UInt8]) {
        switch v {
        case .string(let s):
            if needsEscape(s) { out += string(s).utf8 } else {
                out.append(0x22)
                out += s.utf8
                out.append(0x22)
            }
        case .int(let i): out += String(i).utf8
        case .null: out += [0x6E, 0x75, 0x6C, 0x6C]
        default: out += value(v).utf8
        }
    }

    static func needsEscape(_ s: String) -> Bool {
        var prev: UInt8 = 0, prev2: UInt8 = 0
        for c in s.utf8 {
            if c < 0x20 || c == 0x22 || c == 0x5C || c == 0x7F
                || (prev == 0xC2 && c >= 0x80 && c < 0xA0)                      // C1 controls
                || (prev2 == 0xE2 && prev == 0x80 && (c == 0xA8 || c == 0xA9)) { // U+2028, U+2029
                return true
            }
            prev2 = prev
            prev = c
        }
        return false
    }

    static func string(_ s: String) -> String {
        // Most text needs no escape: copy it whole (a byte scan, no scalar decoding).
        if !needsEscape(s) { return "\"" + s + "\"" }
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0x2028, 0x2029:
                let h = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
