/// One step of an edit script that turns one sequence into another.
enum Edit: UInt8, Sendable {
    /// The next element of both sequences is the same.
    case keep
    /// The next element of the first sequence is not in the second.
    case delete
    /// The next element of the second sequence is not in the first.
    case insert
}

/// The shortest edit script between two sequences, for `sift check` (lines) and `compare`
/// (words): O((n+m)·d) time and O(n+m) memory, where d is the number of elements deleted or
/// inserted — a 100,000-line output with one line changed costs a few hundred thousand cells,
/// where a table of common subsequences would cost ten billion.
///
/// Of the many shortest scripts, it returns the one the table's walk from the start picks:
/// equal elements kept as soon as they meet, and between a deletion and an insertion that are
/// equally good, the preferred one. So a diff reads the same whichever way it was computed.
/// That script is the lowest of the shortest paths through the edit graph (with deletions
/// first): it enters each row at the leftmost column any of them can. Hirschberg's divide and
/// conquer finds that column for the middle row (`MiddleRow`), over only the diagonals a
/// shortest path can use, and recurses on the two halves.
enum EditScript {
    /// Which of two equally short edits comes first.
    enum Preference: Sendable { case deletions, insertions }

    /// The script turning `a` into `b`.
    static func between<T: Hashable>(_ a: [T], _ b: [T], preferring preference: Preference) -> [Edit] {
        // The common start is kept whatever follows; only the rest needs numbering (hashing a
        // line costs more than comparing it).
        var same = 0
        while same < a.count && same < b.count && a[same] == b[same] { same += 1 }
        let (x, y) = Symbols.numbered(a[same...], b[same...])
        return Array(repeating: .keep, count: same) + between(symbols: x, y, preferring: preference)
    }

    /// The script between sequences of numbers (equal numbers are equal elements).
    static func between(symbols a: [Int], _ b: [Int], preferring preference: Preference) -> [Edit] {
        var cells = 0
        return between(symbols: a, b, preferring: preference, peakCells: &cells)
    }

    /// The same; `peakCells`
    /// is set to the most working cells (integers) held at one time, for tests of memory.
    static func between(symbols a: [Int], _ b: [Int], preferring preference: Preference, peakCells: inout Int) -> [Edit] {
        // Insertions first is deletions first with the sequences swapped.
        if preference == .insertions {
            return between(symbols: b, a, preferring: .deletions, peakCells: &peakCells).map {
                $0 == .delete ? .insert : $0 == .insert ? .delete : .keep
            }
        }
        var script: [Edit] = []
        script.reserveCapacity(max(a.count, b.count))
        var solver = Solver(a: a, b: b, peakCells: 0)
        solver.solve(0..<a.count, 0..<b.count, distance: nil, into: &script)
        peakCells = solver.peakCells
        return script
    }

    /// The recursion: a subproblem is a range of each sequence, and the lowest shortest path of
    /// the whole runs through both of its corners, so it is the lowest shortest path of the part.
    struct Solver {
        let a: [Int], b: [Int]
        var peakCells: Int

        mutating func solve(_ ra: Range<Int>, _ rb: Range<Int>, distance known: Int?, into script: inout [Edit]) {
            var ra = ra, rb = rb
            // Equal elements at the start are kept (the walk keeps them as soon as they meet).
            while !ra.isEmpty && !rb.isEmpty && a[ra.lowerBound] == b[rb.lowerBound] {
                script.append(.keep)
                ra = ra.dropFirst()
                rb = rb.dropFirst()
            }
            if ra.isEmpty { script.append(contentsOf: repeatElement(.insert, count: rb.count)); return }
            if rb.isEmpty { script.append(contentsOf: repeatElement(.delete, count: ra.count)); return }
            if ra.count == 1 { oneRow(a[ra.lowerBound], rb, into: &script); return }

            let middle = ra.count / 2
            var split: MiddleRow.Crossing? = nil
            if let known {
                split = MiddleRow.crossing(a, ra, b, rb, row: middle, band: known, peakCells: &peakCells)
            } else {
                // The distance is not known yet: widen the band until the path found fits in it
                // (then no shorter path can leave it).
                var band = max(abs(ra.count - rb.count), 1)
                while split == nil {
                    split = MiddleRow.crossing(a, ra, b, rb, row: middle, band: band, peakCells: &peakCells)
                    band *= 2
                }
            }
            let c = split!
            let column = rb.lowerBound + c.column
            solve(ra.lowerBound..<ra.lowerBound + middle, rb.lowerBound..<column, distance: c.before, into: &script)
            solve(ra.lowerBound + middle..<ra.upperBound, column..<rb.upperBound, distance: c.after, into: &script)
        }

        /// One element against many: keep it at its first match (inserting what comes before
        /// and after), or, if it has none, delete it first and insert the rest.
        private func oneRow(_ x: Int, _ rb: Range<Int>, into script: inout [Edit]) {
            if let at = rb.firstIndex(where: { b[$0] == x }) {
                script.append(contentsOf: repeatElement(.insert, count: at - rb.lowerBound))
                script.append(.keep)
                script.append(contentsOf: repeatElement(.insert, count: rb.upperBound - at - 1))
            } else {
                script.append(.delete)
                script.append(contentsOf: repeatElement(.insert, count: rb.count))
            }
        }
    }
}

/// Numbers standing for elements: equal where the elements are equal, so the diff compares
/// integers, never strings.
enum Symbols {
    /// `unmatched` elements get numbers of their own, equal to nothing (not even each other).
    static func numbered<C: Collection>(_ a: C, _ b: C, unmatched: (C.Element) -> Bool = { _ in false }) -> ([Int], [Int])
    where C.Element: Hashable {
        var numbers: [C.Element: Int] = [:]
        numbers.reserveCapacity(a.count + b.count)
        var fresh = -1
        func number(_ e: C.Element) -> Int {
            if unmatched(e) { fresh -= 1; return fresh }
            if let n = numbers[e] { return n }
            let n = numbers.count
            numbers[e] = n
            return n
        }
        let x = a.map(number)
        let y = b.map(number)
        return (x, y)
    }
}
