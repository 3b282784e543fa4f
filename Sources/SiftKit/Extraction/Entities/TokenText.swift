/// Token-level helpers over an article's bytes that the extraction rules share.
struct TokenText {
    let b: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    /// Per token: the `WordHash` of its text without a possessive ending, so looking one token
    /// up in many word tables hashes it once.
    let hashes: [Int]
    /// Per token: the bytes of its possessive ending ('s, ’s), 0 when none.
    let possessives: [UInt8]

    /// Per token: its word's number in this article. Tokens with the same text (ASCII case and
    /// a possessive ending aside) share one, so per-article word sets are arrays of flags.
    let wordIDs: [Int32]
    /// Per word number: the `WordClass` bits of the tables it is in.
    private let wordClasses: [UInt64]

    init(b: UnsafeBufferPointer<UInt8>, tokens: [Token]) {
        self.b = b
        self.tokens = tokens
        var hashes: [Int] = []
        var possessives: [UInt8] = []
        hashes.reserveCapacity(tokens.count)
        possessives.reserveCapacity(tokens.count)
        for tok in tokens {
            let s = Int(tok.start), e = Int(tok.end)
            let p = Self.possessiveLength(b, s, e)
            possessives.append(UInt8(p))
            hashes.append(WordHash.of(b, s, e - p))
        }
        self.hashes = hashes
        self.possessives = possessives
        (wordIDs, wordClasses) = Self.numberWords(b, tokens, hashes, possessives)
    }

    /// Numbers the distinct words of `tokens` in order of first appearance, and looks each up once
    /// in the merged lexicon.
    private static func numberWords(_ b: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ hashes: [Int],
                                    _ possessives: [UInt8]) -> ([Int32], [UInt64]) {
        let merged = WordClasses.merged
        var size = 16
        while size < tokens.count * 2 { size <<= 1 }
        let mask = size - 1
        var slots = [Int32](repeating: -1, count: size)
        var first: [Int32] = []  // per word: the token that first wrote it
        var classes: [UInt64] = []
        var ids = [Int32](repeating: 0, count: tokens.count)
        for k in tokens.indices {
            let h = hashes[k]
            let s = Int(tokens[k].start), e = Int(tokens[k].end) - Int(possessives[k])
            var slot = h & mask
            while true {
                let id = slots[slot]
                if id < 0 {
                    let new = Int32(first.count)
                    slots[slot] = new
                    first.append(Int32(k))
                    classes.append(merged.lookup(b, s, e, hash: h) ?? 0)
                    ids[k] = new
                    break
                }
                let j = Int(first[Int(id)])
                if hashes[j] == h && sameLowered(b, s, e, Int(tokens[j].start), Int(tokens[j].end) - Int(possessives[j])) {
                    ids[k] = id
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        return (ids, classes)
    }

    @inline(__always)
    private static func sameLowered(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ s2: Int, _ e2: Int) -> Bool {
        guard e - s == e2 - s2 else { return false }
        var i = 0
        while i < e - s {
            if WordHash.lower(b[s + i]) != WordHash.lower(b[s2 + i]) { return false }
            i += 1
        }
        return true
    }

    /// How many distinct words the article has (the size of a `TokenWordSet`).
    var wordCount: Int { wordClasses.count }

    /// The `WordClass` bits of token k's word (its possessive ending removed).
    @inline(__always) func classes(_ k: Int) -> UInt64 { wordClasses[Int(wordIDs[k])] }

    @inline(__always) func start(_ k: Int) -> Int { Int(tokens[k].start) }
    @inline(__always) func end(_ k: Int) -> Int { Int(tokens[k].end) }

    func string(_ k: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[start(k)..<end(k)]), as: UTF8.self) }
    func string(_ s: Int, _ e: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self) }

    func isWord(_ k: Int) -> Bool { tokens[k].kind == .word }
    func isCapitalized(_ k: Int) -> Bool { tokens[k].kind == .word && tokens[k].flags.contains(.capitalized) }
    func isLowerWord(_ k: Int) -> Bool { tokens[k].kind == .word && !tokens[k].flags.contains(.capitalized) }

    /// Whether token k is the punctuation character c.
    func isPunct(_ k: Int, _ c: UInt8) -> Bool {
        tokens[k].kind == .punct && tokens[k].length == 1 && b[start(k)] == c
    }

