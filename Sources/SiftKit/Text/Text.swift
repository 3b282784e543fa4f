/// Small helpers over a text's bytes.
enum Text {
    /// The span shrunk past white space at both ends.
    static func trimSpace(_ b: UnsafeBufferPointer<UInt8>, _ span: Span) -> Span {
        var s = span.start, e = span.end
        while s < e {
            let (v, len) = UTF8Scalars.decode(b, at: s)
            if !CharClass.isSpace(v) { break }
            s += len
        }
        while e > s {
            let p = UTF8Scalars.previousStart(b, before: e)
            let (v, _) = UTF8Scalars.decode(b, at: p)
            if !CharClass.isSpace(v) { break }
            e = p
        }
        return Span(s, e)
    }

    /// Whether the bytes at `i` spell `word` exactly.
    @inline(__always)
    static func hasPrefix(_ b: UnsafeBufferPointer<UInt8>, at i: Int, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i >= 0, i + n <= b.count else { return false }
        let w = word.utf8Start
        for k in 0..<n where b[i + k] != w[k] { return false }
        return true
    }

    /// Finds `needle` in `b[range]`, returning its start.
    static func find(_ b: UnsafeBufferPointer<UInt8>, _ needle: StaticString, in range: Range<Int>) -> Int? {
        let n = needle.utf8CodeUnitCount
        guard n > 0, range.count >= n else { return nil }
        let first = needle.utf8Start[0]
        var i = range.lowerBound
        while i + n <= range.upperBound {
            if b[i] == first && hasPrefix(b, at: i, needle) { return i }
            i += 1
        }
        return nil
    }
}
