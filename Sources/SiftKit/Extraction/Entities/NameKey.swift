/// Keys under which spellings of one name meet: lower case, accents and punctuation dropped, and
/// the usual transliteration endings folded, so Zelensky, Zelenskyy and Zelenskiy share a key.
enum NameKey {
    /// The folded form of one word.
    static func fold(_ word: Substring) -> String {
        var w = word
        return w.withUTF8 { fold($0[...]) }
    }

    /// The folded form of one word given as UTF-8 bytes. ASCII letters and digits are kept
    /// lower-cased, other ASCII dropped; accented letters read as their base letter.
    static func fold(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        // Most words are ASCII: fold them in a buffer on the stack, with no array made.
        if word.count <= 64 && !word.contains(where: { $0 >= 0x80 }) {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { out in
                var n = 0
                for c in word where CharClass.isASCIILetter(c) || CharClass.isASCIIDigit(c) {
                    out[n] = CharClass.isASCIIUpper(c) ? c | 0x20 : c
                    n += 1
                }
                if n > 4 && Self.hasTransliterationEnding(out[n - 2], out[n - 1]) {
                    out[n - 2] = 0x79
                    n -= 1
                }
                return String(decoding: UnsafeBufferPointer(rebasing: out[0..<n]), as: UTF8.self)
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(word.count)
        var i = word.startIndex
        while i < word.endIndex {
            let c = word[i]
            if c < 0x80 {
                if CharClass.isASCIILetter(c) || CharClass.isASCIIDigit(c) { out.append(CharClass.isASCIIUpper(c) ? c | 0x20 : c) }
                i += 1
                continue
            }
            // A non-ASCII scalar: decode it, then take its base letter.
            var n = 1
            while i + n < word.endIndex && word[i + n] & 0xC0 == 0x80 { n += 1 }
            let scalar = String(decoding: UnsafeBufferPointer(rebasing: word[i..<(i + n)]), as: UTF8.self).unicodeScalars.first
            if let scalar, let base = baseLetter(scalar) { out += Array(String(base).utf8) }
            i += n
        }
        if out.count > 4 && Self.hasTransliterationEnding(out[out.count - 2], out[out.count - 1]) {
            out.removeLast(2)
            out.append(0x79)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Transliteration endings: -iy, -yy, -ij, -ii all read -y.
    @inline(__always)
    private static func hasTransliterationEnding(_ a: UInt8, _ b: UInt8) -> Bool {
        (a == 0x69 && (b == 0x79 || b == 0x6A || b == 0x69)) || (a == 0x79 && b == 0x79)
    }

    /// The key of a whole name: its folded words, without middle initials; a generational suffix
    /// stays with the surname ("trump jr"), so Donald Trump Jr. is not Donald Trump.
    static func key(_ name: String) -> [String] {
        var copy = name
        return copy.withUTF8 { key($0, 0, $0.count) }
    }

    /// The key of the name written in `b[s..<e]`.
    static func key(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> [String] {
        var words: [String] = []
        var ws = s
        func flush(_ we: Int) {
            defer { ws = we + 1 }
            guard we > ws else { return }
            let w = b[ws..<we]
            let f = fold(w)
            // Initials ("J.", "J"): one folded letter from a word of at most two characters.
            let characters = w.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            if f.isEmpty || (f.utf8.count == 1 && characters <= 2) { return }
            if isSuffix(f) {
                if let last = words.indices.last { words[last] += " " + f }
                return
            }
            words.append(f)
        }
        for i in s..<e where b[i] == 0x20 || b[i] == 0x2D { flush(i) }
        flush(e)
        return words
    }

    /// The surname of a key, without the generational suffix its last word may carry
    /// ("lowell jr" → "lowell"): what a bare "Lowell" is matched on.
    static func surname(_ key: [String]) -> String? {
        guard let last = key.last else { return nil }
        guard let space = last.firstIndex(of: " ") else { return last }
        return String(last[..<space])
    }

    /// The surname in an entity key's words ("peter lowell jr" → "lowell").
    static func surname(ofKeyWords words: Substring) -> Substring {
        let parts = words.split(separator: " ")
        guard let last = parts.last else { return words }
        if parts.count >= 2, isSuffix(String(last)) { return parts[parts.count - 2] }
        return last
    }

    /// A generational suffix, folded (jr, sr, ii …: the suffix line of Lexicons/Names.swift).
    private static func isSuffix(_ f: String) -> Bool { Lexicon.nameSuffixes.contains(f) }

    /// Whether two folded first names are spellings of one name: the same once y and j read as
    /// i and doubled letters as one (Yuri, Yuriy, Yury), or one a prefix of the other by a letter
    /// or two. Donald and Melania, Bill and Hillary, Mark and Mary stay apart.
    static func sameFirstName(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        // Spellings of one name start alike (y and j read as i): most pairs end here.
        func first(_ s: String) -> UInt8? { s.utf8.first.map { $0 == 0x79 || $0 == 0x6A ? 0x69 : $0 } }
        if first(a) != first(b) { return false }
        let (x, y) = (transliterated(a), transliterated(b))
        if x == y { return true }
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        return short.count >= 4 && long.hasPrefix(short) && long.count - short.count <= 2
    }

    /// The class of spellings a first name belongs to: y and j read as i, doubled letters as one
    /// (Yuri, Yuriy and Yury are "iuri"). The corpus merge meets people on it.
    static func firstNameClass(_ s: String) -> String { transliterated(s) }

    private static func transliterated(_ s: String) -> String {
        var out = ""
        for ch in s {
            let c: Character = (ch == "y" || ch == "j") ? "i" : ch
            if out.last != c { out.append(c) }
        }
        return out
    }

    /// A name as written, with each run of white space (a line break inside a paragraph, a double
    /// space) read as one space: the form entities count and are named by.
    static func form(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> String {
        let text = UnsafeBufferPointer(rebasing: b[s..<e])
        guard text.contains(where: isSpace) else { return String(decoding: text, as: UTF8.self) }
        return String(decoding: spaced(text), as: UTF8.self)
    }

    @inline(__always)
    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x0B || c == 0x0C }

    private static func spaced<C: Collection<UInt8>>(_ text: C) -> [UInt8] {
        var out: [UInt8] = []
        var space = false
        for c in text {
            if isSpace(c) { space = true; continue }
            if space && !out.isEmpty { out.append(0x20) }
            space = false
            out.append(c)
        }
        return out
    }

    static func form(_ text: String) -> String {
        guard text.utf8.contains(where: isSpace) else { return text }
        return String(decoding: spaced(text.utf8), as: UTF8.self)
    }

    /// The surname of a person's name (its last word that is not a suffix or initial).
    static func surname(_ name: String) -> String? { key(name).last }

    /// The Latin base letter of an accented letter ("é" → "e"), or the lower-cased scalar itself.
    private static func baseLetter(_ s: Unicode.Scalar) -> Character? {
        if CharClass.isCombining(s.value) { return nil }
        let lower = String(s).lowercased()
        // Decompose through the canonical mapping the standard library exposes.
        if let first = lower.unicodeScalars.first, first.value >= 0xC0 && first.value <= 0x24F {
            for (range, base) in latinBases where range.contains(first.value) { return base }
            if first.value == 0xDF { return "s" }
        }
        return lower.first
    }

    private static let latinBases: [(ClosedRange<UInt32>, Character)] = [
        (0xE0...0xE5, "a"), (0xE7...0xE7, "c"), (0xE8...0xEB, "e"), (0xEC...0xEF, "i"), (0xF1...0xF1, "n"),
        (0xF2...0xF6, "o"), (0xF8...0xF8, "o"), (0xF9...0xFC, "u"), (0xFD...0xFD, "y"), (0xFF...0xFF, "y"),
        (0x101...0x105, "a"), (0x107...0x10D, "c"), (0x10F...0x111, "d"), (0x113...0x11B, "e"), (0x11D...0x123, "g"),
        (0x125...0x127, "h"), (0x129...0x131, "i"), (0x135...0x135, "j"), (0x137...0x137, "k"), (0x13A...0x142, "l"),
        (0x144...0x148, "n"), (0x14D...0x151, "o"), (0x155...0x159, "r"), (0x15B...0x161, "s"), (0x163...0x167, "t"),
        (0x169...0x173, "u"), (0x175...0x175, "w"), (0x177...0x177, "y"), (0x17A...0x17E, "z"),
    ]
}
