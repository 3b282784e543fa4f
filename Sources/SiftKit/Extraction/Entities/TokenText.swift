/// Token-level helpers over an article's bytes that the extraction rules share.
struct TokenText {
    let b: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    /// Per token: the `WordHash` of its text without a possessive ending, so looking one token
    /// up in many word tables hashes it once.
    let hashes: [Int]
    /// Per token: the bytes of its possessive ending ('s, ’s), 0 when none.
    let possessives: [UInt8]

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
    }

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
    func lookup<V>(_ table: WordTable<V>, _ k: Int) -> V? {
        table.lookup(b, start(k), end(k) - possessiveLength(k), hash: hashes[k])
    }

    func contains(_ table: WordSet, _ k: Int) -> Bool { lookup(table, k) != nil }

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
