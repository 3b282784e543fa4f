/// A unified diff of two texts by lines, as `diff -u` prints it (with three lines of context).
public enum UnifiedDiff {
    public static func diff(_ a: String, _ b: String, from: String, to: String) -> String {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let y = b.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Edit script from a longest common subsequence.
        var l = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                l[i][j] = x[i] == y[j] ? l[i + 1][j + 1] + 1 : max(l[i + 1][j], l[i][j + 1])
            }
        }
        enum Op { case same(String), del(String), add(String) }
        var ops: [Op] = []
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count && j < y.count && x[i] == y[j] { ops.append(.same(x[i])); i += 1; j += 1 }
            else if j < y.count && (i == x.count || l[i][j + 1] > l[i + 1][j]) { ops.append(.add(y[j])); j += 1 }
            else { ops.append(.del(x[i])); i += 1 }
        }
        // Hunks: changed lines with up to three lines of context around them.
        var out = "--- \(from)\n+++ \(to)\n"
        var k = 0
        var lineA = 1, lineB = 1
        var positions: [(Int, Int)] = []
        for op in ops {
            positions.append((lineA, lineB))
            switch op {
            case .same: lineA += 1; lineB += 1
            case .del: lineA += 1
            case .add: lineB += 1
            }
        }
        while k < ops.count {
            guard let first = ops[k...].firstIndex(where: { if case .same = $0 { return false }; return true }) else { break }
            let start = max(0, first - 3)
            var end = first
            var lastChange = first
            while end < ops.count {
                if case .same = ops[end] {
                    if end - lastChange > 6 { break }
                } else {
                    lastChange = end
                }
                end += 1
            }
            end = min(ops.count, lastChange + 4)
            let slice = ops[start..<end]
            let countA = slice.filter { if case .add = $0 { return false }; return true }.count
            let countB = slice.filter { if case .del = $0 { return false }; return true }.count
            out += "@@ -\(positions[start].0),\(countA) +\(positions[start].1),\(countB) @@\n"
            for op in slice {
                switch op {
                case .same(let s): out += " " + s + "\n"
                case .del(let s): out += "-" + s + "\n"
                case .add(let s): out += "+" + s + "\n"
                }
            }
            k = end
        }
        return out
    }
}
