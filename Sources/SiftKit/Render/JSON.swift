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
        case .string(let s): append(string: s, to: &out)
        case .int(let i): out += String(i).utf8
        case .null: out += [0x6E, 0x75, 0x6C, 0x6C]
        default: out += value(v).utf8
        }
    }

    /// `string(s)`'s bytes, appended: escaped byte by byte (a Swift string is valid UTF-8, so the
    /// C1 controls and U+2028/U+2029 are found by their encodings).
    static func append(string s: String, to out: inout [UInt8]) {
        out.append(0x22)
        if !needsEscape(s) {
            var s = s
            s.withUTF8 { out.append(contentsOf: $0) }
            out.append(0x22)
            return
        }
        let bytes = Array(s.utf8)
        var i = 0
        func hex(_ value: UInt32) {
            out += [0x5C, 0x75]
            for shift in stride(from: 12, through: 0, by: -4) {
                let d = UInt8((value >> UInt32(shift)) & 0xF)
                out.append(d < 10 ? 0x30 + d : 0x57 + d)
            }
        }
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0x08: out += [0x5C, 0x62]
            case 0x0C: out += [0x5C, 0x66]
            case 0x00..<0x20, 0x7F: hex(UInt32(b))
            case 0xC2 where i + 1 < bytes.count && bytes[i + 1] >= 0x80 && bytes[i + 1] < 0xA0:
                hex(UInt32(bytes[i + 1]))
                i += 1
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                hex(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                i += 2
            default: out.append(b)
            }
            i += 1
        }
        out.append(0x22)
    }

    static func needsEscape(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            let n = bytes.count
            for i in 0..<n {
                let c = bytes[i]
                if c < 0x20 || c == 0x22 || c == 0x5C || c == 0x7F { return true }
                // C1 controls (C2 80–9F), U+2028 and U+2029 (E2 80 A8, E2 80 A9).
                if c == 0xC2, i + 1 < n, bytes[i + 1] < 0xA0 { return true }
                if c == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return true }
            }
            return false
        }
    }

    static func string(_ s: String) -> String {
        // Most text needs no escape: copy it whole (a byte scan, no scalar decoding).
        if !needsEscape(s) { return "\"" + s + "\"" }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 8)
        append(string: s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
