/// A read-only set of words (or a map from words to small values) looked up straight from an
/// article's bytes, ignoring ASCII case, with no `String` made per lookup. Lexicons and
/// gazetteers load into these once, on first use.
struct WordTable<Value>: @unchecked Sendable {
    private var keys: [[UInt8]?]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: nil, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func lower(_ c: UInt8) -> UInt8 { (c >= 0x41 && c <= 0x5A) ? c | 0x20 : c }

    @inline(__always)
    private static func hash(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        var h: UInt64 = 0xcbf29ce484222325
        var i = s
        while i < e {
            h = (h ^ UInt64(lower(p[i]))) &* 0x100000001b3
            i += 1
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    mutating func insert(_ word: String, _ value: Value) {
        if (count + 1) * 2 > keys.count { grow() }
        let bytes = Array(word.utf8).map(Self.lower)
        let h = bytes.withUnsafeBufferPointer { Self.hash($0, 0, $0.count) }
        var slot = h & mask
        while let k = keys[slot] {
            if k == bytes { values[slot] = value; return }
            slot = (slot + 1) & mask
        }
        keys[slot] = bytes
        values[slot] = value
        count += 1
    }

    private mutating func grow() {
        let old = zip(keys, values).compactMap { k, v in k.map { ($0, v!) } }
        var bigger = WordTable(capacity: keys.count)
        for (k, v) in old { bigger.insert(String(decoding: k, as: UTF8.self), v) }
        self = bigger
    }

    /// The value stored for `p[s..<e]`, ignoring ASCII case.
    func lookup(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Value? {
        guard count > 0, e > s else { return nil }
        var slot = Self.hash(p, s, e) & mask
        let n = e - s
        while let k = keys[slot] {
            if k.count == n {
                var same = true
                var i = 0
                while i < n {
                    if k[i] != Self.lower(p[s + i]) { same = false; break }
                    i += 1
                }
                if same { return values[slot] }
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    func lookup(_ word: String) -> Value? {
        var w = word
        return w.withUTF8 { lookup($0, 0, $0.count) }
    }

    func contains(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool { lookup(p, s, e) != nil }
    func contains(_ word: String) -> Bool { lookup(word) != nil }
}

typealias WordSet = WordTable<Bool>

extension WordTable where Value == Bool {
    init<S: Sequence>(words: S) where S.Element == String {
        self.init(capacity: 64)
        for w in words { insert(w, true) }
    }
}
