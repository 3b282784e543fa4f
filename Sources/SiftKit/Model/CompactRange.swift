/// A range of indices (tokens, sentences) stored as two 32-bit values: what the model's
/// structs keep behind their `Range<Int>` properties, half the size of a `Range<Int>`.
package struct CompactRange: Hashable, Sendable {
    private var lower: UInt32
    private var upper: UInt32

    package init(_ r: Range<Int>) {
        lower = UInt32(truncatingIfNeeded: r.lowerBound)
        upper = UInt32(truncatingIfNeeded: r.upperBound)
    }

    package var range: Range<Int> { Int(lower)..<Int(upper) }
}
