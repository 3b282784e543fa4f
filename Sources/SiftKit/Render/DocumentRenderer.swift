/// Writes `show`'s article for a person: paragraph numbers, labels for what is not story
/// (HEADLINE, SUBHEAD, CAPTION, BYLINE, EMBED), the dateline in bold, and quotes in one colour
/// per speaker with a legend — or, without colour, quotes in [[…]](n) marks.
public enum DocumentRenderer {
    static let palette = ["\u{1B}[36m", "\u{1B}[33m", "\u{1B}[35m", "\u{1B}[32m", "\u{1B}[34m", "\u{1B}[31m",
                          "\u{1B}[96m", "\u{1B}[93m", "\u{1B}[95m", "\u{1B}[92m", "\u{1B}[94m", "\u{1B}[91m"]
    static let reset = "\u{1B}[0m", bold = "\u{1B}[1m", dim = "\u{1B}[2m"

    public static func render(_ d: ArticleDocument, color: Bool) -> String {
        var out = (color ? bold : "") + TerminalText.sanitize(d.article) + (color ? reset : "") + "\n\n"
        for b in d.blocks {
            let label = b.kind == .body ? "" : b.kind.rawValue.uppercased() + "  "
            let number = String(repeating: " ", count: max(0, 3 - String(b.n).count)) + String(b.n)
            out += (color ? dim : "") + number + (color ? reset : "") + "  " + (color && !label.isEmpty ? bold : "") + label
                + (color && !label.isEmpty ? reset : "") + text(b, color: color) + "\n"
        }
        if !d.legend.isEmpty {
            out += "\nSpeakers:"
            for (i, name) in d.legend.enumerated() {
                let swatch = color ? palette[i % palette.count] + "■" + reset : "(\(i + 1))"
                out += "  " + swatch + (color ? " (\(i + 1)) " : " ") + TerminalText.sanitize(name)
            }
            out += "\n"
        }
        return out
    }

    private static func text(_ b: ArticleDocument.Block, color: Bool) -> String {
        guard color else { return TerminalText.sanitize(ArticleDocument.marked(b), keepNewlines: true) }
        let bytes = Array(b.text.utf8)
        // Cut points: marks and dateline boundaries.
        var events: [(Int, String)] = []
        if let d = b.dateline { events += [(d.lowerBound, bold), (d.upperBound, reset)] }
        for m in b.marks { events += [(m.range.lowerBound, palette[(m.speaker - 1) % palette.count]), (m.range.upperBound, reset)] }
        events.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 == reset) }
        var out = ""
        var pos = 0
        for (offset, code) in events where offset >= pos && offset <= bytes.count {
            out += TerminalText.sanitize(String(decoding: bytes[pos..<offset], as: UTF8.self), keepNewlines: true) + code
            pos = offset
        }
        out += TerminalText.sanitize(String(decoding: bytes[pos...], as: UTF8.self), keepNewlines: true)
        return out + (color ? reset : "")
    }
}
