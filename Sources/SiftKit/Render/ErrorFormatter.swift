/// Turns a query error into the lines a person reads: the message, the statement, a caret under
/// the offending text at its display column (wide characters count two), and the hint.
///
///     error: unknown stage 'wher'
///       articles | wher words > 3
///                  ^~~~
///     hint: did you mean 'where'?
package enum ErrorFormatter {
    /// Characters shown before the error, of it, and after it, on a long line.
    static let maxBefore = 60, maxMarked = 60, maxAfter = 40

    package static func format(_ error: QueryError, statement: String, location: String? = nil) -> String {
        let bytes = Array(statement.utf8)
        let lo = min(max(0, error.range.lowerBound), bytes.count)
        let hi = min(max(lo, error.range.upperBound), bytes.count)
        // Show only the line that holds the error.
        var lineStart = lo
        while lineStart > 0 && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        var lineEnd = lo
        while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
        var before = TerminalText.sanitize(String(decoding: bytes[lineStart..<lo], as: UTF8.self))
        var marked = TerminalText.sanitize(String(decoding: bytes[lo..<min(hi, lineEnd)], as: UTF8.self))
        var after = TerminalText.sanitize(String(decoding: bytes[min(hi, lineEnd)..<lineEnd], as: UTF8.self))
        // A long line (a generated query, a megabyte of conditions) shows a window around the error.
        if before.count > maxBefore { before = "…" + before.suffix(maxBefore - 1) }
        if marked.count > maxMarked { marked = marked.prefix(maxMarked - 1) + "…"; after = "" }
        if after.count > maxAfter { after = after.prefix(maxAfter - 1) + "…" }
        let line = before + marked + after
        let column = DisplayWidth.of(before)
        let width = max(1, DisplayWidth.of(marked))
        let place = self.location(location, line: bytes[..<lo].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) })
        var out = (place.map { $0 + ": " } ?? "") + error.phase.rawValue + ": " + TerminalText.sanitize(error.message) + "\n"
        out += "  " + line + "\n"
        out += "  " + String(repeating: " ", count: column) + "^" + String(repeating: "~", count: width - 1) + "\n"
        if let hint = error.hint { out += "hint: " + TerminalText.sanitize(hint) + "\n" }
        return out
    }

    /// Where the error is when it is on a later line of a multi-line statement: a script's
    /// "FILE:LINE" moves down to that line; elsewhere "line N" of the statement is added.
    static func location(_ location: String?, line: Int) -> String? {
        guard line > 0 else { return location }
        guard let location else { return "line \(line + 1)" }
        if let colon = location.lastIndex(of: ":"), let start = Int(location[location.index(after: colon)...]) {
            return location[..<colon] + ":" + String(start + line)
        }
        return location + ", line \(line + 1)"
    }

    /// The 1-based display column of the error's start (what the caret points at).
    package static func column(of error: QueryError, in statement: String) -> Int {
        let bytes = Array(statement.utf8)
        let lo = min(max(0, error.range.lowerBound), bytes.count)
        var lineStart = lo
        while lineStart > 0 && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        return DisplayWidth.of(String(decoding: bytes[lineStart..<lo], as: UTF8.self)) + 1
    }
}
