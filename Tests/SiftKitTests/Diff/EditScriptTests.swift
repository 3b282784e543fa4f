import Testing
@testable import SiftKit

@Suite("Edit scripts")
struct EditScriptTests {
    /// The walk over a table of longest common subsequences that `check` and `compare` used
    /// before: the script the linear algorithm must reproduce, step for step.
    static func tableWalk(_ x: [Int], _ y: [Int], preferring: EditScript.Preference) -> [Edit] {
        var l = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                l[i][j] = x[i] == y[j] ? l[i + 1][j + 1] + 1 : max(l[i + 1][j], l[i][j + 1])
            }
        }
        var steps: [Edit] = []
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count && j < y.count && x[i] == y[j] { steps.append(.keep); i += 1; j += 1; continue }
            let insert = j < y.count && (i == x.count
                || (preferring == .deletions ? l[i][j + 1] > l[i + 1][j] : l[i][j + 1] >= l[i + 1][j]))
            if insert { steps.append(.insert); j += 1 } else { steps.append(.delete); i += 1 }
        }
        return steps
    }

    /// A small deterministic generator, so a failure names a seed that reproduces it.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test func sameScriptAsTheTableOnRandomSequences() {
        var g = Generator(state: 12)
        for seed in 0..<4000 {
            // Few symbols, so ties between equally short scripts are everywhere.
            let alphabet = 1 + g.next(4)
            let x = (0..<g.next(16)).map { _ in g.next(alphabet) }
            let y = (0..<g.next(16)).map { _ in g.next(alphabet) }
            for p in [EditScript.Preference.deletions, .insertions] {
                let got = EditScript.between(symbols: x, y, preferring: p)
                #expect(got == Self.tableWalk(x, y, preferring: p), "seed \(seed), \(p): \(x) → \(y)")
            }
        }
    }

    @Test func sameScriptAsTheTableOnEditedText() {
        // Longer sequences that share most of their elements, as re-run outputs do.
        var g = Generator(state: 7)
        for seed in 0..<150 {
            let x = (0..<(20 + g.next(200))).map { _ in g.next(30) }
            var y = x
            for _ in 0..<(1 + g.next(6)) {
                let at = g.next(y.count + 1)
                switch g.next(3) {
                case 0 where at < y.count: y.remove(at: at)
                case 1: y.insert(g.next(30), at: at)
                default: if at < y.count { y[at] = g.next(30) }
                }
            }
            for p in [EditScript.Preference.deletions, .insertions] {
                #expect(EditScript.between(symbols: x, y, preferring: p) == Self.tableWalk(x, y, preferring: p), "seed \(seed)")
            }
        }
    }

    @Test func aHundredThousandLinesWithOneChangedInLittleMemory() {
        let lines = (0..<100_000).map { "\($0) │ row \($0 * 7919 % 100_003) of a long output" }
        var changed = lines
        changed[61_234] = "61234 │ a changed row"
        let (x, y) = Symbols.numbered(lines, changed)
        var cells = 0
        let steps = EditScript.between(symbols: x, y, preferring: .deletions, peakCells: &cells)
        #expect(steps.count == 100_001)
        #expect(steps.filter { $0 != .keep }.count == 2)
        // The table took 100,001² cells; the diagonals of a two-edit path are three.
        #expect(cells <= 3 * 5)

        let saved = lines.joined(separator: "\n") + "\n", now = changed.joined(separator: "\n") + "\n"
        let diff = UnifiedDiff.diff(saved, now, from: "saved", to: "now")
        #expect(diff.hasPrefix("--- saved\n+++ now\n@@ -61232,7 +61232,7 @@\n 61231 │"))
        #expect(diff.contains("\n-61234 │ row") && diff.contains("\n+61234 │ a changed row\n"))
    }

    @Test func memoryStaysLinearWhenEverythingDiffers() {
        let x = Array(0..<1000), y = Array(1000..<2000)
        var cells = 0
        let steps = EditScript.between(symbols: x, y, preferring: .deletions, peakCells: &cells)
        #expect(steps == Array(repeating: .delete, count: 1000) + Array(repeating: .insert, count: 1000))
        #expect(cells <= 3 * (x.count + y.count + 1))
    }

    @Test func linesSplitWhereCharactersSplit() {
        for text in ["", "\n", "a", "a\n", "a\nb", "a\r\nb\n", "\n\r\n\r", "é\ne\u{301}\n", "x\n\u{301}y", "│ a │\n\n"] {
            #expect(UnifiedDiff.lines(text) == text.split(separator: "\n", omittingEmptySubsequences: false), "\(Array(text.utf8))")
        }
    }

    @Test func wordsThatAreOnlyPunctuationNeverMatch() {
        #expect(WordDiff.diff("Putin de facto — rejected", "Putin effectively — rejected")
                == "Putin [-de facto —-] {+effectively —+} rejected")
    }
}
