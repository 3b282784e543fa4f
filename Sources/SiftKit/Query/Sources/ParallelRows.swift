/// Builds a source's rows article by article on all cores, keeping them in article order.
enum ParallelRows {
    /// The rows `body(i)` gives for each i in 0..<count, concatenated in order.
    static func flatMap(_ count: Int, _ body: @Sendable (Int) -> [[Value]]) -> [[Value]] {
        if count < 256 { return (0..<count).flatMap(body) }
        let chunks = 16
        let parts = Parallel.map(chunks) { c in
            var rows: [[Value]] = []
            for i in (count * c / chunks)..<(count * (c + 1) / chunks) { rows += body(i) }
            return rows
        }
        var out: [[Value]] = []
        out.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for p in parts { out += p }
        return out
    }
}
