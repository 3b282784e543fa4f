/// One entry of a script: a statement, a meta command (`.format json`), or a comment.
package struct ScriptEntry: Equatable, Sendable {
    package enum Kind: Equatable, Sendable { case statement, meta, comment }
    package var kind: Kind
    package var text: String
    /// 1-based line where the entry starts.
    package var line: Int
}

/// Splits a script into entries: one statement a line, continued on the next line when it ends
/// with `|`, when the next line starts with `|`, or while a string or parenthesis is open. Lines
/// starting with `#` are comments; lines starting with `.` are meta commands.
package enum ScriptReader {
    package static func entries(_ script: String) -> [ScriptEntry] {
        var out: [ScriptEntry] = []
        var pending: (text: String, line: Int)? = nil
        let lines = script.split(separator: "\n", omittingEmptySubsequences: false)
        func flush() {
            if let p = pending { out.append(ScriptEntry(kind: .statement, text: p.text, line: p.line)) }
            pending = nil
        }
        for (i, raw) in lines.enumerated() {
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            let trimmed = line.trimmed
            let number = i + 1
            if var p = pending {
                if !isIncomplete(p.text) && !trimmed.hasPrefix("|") {
                    flush()
                } else {
                    if trimmed.isEmpty && !isIncomplete(p.text) { flush(); continue }
                    p.text += "\n" + line
                    pending = p
                    continue
                }
            }
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("#") {
                out.append(ScriptEntry(kind: .comment, text: trimmed, line: number))
            } else if trimmed.hasPrefix(".") {
                out.append(ScriptEntry(kind: .meta, text: trimmed, line: number))
            } else {
                pending = (line, number)
            }
        }
        flush()
        return out
    }

    /// Whether a statement needs more lines: it ends with `|`, or a string or `(` is still open.
    package static func isIncomplete(_ text: String) -> Bool {
        var quote: UInt8? = nil
        var depth = 0
        var last: UInt8 = 0, beforeLast: UInt8 = 0
        var escaped = false
        var comment = false
        var previous: UInt8 = 0
        for c in text.utf8 {
            if comment { if c == 0x0A { comment = false }; previous = c; continue }
            if let q = quote {
                if escaped { escaped = false } else if c == 0x5C { escaped = true } else if c == q { quote = nil }
                previous = c
                continue
            }
            switch c {
            case 0x22, 0x27: quote = c
            case 0x28: depth += 1
            case 0x29: depth -= 1
            case 0x2D where previous == 0x2D:
                comment = true
                last = beforeLast  // the first '-' was not code
            default: break
            }
            if c != 0x20 && c != 0x09 && c != 0x0A && c != 0x0D && !comment { beforeLast = last; last = c }
            previous = c
        }
        return quote != nil || depth > 0 || last == 0x7C
    }
}

extension ScriptReader {
    /// A line's statements, split at `;` outside strings, comments and regexes (`a; b` is two
    /// statements, as in sqlite3). Empty statements are dropped: a trailing `;` is fine.
    package static func statements(_ line: String) -> [String] {
        guard line.utf8.contains(0x3B) else { return [line] }
        var parts: [String] = []
        var quote: Character? = nil, regex = false, escaped = false, comment = false
        var current = "", word = "", lastWord = ""
        var previous: Character = " "
        for c in line {
            defer { previous = c }
            if comment { current.append(c); if c == "\n" { comment = false }; continue }
            if let q = quote {
                current.append(c)
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == q || (q == "“" && c == "”") { quote = nil }
                continue
            }
            if regex {
                current.append(c)
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "/" { regex = false }
                continue
            }
            if c.isLetter || c == "_" { word.append(c) } else if !word.isEmpty { lastWord = word.lowercased(); word = "" }
            switch c {
            case "\"", "'", "“": quote = c
            case "/" where lastWord == "matches" || lastWord == "kwic": regex = true
            case "-" where previous == "-": comment = true
            case ";":
                if !current.trimmed.isEmpty { parts.append(current.trimmed) }
                current = ""
                lastWord = ""
                continue
            default: break
            }
            current.append(c)
        }
        if !current.trimmed.isEmpty { parts.append(current.trimmed) }
        return parts
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and line ends.
    package var trimmed: String {
        var s = Substring(self)
        // Index steps, not dropFirst/dropLast, which may count the whole string each time.
        while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\n" { s = s[s.index(after: s.startIndex)...] }
        while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\n" { s = s[..<s.index(before: s.endIndex)] }
        return String(s)
    }
}
