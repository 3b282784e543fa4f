/// A word-level diff: "Putin [-de facto-] {+effectively+} rejected".
enum WordDiff {
    static func diff(_ a: String, _ b: String) -> String {
        let x = a.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        let y = b.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        func key(_ w: String) -> String { String(w.lowercased().filter { $0.isLetter || $0.isNumber }) }
        // Words that are only punctuation match nothing.
        let (kx, ky) = Symbols.numbered(x.map(key), y.map(key), unmatched: { $0.isEmpty })
        let steps = EditScript.between(symbols: kx, ky, preferring: .insertions)
        var out: [String] = []
        var deleted: [String] = [], inserted: [String] = []
        func flush() {
            if !deleted.isEmpty { out.append("[-" + deleted.joined(separator: " ") + "-]") }
            if !inserted.isEmpty { out.append("{+" + inserted.joined(separator: " ") + "+}") }
            deleted = []
            inserted = []
        }
        var i = 0, j = 0
        for step in steps {
            switch step {
            case .keep:
                flush()
                out.append(y[j])
                i += 1
                j += 1
            case .insert:
                inserted.append(y[j])
                j += 1
            case .delete:
                deleted.append(x[i])
                i += 1
            }
        }
        flush()
        return out.joined(separator: " ")
    }
}
