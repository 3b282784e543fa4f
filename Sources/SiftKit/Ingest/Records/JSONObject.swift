/// A JSON Lines article is one flat object; this reads one such object from a line's bytes.
/// Strings keep their text; numbers and booleans their spelling (an `id` of 42 is "42"); nested
/// arrays and objects are kept as their JSON text. Not a general JSON library: just what a
/// record of an article needs, with the place of the first error.
enum JSONObject {
    struct SyntaxError: Error, Equatable {
        var offset: Int
        var message: String
    }

    /// The object's fields (later duplicates win), or where the line stops being JSON.
    static func parse(_ b: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> [String: String?] {
        var p = Parser(b: b)
        p.skipSpace()
        guard p.peek == 0x7B else { throw SyntaxError(offset: p.i, message: "expected a JSON object ('{')") }
        p.i += 1
        var fields: [String: String?] = [:]
        p.skipSpace()
        if p.peek == 0x7D { p.i += 1 } else {
            while true {
                p.skipSpace()
                guard p.peek == 0x22 else { throw SyntaxError(offset: p.i, message: "expected a field name in double quotes") }
                let key = try p.string()
                p.skipSpace()
                guard p.peek == 0x3A else { throw SyntaxError(offset: p.i, message: "expected ':' after the field name") }
                p.i += 1
                p.skipSpace()
                fields[key] = try p.value()
                p.skipSpace()
                if p.peek == 0x2C { p.i += 1; continue }
                if p.peek == 0x7D { p.i += 1; break }
                throw SyntaxError(offset: p.i, message: p.i >= b.count ? "the object is not closed ('}')" : "expected ',' or '}'")
            }
        }
        p.skipSpace()
        guard p.i == b.count else { throw SyntaxError(offset: p.i, message: "text after the object") }
        return fields
    }

    private struct Parser {
        let b: UnsafeBufferPointer<UInt8>
        var i = 0

        var peek: UInt8? { i < b.count ? b[i] : nil }

        mutating func skipSpace() {
            while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D || b[i] == 0x0A { i += 1 }
        }

        /// A value: a string's text, null as nil, anything else as its JSON spelling.
        mutating func value() throws(SyntaxError) -> String? {
            guard let c = peek else { throw SyntaxError(offset: i, message: "expected a value") }
            switch c {
            case 0x22: return try string()
            case 0x7B, 0x5B:
                let start = i
                try skipNested()
                return String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
            default:
                let start = i
                while i < b.count, !(b[i] == 0x2C || b[i] == 0x7D || b[i] == 0x5D || b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D || b[i] == 0x0A) { i += 1 }
                let word = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
                if word == "null" { return nil }
                if word == "true" || word == "false" || isNumber(word) { return word }
                throw SyntaxError(offset: start, message: word.isEmpty ? "expected a value" : "not a JSON value: \(word.prefix(20))")
            }
        }

        private func isNumber(_ w: String) -> Bool {
            guard let f = w.utf8.first, f == 0x2D || (f >= 0x30 && f <= 0x39) else { return false }
            return w.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x2B || $0 == 0x2E || $0 == 0x65 || $0 == 0x45 }
        }

        /// Skips an array or object, strings inside included.
        mutating func skipNested() throws(SyntaxError) {
            var depth = 0
            let start = i
            while i < b.count {
                switch b[i] {
                case 0x22: _ = try string(); continue
                case 0x7B, 0x5B: depth += 1
                case 0x7D, 0x5D:
                    depth -= 1
                    if depth == 0 { i += 1; return }
                default: break
                }
                i += 1
            }
            throw SyntaxError(offset: start, message: "an array or object is not closed")
        }

        /// A string starting at the opening quote, escapes decoded (surrogate pairs joined; a
        /// lone surrogate becomes U+FFFD).
        mutating func string() throws(SyntaxError) -> String {
            let start = i
            i += 1
            var out: [UInt8] = []
            var runStart = i
            while i < b.count {
                let c = b[i]
                if c == 0x22 {
                    out += b[runStart..<i]
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if c < 0x20 { throw SyntaxError(offset: i, message: "a control character inside a string (a raw line break?)") }
                if c != 0x5C { i += 1; continue }
                out += b[runStart..<i]
                guard i + 1 < b.count else { break }
                let e = b[i + 1]
                i += 2
                switch e {
                case 0x22: out.append(0x22)
                case 0x5C: out.append(0x5C)
                case 0x2F: out.append(0x2F)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x75:
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar), i + 1 < b.count, b[i] == 0x5C, b[i + 1] == 0x75 {
                        let save = i
                        i += 2
                        let low = try hex4()
                        if (0xDC00..<0xE000).contains(low) { scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00) } else { i = save }
                    }
                    out += Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
                default:
                    throw SyntaxError(offset: i - 2, message: "unknown escape '\\\(Character(Unicode.Scalar(e)))'")
                }
                runStart = i
            }
            throw SyntaxError(offset: start, message: "a string is not closed")
        }

        private mutating func hex4() throws(SyntaxError) -> UInt32 {
            guard i + 4 <= b.count else { throw SyntaxError(offset: i, message: "a \\u escape needs four hex digits") }
            var v: UInt32 = 0
            for k in 0..<4 {
                let c = b[i + k]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                default: throw SyntaxError(offset: i, message: "a \\u escape needs four hex digits")
                }
                v = v * 16 + d
            }
            i += 4
            return v
        }
    }
}
