/// The format of the word lists in `Lexicons/`: "label: word word…" lines, several lines a label.
/// Ingest, the text layer and extraction all read their lists through it.
enum LexiconFormat {
    /// Words of one label in a "label: word word…" data text, as a set.
    static func words(_ data: String, _ label: String) -> WordSet {
        var set = WordSet(capacity: 64)
        forEachWord(data, labels: [label]) { p, s, e in set.insert(p, s, e, true) }
        return set
    }

    /// Calls `body` with the byte range of every word on the "label: word word…" lines of
    /// `data` whose label is one of `labels`, straight from the bytes.
    static func forEachWord(_ data: String, labels: [String], _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void) {
        let wanted = labels.map { Array($0.utf8) }
        var text = data
        text.withUTF8 { p in
            var i = 0
            while i < p.count {
                var end = i
                while end < p.count && p[end] != 0x0A { end += 1 }
                var colon = i
                while colon < end && p[colon] != 0x3A { colon += 1 }
                if colon < end {
                    var ls = i, le = colon
                    while ls < le && p[ls] == 0x20 { ls += 1 }
                    while le > ls && p[le - 1] == 0x20 { le -= 1 }
                    if wanted.contains(where: { $0.count == le - ls && $0.elementsEqual(p[ls..<le]) }) {
                        var w = colon + 1
                        while w < end {
                            while w < end && p[w] == 0x20 { w += 1 }
                            var we = w
                            while we < end && p[we] != 0x20 { we += 1 }
                            if we > w { body(p, w, we) }
                            w = we
                        }
                    }
                }
                i = end + 1
            }
        }
    }

    /// "label: word word…" lines, grouped by label in order.
    static func classLines(_ data: String) -> [(String, [String])] {
        data.split(separator: "\n").compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let label = line[..<colon].trimmingCharacters(in: " ")
            let words = line[line.index(after: colon)...].split(separator: " ").map(String.init)
            return (label, words)
        }
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        var s = self[...]
        while s.first == set { s = s[s.index(after: s.startIndex)...] }
        while s.last == set { s = s[..<s.index(before: s.endIndex)] }
        return String(s)
    }
}
