/// Text broken into lines of at most a number of terminal columns, at spaces; a word longer than
/// a line is split across lines (nothing is cut).
package enum WordWrap {
    /// The lines, never empty (an empty text is one empty line).
    package static func lines(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = "", lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var w = String(word)
            var ww = DisplayWidth.of(w)
            if lineWidth > 0 && lineWidth + 1 + ww <= width {
                line += " " + w
                lineWidth += 1 + ww
                continue
            }
            if lineWidth > 0 { lines.append(line) }
            // A word wider than a line: hard breaks inside it.
            while ww > width {
                let (head, rest) = split(w, at: width)
                lines.append(head)
                w = rest
                ww = DisplayWidth.of(w)
            }
            line = w
            lineWidth = ww
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Byte offsets in `text` (UTF-8) where each line after the first begins: breaks at spaces,
    /// the spaces themselves dropped. For wrapping text whose colour is laid over byte ranges.
    package static func breaks(_ text: String, width: Int) -> [(end: Int, next: Int)] {
        let width = max(1, width)
        var out: [(end: Int, next: Int)] = []
        var lineWidth = 0
        var lastSpace: (offset: Int, widthBefore: Int)? = nil
        var offset = 0
        for c in text {
            let n = c.utf8.count
            if c == " " {
                lastSpace = (offset, lineWidth)
                lineWidth += 1
                offset += n
                continue
            }
            let cw = DisplayWidth.of(c)
            if lineWidth + cw > width {
                if let s = lastSpace, s.widthBefore > 0 {
                    out.append((s.offset, s.offset + 1))
                    lineWidth -= s.widthBefore + 1
                } else {
                    out.append((offset, offset))
                    lineWidth = 0
                }
                lastSpace = nil
            }
            lineWidth += cw
            offset += n
        }
        return out
    }

    private static func split(_ s: String, at width: Int) -> (String, String) {
        var head = "", w = 0
        var i = s.startIndex
        while i < s.endIndex {
            let cw = DisplayWidth.of(s[i])
            if w + cw > width && w > 0 { break }
            head.append(s[i])
            w += cw
            i = s.index(after: i)
        }
        return (head, String(s[i...]))
    }
}