    func isDash(_ k: Int) -> Bool { tokens[k].kind == .dash }

    /// An adjective made from a name: "Washington-based", "Kremlin-backed" — lower case after
    /// the token's last hyphen.
    func isDerivedAdjective(_ k: Int) -> Bool {
        var i = end(k) - 1
        while i > start(k) && b[i] != 0x2D { i -= 1 }
        guard b[i] == 0x2D, i + 1 < end(k) else { return false }
        let c = b[i + 1]
        if c < 0x80 { return c >= 0x61 && c <= 0x7A }
        return string(i + 1, end(k)).first?.isLowercase == true
    }

    /// The first Unicode scalar of token k.
    func scalar(_ k: Int) -> UInt32 { UTF8Scalars.decode(b, at: start(k)).0 }

    /// Case-insensitive equality with an ASCII word.
    func `is`(_ k: Int, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard tokens[k].length == n else { return false }
        let p = word.utf8Start
        var i = 0
        while i < n {
            var c = b[start(k) + i]
            if c >= 0x41 && c <= 0x5A { c |= 0x20 }
            if c != p[i] { return false }
            i += 1
        }
        return true
    }

    func isAny(_ k: Int, _ words: [StaticString]) -> Bool { words.contains { self.is(k, $0) } }

    /// Bytes of the possessive ending ('s, ’s) the token carries, 0 when none.
    @inline(__always)
    func possessiveLength(_ k: Int) -> Int { Int(possessives[k]) }

    static func possessiveLength(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        if e - s > 2 && b[e - 1] | 0x20 == 0x73 && b[e - 2] == 0x27 { return 2 }
        if e - s > 4 && b[e - 1] | 0x20 == 0x73 && b[e - 2] == 0x99 && b[e - 3] == 0x80 && b[e - 4] == 0xE2 { return 4 }
        return 0
    }

    /// Looks the token up in a word table (its possessive ending removed).
    @inline(__always)
    func lookup<V>(_ table: WordTable<V>, _ k: Int) -> V? {
        if table.wordClass != 0 && classes(k) & table.wordClass == 0 { return nil }
        return table.lookup(b, start(k), end(k) - possessiveLength(k), hash: hashes[k])
    }

    @inline(__always)
    func contains(_ table: WordSet, _ k: Int) -> Bool {
        if table.wordClass != 0 { return classes(k) & table.wordClass != 0 }
        return lookup(table, k) != nil
    }

    func contains(_ set: TokenWordSet, _ k: Int) -> Bool { set.member[Int(wordIDs[k])] }
    func insert(_ k: Int, into set: inout TokenWordSet) { set.member[Int(wordIDs[k])] = true }
    func emptyWordSet() -> TokenWordSet { TokenWordSet(member: Array(repeating: false, count: wordCount)) }

    /// The text of tokens [s, e) joined by single spaces, a possessive ending on the last one dropped.
    func phrase(_ s: Int, _ e: Int) -> String {
        var out = ""
        for k in s..<e {
            if k > s && tokens[k].flags.contains(.spaceBefore) { out += " " }
            let cut = k == e - 1 ? possessiveLength(k) : 0
            out += string(start(k), end(k) - cut)
        }
        return out
    }

    /// Looks tokens [s, e) up as one phrase, written as `phrase(s, e)` writes it, without making
    /// a `String`: "New York", "Abu Dhabi".
    func lookupPhrase<V>(_ table: WordTable<V>, _ s: Int, _ e: Int) -> V? {
        guard e > s else { return nil }
        if e - s == 1 { return lookup(table, s) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(end(e - 1) - start(s))
        for k in s..<e {
            if k > s && tokens[k].flags.contains(.spaceBefore) { bytes.append(0x20) }
            let cut = k == e - 1 ? possessiveLength(k) : 0
            bytes.append(contentsOf: b[start(k)..<(end(k) - cut)])
        }
        return bytes.withUnsafeBufferPointer { table.lookup($0, 0, $0.count) }
    }
}

/// A set of one article's words (as `TokenText` numbers them), filled and asked by token.
struct TokenWordSet {
    fileprivate var member: [Bool]
}
