/// A unified diff of two texts by lines, as `diff -u` prints it (with three lines of context).
package enum UnifiedDiff {
    package static func diff(_ a: String, _ b: String, from: String, to: String) -> String {
        let x = lines(a), y = lines(b)
        let ops = EditScript.between(x, y, preferring: .deletions)
        // The line of each text every step starts on (1-based), and the text of each step.
        var positions: [(Int, Int)] = []
        positions.reserveCapacity(ops.count)
        var lineA = 1, lineB = 1
        for op in ops {
            positions.append((lineA, lineB))
            switch op {
            case .keep: lineA += 1; lineB += 1
            case .delete: lineA += 1
            case .insert: lineB += 1
            }
        }
        func line(_ k: Int) -> Substring { ops[k] == .insert ? y[positions[k].1 - 1] : x[positions[k].0 - 1] }
        // Hunks: changed lines with up to three lines of context around them.
        var out = "--- \(from)\n+++ \(to)\n"
        var k = 0
        while k < ops.count {
            guard let first = ops[k...].firstIndex(where: { $0 != .keep }) else { break }
            let start = max(0, first - 3)
            var end = first
            var lastChange = first
            while end < ops.count {
                if ops[end] == .keep {
                    if end - lastChange > 6 { break }
                } else {
                    lastChange = end
                }
                end += 1
            }
            end = min(ops.count, lastChange + 4)
            let slice = start..<end
            let countA = slice.filter { ops[$0] != .insert }.count
            let countB = slice.filter { ops[$0] != .delete }.count
            out += "@@ -\(positions[start].0),\(countA) +\(positions[start].1),\(countB) @@\n"
            for s in slice {
                switch ops[s] {
                case .keep: out += " " + line(s) + "\n"
                case .delete: out += "-" + line(s) + "\n"
                case .insert: out += "+" + line(s) + "\n"
                }
            }
            k = end
        }
        return out
    }

    /// The lines of a text, as `split(separator: "\n", omittingEmptySubsequences: false)` makes
    /// them (a "\r\n" is one character, so no break), but reading bytes: finding character
    /// boundaries took most of the time of diffing a long output.
    static func lines(_ s: String) -> [Substring] {
        var lines: [Substring] = []
        var start = s.startIndex, previous: UInt8 = 0
        let u = s.utf8
        var i = u.startIndex
        while i != u.endIndex {
            let c = u[i]
            if c == 0x0A && previous != 0x0D {
                lines.append(s[start..<i])
                start = u.index(after: i)
            }
            previous = c
            i = u.index(after: i)
        }
        lines.append(s[start...])
        return lines
    }
}
