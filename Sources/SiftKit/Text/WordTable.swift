/// The hash a `WordTable` files a word under: FNV-1a over its bytes with ASCII letters
/// lower-cased, never 0 (0 marks an empty slot).
enum WordHash {
    @inline(__always)
    static func lower(_ c: UInt8) -> UInt8 { (c >= 0x41 && c <= 0x5A) ? c | 0x20 : c }

    @inline(__always)
    static func of(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        var h: UInt64 = 0xcbf29ce484222325
        var i = s
        while i < e {
            h = (h ^ UInt64(lower(p[i]))) &* 0x100000001b3
            i += 1
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29)) | 1
    }
}

/// A read-only set of words (or a map from words to small values) looked up straight from an
/// article's bytes, ignoring ASCII case, with no `String` made per lookup. Lexicons and
/// gazetteers load into these once, on first use. A lookup first rejects by length, then
/// compares stored hashes, and only then bytes; callers that look one token up in many tables
/// pass its hash, computed once (`TokenText`).
struct WordTable<Value> {
    /// Open-addressed slots: the hash of the word there (0 when empty) and its entry.
    private var hashes: [Int]
    private var slotEntry: [Int32]
    private var mask: Int
    /// Entries in insertion order: bytes (lower-cased) in one pool, and values.
    private var pool: [UInt8] = []
    private var starts: [Int32] = []
    private var values: [Value] = []
    /// Bit n set when some key is n bytes long (n < 64; bit 63 stands for 63 and more).
    private var lengths: UInt64 = 0
    /// The bit of the class of words this table stands for (0 when none; extraction's word
    /// classes mark their tables): a reader that knows each token's classes then answers "is
    /// token k in this table" from them, computed with one look-up per word.
    private(set) var wordClass: UInt64 = 0

    var count: Int { values.count }

    /// This table, marked with the bit of the class of words it stands for.
    func marked(_ bit: UInt64) -> WordTable {
        var copy = self
        copy.wordClass = bit
        return copy
    }

    /// Calls `body` with every word's (lower-cased) bytes, in insertion order.
    func forEachWord(_ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void) {
        pool.withUnsafeBufferPointer { p in
            for i in 0..<count { body(p, Int(starts[i]), Int(starts[i + 1])) }
        }
    }

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        hashes = Array(repeating: 0, count: size)
        slotEntry = Array(repeating: 0, count: size)
        mask = size - 1
        starts = [0]
        starts.reserveCapacity(capacity + 1)
        values.reserveCapacity(capacity)
    }

    @inline(__always)
    private static func lengthBit(_ n: Int) -> UInt64 { 1 << UInt64(min(n, 63)) }

    mutating func insert(_ word: String, _ value: Value) {
        var w = word
        w.withUTF8 { insert($0, 0, $0.count, value) }
    }

    /// Inserts the word `p[s..<e]` (a word already there gets the new value).
    mutating func insert(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ value: Value) {
        let h = WordHash.of(p, s, e)
        if let slot = find(p, s, e, hash: h) {
            values[Int(slotEntry[slot])] = value
            return
        }
        if (count + 1) * 2 > hashes.count { grow() }
        for i in s..<e { pool.append(WordHash.lower(p[i])) }
        starts.append(Int32(pool.count))
        values.append(value)
        place(hash: h, entry: count - 1)
        lengths |= Self.lengthBit(e - s)
    }

    /// Changes the value of the word `p[s..<e]` in place, inserting `initial` first when it is
    /// missing: one search where a look-up and an insert would make two.
    mutating func update(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, initial: Value, _ change: (inout Value) -> Void) {
        if let slot = find(p, s, e, hash: WordHash.of(p, s, e)) {
            change(&values[Int(slotEntry[slot])])
            return
        }
        var value = initial
        change(&value)
        insert(p, s, e, value)
    }

    private mutating func place(hash h: Int, entry: Int) {
        var slot = h & mask
        while hashes[slot] != 0 { slot = (slot + 1) & mask }
        hashes[slot] = h
        slotEntry[slot] = Int32(entry)
    }

    private mutating func grow() {
        let old = hashes, oldEntries = slotEntry
        hashes = Array(repeating: 0, count: old.count * 2)
        slotEntry = Array(repeating: 0, count: old.count * 2)
        mask = hashes.count - 1
        for i in old.indices where old[i] != 0 { place(hash: old[i], entry: Int(oldEntries[i])) }
    }

    /// The slot holding `p[s..<e]`, whose hash is `hash`.
    @inline(__always)
    private func find(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, hash: Int) -> Int? {
        let n = e - s
        var slot = hash & mask
        while true {
            let h = hashes[slot]
            if h == 0 { return nil }
            if h == hash {
                let entry = Int(slotEntry[slot])
                let ks = Int(starts[entry])
                if Int(starts[entry + 1]) - ks == n {
                    let same = pool.withUnsafeBufferPointer { k -> Bool in
                        var i = 0
                        while i < n {
                            if k[ks + i] != WordHash.lower(p[s + i]) { return false }
                            i += 1
                        }
                        return true
                    }
                    if same { return slot }
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The value stored for `p[s..<e]`, ignoring ASCII case.
    @inline(__always)
    func lookup(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Value? {
        guard e > s, lengths & Self.lengthBit(e - s) != 0 else { return nil }
        return lookup(p, s, e, hash: WordHash.of(p, s, e))
    }

    /// The value stored for `p[s..<e]`, whose `WordHash` is `hash`.
    @inline(__always)
    func lookup(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, hash: Int) -> Value? {
        guard e > s, lengths & Self.lengthBit(e - s) != 0, let slot = find(p, s, e, hash: hash) else { return nil }
        return values[Int(slotEntry[slot])]
    }

    func lookup(_ word: String) -> Value? {
        var w = word
        return w.withUTF8 { lookup($0, 0, $0.count) }
    }

    func contains(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool { lookup(p, s, e) != nil }
    func contains(_ word: String) -> Bool { lookup(word) != nil }
}

/// Walks tab-separated lines of UTF-8 data without making a `String` per field.
enum TabSeparated {
    /// Calls `body` with the bytes and the ranges of each line's first fields (at most 3).
    static func forEachLine(_ data: String, _ body: (UnsafeBufferPointer<UInt8>, [Range<Int>]) -> Void) {
        var text = data
        text.withUTF8 { p in
            var fields: [Range<Int>] = []
            fields.reserveCapacity(4)
            var lineStart = 0
            var fieldStart = 0
            for i in 0...p.count {
                let c: UInt8 = i < p.count ? p[i] : 0x0A
                if c == 0x09 {
                    fields.append(fieldStart..<i)
                    fieldStart = i + 1
                } else if c == 0x0A {
                    if i > lineStart {
                        fields.append(fieldStart..<i)
                        body(p, fields)
                    }
                    fields.removeAll(keepingCapacity: true)
                    lineStart = i + 1
                    fieldStart = i + 1
                }
            }
        }
    }

    /// Whether field `r` of `p` is the ASCII text `word`.
    static func field(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, is word: StaticString) -> Bool {
        guard r.count == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for i in 0..<r.count where p[r.lowerBound + i] != w[i] { return false }
        return true
    }
}

typealias WordSet = WordTable<Bool>

extension WordTable where Value == Bool {
    init<S: Sequence>(words: S) where S.Element == String {
        self.init(capacity: 64)
        for w in words { insert(w, true) }
    }
}

/// A table of sendable values is sendable: it is arrays only, read-only once built.
extension WordTable: Sendable where Value: Sendable {}
