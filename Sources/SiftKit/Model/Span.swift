/// A half-open range of UTF-8 byte offsets into an article's text.
/// Stored as two 32-bit offsets (an article's text is under 4 GiB, as its tokens' offsets are):
/// mentions, quotes and sentences hold several spans each, millions of them in a corpus.
package struct Span: Hashable, Sendable, Comparable, CustomStringConvertible {
    private var lo: UInt32
    private var hi: UInt32

    package init(_ start: Int, _ end: Int) {
        lo = UInt32(truncatingIfNeeded: start)
        hi = UInt32(truncatingIfNeeded: max(start, end))
    }

    package var start: Int {
        get { Int(lo) }
        set { lo = UInt32(truncatingIfNeeded: newValue) }
    }

    package var end: Int {
        get { Int(hi) }
        set { hi = UInt32(truncatingIfNeeded: newValue) }
    }

    package var length: Int { end - start }
    package var isEmpty: Bool { end <= start }
    package var range: Range<Int> { start..<end }

    package func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    package func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }
    package func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    package static func < (a: Span, b: Span) -> Bool {
        a.lo != b.lo ? a.lo < b.lo : a.hi < b.hi
    }

    package var description: String { "\(start)..<\(end)" }
}
