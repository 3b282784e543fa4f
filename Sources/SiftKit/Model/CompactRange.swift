/// A range of indices (tokens, sentences) stored as two 32-bit values: what the model's structs
/// keep behind their `Range<Int>` properties (`@CompactRange var tokens: Range<Int>`), half the
/// size of a `Range<Int>`; a corpus holds millions of them.
@propertyWrapper
package struct CompactRange: Hashable, Sendable {
    private var lower: UInt32
    private var upper: UInt32

    package init(wrappedValue r: Range<Int>) {
        lower = UInt32(truncatingIfNeeded: r.lowerBound)
        upper = UInt32(truncatingIfNeeded: r.upperBound)
    }

    package var wrappedValue: Range<Int> {
        get { Int(lower)..<Int(upper) }
        set { self = CompactRange(wrappedValue: newValue) }
    }
}

/// An index (a sentence, a paragraph, an entity; -1 for none) stored in 32 bits behind an `Int`
/// property (`@CompactIndex var sentence: Int`).
@propertyWrapper
package struct CompactIndex: Hashable, Sendable {
    private var value: Int32

    package init(wrappedValue: Int) { value = Int32(wrappedValue) }

    package var wrappedValue: Int {
        get { Int(value) }
        set { value = Int32(newValue) }
    }
}

/// An optional `Span` in 8 bytes instead of 12: no span starts at `UInt32.max` (an article is
/// less than 4 GB), so that start stands for none. Mentions and quotes hold several each.
@propertyWrapper
package struct CompactOptionalSpan: Hashable, Sendable {
    private var lo = UInt32.max
    private var hi: UInt32 = 0

    package init(wrappedValue span: Span?) {
        if let span { (lo, hi) = (UInt32(truncatingIfNeeded: span.start), UInt32(truncatingIfNeeded: span.end)) }
    }

    package var wrappedValue: Span? {
        get { lo == .max ? nil : Span(Int(lo), Int(hi)) }
        set { self = CompactOptionalSpan(wrappedValue: newValue) }
    }
}

/// An optional `Double` in 8 bytes instead of 9 (16 once aligned): a NaN stands for none, which
/// no score is.
@propertyWrapper
package struct CompactOptionalDouble: Hashable, Sendable {
    private var value = Double.nan

    package init(wrappedValue: Double?) { value = wrappedValue ?? .nan }

    package var wrappedValue: Double? {
        get { value.isNaN ? nil : value }
        set { value = newValue ?? .nan }
    }

    package static func == (a: Self, b: Self) -> Bool { a.wrappedValue == b.wrappedValue }
    package func hash(into h: inout Hasher) { h.combine(wrappedValue) }
}
