/// A half-open range of UTF-8 byte offsets into an article's text.
package struct Span: Hashable, Sendable, Comparable, CustomStringConvertible {
    package var start: Int
    package var end: Int

    package init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    package var length: Int { end - start }
    package var isEmpty: Bool { end <= start }
    package var range: Range<Int> { start..<end }

    package func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    package func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }
    package func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    package static func < (a: Span, b: Span) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }

    package var description: String { "\(start)..<\(end)" }
}
