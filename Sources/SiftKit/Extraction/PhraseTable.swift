/// Multi-word phrases ("more than", "per cent", "earlier this week") matched against an article's
/// tokens, ignoring ASCII case, with no `String` made per match: the first word is looked up in a
/// `WordTable`, then the rest compared byte by byte. Longest phrase first.
struct PhraseTable: Sendable {
    /// First word → the phrases starting with it, each as the bytes of its words, longest first.
    private var byFirst = WordTable<[[[UInt8]]]>(capacity: 64)

    init(_ phrases: [[String]]) {
        var grouped: [String: [[[UInt8]]]] = [:]
        var order: [String] = []
        for p in phrases.sorted(by: { $0.count > $1.count }) {
            guard let first = p.first?.lowercased() else { continue }
            if grouped[first] == nil { order.append(first) }
            grouped[first, default: []].append(p.map { Array($0.lowercased().utf8) })
        }
        for f in order { byFirst.insert(f, grouped[f]!) }
    }

    /// The length in tokens of the longest phrase that starts at token k and ends before `limit`.
    func match(_ t: TokenText, at k: Int, limit: Int) -> Int? {
        guard k < limit, t.tokens[k].kind == .word || t.tokens[k].kind == .symbol,
              let candidates = t.exact(byFirst, k) else { return nil }
        for words in candidates where k + words.count <= limit {
            var ok = true
            for i in 1..<max(1, words.count) where !t.equals(k + i, words[i]) {
                ok = false
                break
            }
            if ok { return words.count }
        }
        return nil
    }
}

extension TokenText {
    /// Whether token k's text is `word` (lower-case bytes), ignoring ASCII case.
    func equals(_ k: Int, _ word: [UInt8]) -> Bool {
        let s = start(k)
        guard end(k) - s == word.count else { return false }
        for i in 0..<word.count {
            var c = b[s + i]
            if c >= 0x41 && c <= 0x5A { c |= 0x20 }
            if c != word[i] { return false }
        }
        return true
    }

    /// Token k looked up as it is (no possessive ending removed).
    func exact<V>(_ table: WordTable<V>, _ k: Int) -> V? {
        if possessiveLength(k) != 0 { return table.lookup(b, start(k), end(k)) }
        if table.wordClass != 0 && classes(k) & table.wordClass == 0 { return nil }
        return table.lookup(b, start(k), end(k), hash: hashes[k])
    }

    /// The value of a token of ASCII digits only ("2022"), nil otherwise.
    func digitsValue(_ k: Int) -> Int? {
        let s = start(k), e = end(k)
        guard e > s, e - s <= 9 else { return nil }
        var v = 0
        for i in s..<e {
            let c = b[i]
            guard c >= 0x30 && c <= 0x39 else { return nil }
            v = v * 10 + Int(c - 0x30)
        }
        return v
    }
}
