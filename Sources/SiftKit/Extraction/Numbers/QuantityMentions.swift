/// A number in the story: "more than 40 drones" → 40, unit "drones", qualifier "more than";
/// "thousands of people" → no value, unit "people", qualifier "thousands".
package struct NumberMention: Hashable, Sendable {
    package var span: Span
    /// Nil for a vague amount ("hundreds of", "waves of"): a qualifier, not a value.
    @CompactOptionalDouble package var value: Double?
    /// A currency code, "percent", "fraction", or the noun counted.
    package var unit: String?
    package var qualifier: String?
}

/// A date or time reference: "March 11", "2022", "Tuesday", "last week".
package struct DateMention: Hashable, Sendable {
    package var span: Span
    /// ISO 8601 where the text fixes it: "2022", "2022-03", "2022-03-11", "--03-11" (no year).
    package var resolved: String?
}
