/// Writes `show`'s article for a person: paragraph numbers, labels for what is not story
/// (HEADLINE, SUBHEAD, CAPTION, BYLINE, EMBED), the dateline in bold, and quotes in one colour
/// per speaker with a legend, reported speech underlined in its speaker's colour — or, without
/// colour, quotes in [[…]](n) marks and reported speech in [~…~](n). Given a width, paragraphs
/// word-wrap to it under a hanging indent; nothing is cut.
package enum DocumentRenderer {
    static let palette = ["\u{1B}[36m", "\u{1B}[33m", "\u{1B}[35m", "\u{1B}[32m", "\u{1B}[34m", "\u{1B}[31m",
                          "\u{1B}[96m", "\u{1B}[93m", "\u{1B}[95m", "\u{1B}[92m", "\u{1B}[94m", "\u{1B}[91m"]
    static let reset = "\u{1B}[0m", bold = "\u{1B}[1m", dim = "\u{1B}[2m", underline = "\u{1B}[4m"
    /// Columns before a paragraph's text: its number in three, then two spaces.
    static let indent = 5

    package static func render(_ d: ArticleDocument, color: Bool, width: Int? = nil) -> String {
        var out = (color ? bold : "") + TerminalText.sanitize(d.article) + (color ? reset : "") + "\n\n"
        let pad = String(repeating: " ", count: indent)
        for b in d.blocks {
            let number = String(repeating: " ", count: max(0, 3 - String(b.n).count)) + String(b.n)
            let lines = text(b, color: color, width: width.map { max(20, $0 - indent) })
            out += (color ? dim : "") + number + (color ? reset : "") + "  " + lines.joined(separator: "\n" + pad) + "\n"
        }
        if !d.legend.isEmpty {
            // Entries as (styled text, columns), packed into lines of the width.
            var legend: [(String, Int)] = [("Speakers:", 9)]
            for (i, name) in d.legend.enumerated() {
                let plain = (color ? "■ " : "") + "(\(i + 1)) " + TerminalText.sanitize(name)
                legend.append(((color ? palette[i % palette.count] + "■" + reset + " " : "") + "(\(i + 1)) " + TerminalText.sanitize(name),
                               DisplayWidth.of(plain)))
            }
            if d.blocks.contains(where: { $0.marks.contains(where: \.reported) }) {
                legend.append(color ? (underline + "underlined" + reset + ": reported speech", 28) : ("[~…~]: reported speech", 22))
            }
            var line = "", used = 0
            out += "\n"
            for (text, w) in legend {
                if used > 0 && width.map({ used + 2 + w > $0 }) == true { out += line + "\n"; line = ""; used = 0 }
                line += (used > 0 ? "  " : "") + text
                used += (used > 0 ? 2 : 0) + w
            }
            out += line + "\n"
        }
        return out
    }

    /// A paragraph's label and text, styled, as lines of at most `width` columns (one line without).
    private static func text(_ b: ArticleDocument.Block, color: Bool, width: Int?) -> [String] {
        let label = b.kind == .body ? "" : b.kind.rawValue.uppercased() + "  "
        // Wrapped, a paragraph's own line breaks are spaces; unwrapped (a pipe, a notebook) they stay.
        func clean(_ s: String) -> String {
            width == nil ? TerminalText.sanitize(s, keepNewlines: true)
                         : TerminalText.sanitize(s.replacingAll("\r\n", with: " ").replacingAll("\n", with: " "))
        }
        // The visible text, and where styles start and stop in it.
        var visible = label
        var events: [(Int, String)] = color && !label.isEmpty ? [(0, bold), (label.utf8.count, reset)] : []
        if color {
            let bytes = Array(b.text.utf8)
            var cuts: [(Int, String)] = []
            if let d = b.dateline { cuts += [(d.lowerBound, bold), (d.upperBound, reset)] }
            for m in b.marks {
                let code = (m.reported ? underline : "") + palette[(m.speaker - 1) % palette.count]
                cuts += [(m.range.lowerBound, code), (m.range.upperBound, reset)]
            }
            cuts.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 == reset) }
            var pos = 0
            for (offset, code) in cuts where offset >= pos && offset <= bytes.count {
                visible += clean(String(decoding: bytes[pos..<offset], as: UTF8.self))
                events.append((visible.utf8.count, code))
                pos = offset
            }
            visible += clean(String(decoding: bytes[pos...], as: UTF8.self))
        } else {
            visible += clean(ArticleDocument.marked(b))
        }
        let breaks = width.map { WordWrap.breaks(visible, width: $0) } ?? []
        let bytes = Array(visible.utf8)
        var ranges: [Range<Int>] = []
        var start = 0
        for br in breaks { ranges.append(start..<br.end); start = br.next }
        ranges.append(start..<bytes.count)
        // Each line re-opens the style it starts inside and closes it at its end.
        var active = ""
        var e = 0
        return ranges.map { r in
            var line = active
            var pos = r.lowerBound
            while e < events.count && events[e].0 < r.upperBound {
                let (offset, code) = events[e]
                if offset >= pos { line += String(decoding: bytes[pos..<offset], as: UTF8.self); pos = offset }
                line += code
                active = code == reset ? "" : code
                e += 1
            }
            line += String(decoding: bytes[pos..<r.upperBound], as: UTF8.self)
            // Events in the dropped space between this line and the next.
            while e < events.count && events[e].0 <= (r.upperBound == bytes.count ? bytes.count : r.upperBound) {
                line += events[e].1
                active = events[e].1 == reset ? "" : events[e].1
                e += 1
            }
            return line + (active.isEmpty ? "" : reset)
        }
    }
}
