/// Makes text from articles, file names and notebooks safe to write to a terminal: control
/// characters (ESC, BEL, CR, the C1 range…) become visible escapes like `\x1b`, and bidirectional
/// override characters become `<U+202E>`, so no article can move the cursor, set a hyperlink,
/// change colours or reorder what the user reads.
package enum TerminalText {
    /// - Parameter keepNewlines: keep line feeds (for multi-line text such as `show`); otherwise
    ///   they are escaped too, as in a table cell.
    package static func sanitize(_ s: String, keepNewlines: Bool = false) -> String {
        guard needsSanitizing(s) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        for scalar in s.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x0A where keepNewlines:
                out.unicodeScalars.append(scalar)
            case 0x09:
                out += keepNewlines ? "\t" : " "
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x00..<0x20, 0x7F, 0x80..<0xA0:
                out += "\\x" + hex(v, 2)
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                out += "<U+" + hex(v, 4) + ">"
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Rendered output (CSV, JSON, Markdown) made safe for a terminal: line ends (LF, CR LF) and
    /// tabs stay; every other control character and bidi override is escaped as by `sanitize`.
    package static func forTerminal(_ s: String) -> String {
        guard needsSanitizing(s) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        let scalars = Array(s.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            switch scalar.value {
            case 0x0A, 0x09: out.unicodeScalars.append(scalar)
            case 0x0D where i + 1 < scalars.count && scalars[i + 1] == "\n": out.unicodeScalars.append(scalar)
            default: out += sanitize(String(scalar))
            }
        }
        return out
    }

    static func needsSanitizing(_ s: String) -> Bool {
        for b in s.utf8 {
            if b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xE2 || b == 0xD8 { return true }
        }
        return false
    }

    private static func hex(_ v: UInt32, _ digits: Int) -> String {
        let s = String(v, radix: 16, uppercase: digits == 4)
        return String(repeating: "0", count: max(0, digits - s.count)) + s
    }
}
