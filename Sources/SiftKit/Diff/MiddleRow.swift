/// Where the lowest shortest edit path crosses a row of the edit graph — the step that lets
/// `EditScript` recurse on halves in linear memory.
///
/// The graph's node (i, j) has taken i elements of `a` and j of `b`. Where a[i] == b[j] the
/// path goes diagonally (the walk keeps equal elements as soon as they meet); elsewhere it
/// deletes (down) or inserts (right). A row is computed from the one above (distances from the
/// start, along such paths only) and from the one below (distances to the end), two rows at a
/// time, on only the diagonals k = i − j that a path of at most `band` edits can visit:
/// |k| + |k − (n − m)| ≤ band. So the work is rows × (band + 1) and the memory 3 × (band + 1).
enum MiddleRow {
    struct Crossing {
        /// The column, counted from the start of `b`'s range, where the path enters the row.
        var column: Int
        /// Edits before that node and after it.
        var before: Int
        var after: Int
    }

    private static let unreachable = Int.max / 4

    /// The leftmost node of `row` on a shortest path between the corners of a[ra] × b[rb] —
    /// where the lowest such path enters the row — or nil when the shortest path within
    /// `band` is longer than `band` (a shorter one may then leave it; try a wider band).
    static func crossing(_ a: [Int], _ ra: Range<Int>, _ b: [Int], _ rb: Range<Int>, row: Int, band: Int,
                         peakCells: inout Int) -> Crossing? {
        let n = ra.count, m = rb.count, delta = n - m
        let lo = max(-m, (delta - band + 1) >> 1), hi = min(n, (delta + band) >> 1)
        guard lo <= hi else { return nil }
        let width = hi - lo + 1
        peakCells = max(peakCells, 3 * width)
        // Diagonals k of row i that lie in the graph: 0 ≤ j = i − k ≤ m.
        func slots(_ i: Int) -> Range<Int> { (max(lo, i - m) - lo)..<max(max(lo, i - m), min(hi, i) + 1) - lo }

        return a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                let x = pa.baseAddress! + ra.lowerBound, y = pb.baseAddress! + rb.lowerBound
                // Distances from the start, rows 0 through `row`.
                var above = [Int](repeating: unreachable, count: width)
                var forward = [Int](repeating: unreachable, count: width)
                for i in 0...row {
                    for s in slots(i).reversed() {
                        let j = i - (lo + s)
                        if i == 0 && j == 0 { forward[s] = 0; continue }
                        var d = unreachable
                        if i > 0 && j > 0 && x[i - 1] == y[j - 1] { d = above[s] }
                        if i > 0 && s > 0 && (j == m || x[i - 1] != y[j]) { d = min(d, above[s - 1] + 1) }
                        if j > 0 && s + 1 < width && (i == n || x[i] != y[j - 1]) { d = min(d, forward[s + 1] + 1) }
                        forward[s] = d
                    }
                    if i < row { swap(&above, &forward) }
                }
                // Distances to the end, rows n up to `row` (`above` is reused as the row below).
                var below: [Int] = []
                swap(&below, &above)
                var backward = [Int](repeating: unreachable, count: width)
                for i in stride(from: n, through: row, by: -1) {
                    for s in slots(i) {
                        let j = i - (lo + s)
                        if i == n { backward[s] = m - j; continue }
                        if j == m { backward[s] = n - i; continue }
                        if x[i] == y[j] { backward[s] = below[s]; continue }
                        var d = unreachable
                        if s + 1 < width { d = below[s + 1] + 1 }
                        if s > 0 { d = min(d, backward[s - 1] + 1) }
                        backward[s] = d
                    }
                    if i > row { swap(&below, &backward) }
                }
                // The shortest total, and the leftmost node (largest k) that has it.
                var best: Crossing? = nil
                for s in slots(row).reversed() {
                    let total = forward[s] + backward[s]
                    if total < (best.map { $0.before + $0.after } ?? unreachable) {
                        best = Crossing(column: row - (lo + s), before: forward[s], after: backward[s])
                    }
                }
                guard let best, best.before + best.after <= band else { return nil }
                return best
            }
        }
    }
}
