/// `kwic "ceasefire" width 30`: keyword in context. Every match in the story, with `width`
/// characters of context on each side, ready to read aligned on the keyword.
struct Kwic {
    let corpus: Corpus

    static let columns = [Column("article", .string), Column("left", .string, rightAligned: true), Column("keyword", .string),
                          Column("right", .string), Column("start", .int)]

    func run(_ pattern: KwicPattern, width: Int, articles ids: [Int], range: Range<Int>) throws(QueryError) -> Table {
        var matcher: (String) -> [Range<String.Index>]
        switch pattern {
        case .phrase(let phrase):
            let needle = phrase.lowercased()
            matcher = { text in Kwic.phraseMatches(needle, in: text) }
        case .regex(let p, let flags):
            do {
                var re = try Regex(p)
                if flags.contains("i") { re = re.ignoresCase() }
                let box = RegexBox(re)
                matcher = { text in text.matches(of: box.regex).map(\.range).filter { !$0.isEmpty } }
            } catch {
                throw .evaluation("invalid regular expression /\(p)/", at: range, hint: "\(error)")
            }
        }
        var table = Table(columns: Kwic.columns)
        for id in ids {
            guard let a = corpus.article(id: id) else { continue }
            for p in a.paragraphs where p.kind == .body {
                let text = a.text(p.span)
                for r in matcher(text) {
                    let left = String(text[..<r.lowerBound].suffix(width))
                    let right = String(text[r.upperBound...].prefix(width))
                    let start = p.span.start + text.utf8.distance(from: text.startIndex, to: r.lowerBound)
                    table.rows.append([.string(a.name), .string(Kwic.flat(left)), .string(String(text[r])),
                                       .string(Kwic.flat(right)), .int(start)])
                }
            }
        }
        return table
    }

    /// Case-insensitive matches of a phrase that start and end on word boundaries.
    static func phraseMatches(_ needle: String, in text: String) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        let lower = text.lowercased()
        // Lower-casing keeps "é" and ASCII in place; when it changes the length, match on the text itself.
        let haystack = lower.count == text.count ? lower : text
        var from = haystack.startIndex
        while from < haystack.endIndex, let r = haystack[from...].firstRange(of: needle) {
            let before = r.lowerBound == haystack.startIndex ? nil : haystack[haystack.index(before: r.lowerBound)]
            let after = r.upperBound == haystack.endIndex ? nil : haystack[r.upperBound]
            let boundary = !(before?.isLetter ?? false) && !(before?.isNumber ?? false)
                && !(after?.isLetter ?? false) && !(after?.isNumber ?? false)
            if boundary {
                let lo = text.index(text.startIndex, offsetBy: haystack.distance(from: haystack.startIndex, to: r.lowerBound))
                let hi = text.index(lo, offsetBy: haystack.distance(from: r.lowerBound, to: r.upperBound))
                out.append(lo..<hi)
            }
            from = haystack.index(after: r.lowerBound)
        }
        return out
    }

    /// Context on one line.
    static func flat(_ s: String) -> String {
        String(s.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
    }
}
