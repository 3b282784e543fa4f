/// A line of text: its content span (without the line end) and whether blank lines precede it.
struct Line {
    var span: Span
    /// Blank lines between this line and the previous non-blank one (or the start of the text).
    var blankLinesBefore: Int
}

enum Lines {
    /// The non-blank lines of a text, trimmed of surrounding white space. Recognises LF, CRLF,
    /// CR, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR as line ends.
    static func nonBlank(_ bytes: [UInt8]) -> [Line] {
        var lines: [Line] = []
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var i = 0
            var blanks = 0
            while i < n {
                // One line: [i, end) up to a line break.
                var end = i
                var next = n
                while end < n {
                    let c = b[end]
                    if c == 0x0A { next = end + 1; break }
                    if c == 0x0D { next = (end + 1 < n && b[end + 1] == 0x0A) ? end + 2 : end + 1; break }
                    if c >= 0xC2 {
                        let (v, len) = UTF8Scalars.decode(b, at: end)
                        if v == 0x85 || v == 0x2028 || v == 0x2029 { next = end + len; break }
                        end += len
                        continue
                    }
                    end += 1
                }
                let span = Text.trimSpace(b, Span(i, end))
                if span.isEmpty {
                    blanks += 1
                } else {
                    lines.append(Line(span: span, blankLinesBefore: blanks))
                    blanks = 0
                }
                i = next
            }
        }
        return lines
    }
}
