/// Builds a source's rows article by article on all cores, keeping them in article order.
enum ParallelRows {
    /// The rows `body(i)` gives for each i in 0..<count, concatenated in order. When the query
    /// reads no column (`mentions | count`), every row is one shared row of nulls, so counting
    /// millions of rows holds a reference a row instead of each row's cells.
    static func flatMap(_ count: Int, _ need: Needs, _ body: @Sendable (Int) -> [[Value]]) -> [[Value]] {
        if count < 256 { return rows(0..<count, need, body) }
        let chunks = 16
        var parts = Parallel.map(chunks) { c in rows((count * c / chunks)..<(count * (c + 1) / chunks), need, body) }
        var out: [[Value]] = []
        out.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        // Each part let go once copied: the rows are not held twice over.
        for c in parts.indices {
            out += parts[c]
            parts[c] = []
        }
        return out
    }

    private static func rows(_ range: Range<Int>, _ need: Needs, _ body: (Int) -> [[Value]]) -> [[Value]] {
        var rows: [[Value]] = []
        var blank: [Value] = []
        for i in range {
            let built = body(i)
            guard need.readsNothing, let first = built.first else { rows += built; continue }
            if blank.count != first.count { blank = [Value](repeating: .null, count: first.count) }
            rows.append(contentsOf: repeatElement(blank, count: built.count))
        }
        return rows
    }
}
