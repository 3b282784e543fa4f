/// Seconds spent in each extraction stage, summed over the articles analysed (for the
/// benchmark; the engine measures, the caller reports).
package struct StageTimes: Sendable {
    /// Building articles: paragraphs, tokens, structure, sentences (part of loading).
    package var tokenize: Double = 0
    /// Names, entities within an article, gender evidence.
    package var entities: Double = 0
    /// Quote spans, reported speech, speaker attribution.
    package var quotes: Double = 0
    /// Cited sources, numbers and dates.
    package var sourcesAndNumbers: Double = 0
    /// Merging aliases across the corpus.
    package var aliases: Double = 0

    package init() {}

    package var extraction: Double { entities + quotes + sourcesAndNumbers + aliases }

    static func += (a: inout StageTimes, b: StageTimes) {
        a.tokenize += b.tokenize; a.entities += b.entities; a.quotes += b.quotes
        a.sourcesAndNumbers += b.sourcesAndNumbers; a.aliases += b.aliases
    }
}

/// A monotonic stopwatch that costs nothing when off.
struct StageClock {
    private var last: UInt64
    let on: Bool

    init(on: Bool) {
        self.on = on
        last = on ? MonotonicClock.nanoseconds : 0
    }

    /// Seconds since the previous lap (or the start).
    mutating func lap() -> Double {
        guard on else { return 0 }
        let now = MonotonicClock.nanoseconds
        defer { last = now }
        return Double(now - last) / 1e9
    }
}
