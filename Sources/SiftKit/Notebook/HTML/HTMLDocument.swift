/// `show`'s article in HTML: numbered paragraphs, labels for what is not story, quotes in their
/// speaker's colour and reported speech underlined in it, and the legend.
enum HTMLDocument {
    static func render(_ d: ArticleDocument) -> String {
        var out = "<div class=\"doc\">\n"
        for b in d.blocks {
            let bytes = Array(b.text.utf8)
            var html = ""
            var pos = 0
            for m in b.marks.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where m.range.lowerBound >= pos {
                let hi = min(m.range.upperBound, bytes.count)
                html += HTMLText.escape(String(decoding: bytes[pos..<m.range.lowerBound], as: UTF8.self))
                let kind = m.reported ? " reported" : ""
                html += "<span class=\"\(HTMLStyle.speakerClass(m.speaker - 1))\(kind)\" title=\"\(HTMLText.escape(d.legend[m.speaker - 1]))\">"
                    + HTMLText.escape(String(decoding: bytes[m.range.lowerBound..<hi], as: UTF8.self)) + "</span>"
                pos = hi
            }
            html += HTMLText.escape(String(decoding: bytes[pos...], as: UTF8.self))
            let kind = b.kind == .body ? "" : "<span class=\"k\">\(b.kind.rawValue.uppercased())</span>"
            out += "<p><span class=\"pn\">\(b.n)</span>\(kind)\(html)</p>\n"
        }
        if !d.legend.isEmpty {
            out += "<p class=\"legend\">Speakers: " + d.legend.enumerated().map {
                "<span class=\"\(HTMLStyle.speakerClass($0.offset))\">\(HTMLText.escape($0.element))</span>"
            }.joined()
            if d.blocks.contains(where: { $0.marks.contains(where: \.reported) }) {
                out += " <span class=\"reported\">underlined</span>: reported speech"
            }
            out += "</p>\n"
        }
        return out + "</div>\n"
    }
}
