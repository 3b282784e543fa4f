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
