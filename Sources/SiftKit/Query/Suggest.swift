/// Did-you-mean: the closest candidate by edit distance, if it is close enough to be a typo.
package enum Suggest {
    package static func closest(to word: String, among candidates: [String]) -> String? {
        let w = Array(word.lowercased())
        var best: (String, Int)? = nil
        for c in candidates {
            let d = distance(w, Array(c.lowercased()))
            if d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        guard let (name, d) = best else { return nil }
        let limit = w.count <= 3 ? 1 : w.count <= 6 ? 2 : 3
        if d <= limit { return name }
        // A prefix of a longer name: "para" → "paragraphs".
        if w.count >= 3, let p = candidates.first(where: { $0.lowercased().hasPrefix(word.lowercased()) }) { return p }
        return nil
    }

    /// Damerau-Levenshtein distance (adjacent transpositions count one).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
