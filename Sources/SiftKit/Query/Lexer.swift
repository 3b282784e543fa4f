/// Turns a statement into tokens. Strings take "double" or 'single' quotes with backslash escapes;
/// `/regex/i` literals; `--` starts a comment that runs to the end of the line.
package struct Lexer {
    let source: [UInt8]

    package init(_ statement: String) { source = Array(statement.utf8) }

    package static func tokenize(_ statement: String) -> Result<[QueryToken], QueryError> {
        Lexer(statement).run()
    }

    func run() -> Result<[QueryToken], QueryError> {
        var tokens: [QueryToken] = []
        var i = 0
        let n = source.count
        while i < n {
            let c = source[i]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1; continue }
            if c == 0x2D && i + 1 < n && source[i + 1] == 0x2D {  // -- comment
                while i < n && source[i] != 0x0A { i += 1 }
                continue
            }
            let start = i
            if isIdentStart(c) && !isCurlyOpen(i) {
                while i < n && isIdentPart(source[i]) { i += 1 }
                tokens.append(QueryToken(kind: .identifier(text(start, i)), range: start..<i))
            } else if c >= 0x30 && c <= 0x39 || (c == 0x2D && i + 1 < n && source[i + 1] >= 0x30 && source[i + 1] <= 0x39 && !lastIsOperand(tokens)) {
                i += 1
                while i < n && (source[i] >= 0x30 && source[i] <= 0x39 || source[i] == 0x5F) { i += 1 }
                var isDecimal = false
                if i + 1 < n && source[i] == 0x2E && source[i + 1] >= 0x30 && source[i + 1] <= 0x39 {
                    isDecimal = true
                    i += 1
                    while i < n && source[i] >= 0x30 && source[i] <= 0x39 { i += 1 }
                }
                if i < n && isIdentStart(source[i]) {
                    // "001.txt" or "2nd": a bare word that starts with a digit.
                    while i < n && (isIdentPart(source[i]) || source[i] == 0x2E) { i += 1 }
                    tokens.append(QueryToken(kind: .identifier(text(start, i)), range: start..<i))
                    continue
                }
                let digits = text(start, i).replacingUnderscores()
                if isDecimal {
                    tokens.append(QueryToken(kind: .decimal(Double(digits) ?? 0), range: start..<i))
                } else if let v = Int(digits) {
                    tokens.append(QueryToken(kind: .integer(v), range: start..<i))
                } else {
                    return .failure(.syntax("number too large", at: start..<i))
                }
            } else if c == 0x22 || c == 0x27 || isCurlyOpen(i) {
                switch string(from: i, quote: c) {
                case .success(let (value, end)):
                    tokens.append(QueryToken(kind: .string(value), range: start..<end))
                    i = end
                case .failure(let e):
                    return .failure(e)
                }
            } else if c == 0x2F && (tokens.last?.word == "matches" || tokens.last?.word == "kwic") {
                switch regex(from: i) {
                case .success(let (pattern, flags, end)):
                    tokens.append(QueryToken(kind: .regex(pattern, flags: flags), range: start..<end))
                    i = end
                case .failure(let e):
                    return .failure(e)
                }
            } else {
                let two = i + 1 < n ? text(i, i + 2) : ""
                if ["==", "!=", "<=", ">=", "!~", "<>"].contains(two) {
                    tokens.append(QueryToken(kind: .symbol(two == "<>" ? "!=" : two), range: i..<i + 2))
                    i += 2
                } else if "|(),=<>~*.![]{}:;+-/".utf8.contains(c) {
                    tokens.append(QueryToken(kind: .symbol(text(i, i + 1)), range: i..<i + 1))
                    i += 1
                } else {
                    // One whole character, however many bytes, for the error message.
                    var e = i + 1
                    while e < n && source[e] & 0xC0 == 0x80 { e += 1 }
                    let ch = text(i, e)
                    return .failure(.syntax("unexpected character '\(ch)'", at: i..<e,
                                            hint: "«" == ch || "»" == ch || "”" == ch ? "write strings in quotes: \"…\"" : nil))
                }
            }
        }
        tokens.append(QueryToken(kind: .end, range: n..<n))
        return .success(tokens)
    }

    private func lastIsOperand(_ tokens: [QueryToken]) -> Bool {
        switch tokens.last?.kind {
        case .identifier?, .integer?, .decimal?, .string?: return true
        case .symbol(let s)?: return s == ")"
        default: return false
        }
    }

    /// “ (E2 80 9C): a string pasted with typographic quotes, closed by ”.
    private func isCurlyOpen(_ i: Int) -> Bool {
        i + 2 < source.count && source[i] == 0xE2 && source[i + 1] == 0x80 && source[i + 2] == 0x9C
    }

    private func isIdentStart(_ c: UInt8) -> Bool {
        (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c == 0x5F || c >= 0xC3 && c < 0xE2
    }

    private func isIdentPart(_ c: UInt8) -> Bool {
        isIdentStart(c) || (c >= 0x30 && c <= 0x39) || (c >= 0x80 && c < 0xC0)
    }

    private func text(_ s: Int, _ e: Int) -> String {
        String(decoding: source[s..<min(e, source.count)], as: UTF8.self)
    }

    private func string(from start: Int, quote: UInt8) -> Result<(String, Int), QueryError> {
        let curly = isCurlyOpen(start)
        var out: [UInt8] = []
        var i = start + (curly ? 3 : 1)
        while i < source.count {
            let c = source[i]
            if curly ? (c == 0xE2 && i + 2 < source.count && source[i + 1] == 0x80 && source[i + 2] == 0x9D) : c == quote {
                return .success((String(decoding: out, as: UTF8.self), i + (curly ? 3 : 1)))
            }
            if c == 0x5C && i + 1 < source.count {  // backslash
                let e = source[i + 1]
                switch e {
                case 0x6E: out.append(0x0A)  // \n
                case 0x74: out.append(0x09)  // \t
                default: out.append(e)       // \" \' \\ and anything else as itself
                }
                i += 2
                continue
            }
            out.append(c)
            i += 1
        }
        return .failure(.syntax("unterminated string", at: start..<source.count,
                                hint: "close it with \(curly ? "”" : quote == 0x22 ? "\"" : "'")"))
    }

    private func regex(from start: Int) -> Result<(String, String, Int), QueryError> {
        var out: [UInt8] = []
        var i = start + 1
        while i < source.count {
            let c = source[i]
            if c == 0x2F {
                var e = i + 1
                while e < source.count && CharClass.isASCIILetter(source[e]) { e += 1 }
                return .success((String(decoding: out, as: UTF8.self), text(i + 1, e), e))
            }
            if c == 0x5C && i + 1 < source.count && source[i + 1] == 0x2F {
                out.append(0x2F)
                i += 2
                continue
            }
            out.append(c)
            i += 1
        }
        return .failure(.syntax("unterminated regular expression", at: start..<source.count, hint: "close it with /"))
    }
}

private extension String {
    func replacingUnderscores() -> String { String(filter { $0 != "_" }) }
}
