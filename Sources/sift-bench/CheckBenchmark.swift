import SiftKit
#if canImport(Glibc)
import Glibc
#endif

/// `--check-lines N`: what `sift check` costs on a notebook cell whose saved output has N lines
/// and whose output now differs in one of them — the time and the memory of its diff.
struct CheckTime {
    var lines: Int
    var median: Double
    /// Growth of the peak resident set over the diff (VmHWM, reset before each run).
    var peakGrowth: Int
}

/// A table of N lines as a query prints it (the samples' sentences, over and over, numbered),
/// and the same table with one sentence in the middle changed.
func notebookOutputs(lines: Int, corpus: Corpus) -> (saved: String, now: String) {
    let sentences = (try? corpus.run("sentences | select article, n, text").table.rows) ?? []
    let columns = [Column("row", .int, rightAligned: true), Column("article", .string), Column("n", .int),
                   Column("text", .string)]
    var table = Table(columns: columns)
    let rows = max(1, lines - 2)  // the header and its rule are two lines
    for i in 0..<rows {
        let s = sentences.isEmpty ? [Value.string("-"), .int(0), .string("a sentence")] : sentences[i % sentences.count]
        table.rows.append([Value.int(i + 1)] + s)
    }
    let saved = TableWriter.render(table, as: .table)
    table.rows[rows / 2][3] = .string("This sentence was changed after the notebook was saved.")
    return (saved, TableWriter.render(table, as: .table))
}

func measureCheck(lines: Int, runs: Int, corpus: Corpus) -> CheckTime {
    let (saved, now) = notebookOutputs(lines: lines, corpus: corpus)
    var times: [Double] = []
    var growth = 0
    for _ in 0..<runs {
        resetPeakRSS()
        let before = residentSize()
        var diff = ""
        times.append(time { diff = UnifiedDiff.diff(saved, now, from: "saved", to: "now") })
        growth = max(growth, peakRSS() - before)
        if !diff.contains("This sentence was changed") { warn("sift-bench: the diff of \(lines) lines misses the change\n") }
    }
    return CheckTime(lines: lines, median: median(times), peakGrowth: growth)
}

func checkTable(_ checks: [CheckTime], runs: Int) -> String {
    var lines = ["sift-bench — sift check, one line of a saved output changed (median of \(runs) run\(runs == 1 ? "" : "s"))"]
    for c in checks {
        let label = "  \(c.lines) lines"
        let t = c.median < 1 ? "\(fixed(c.median * 1000, 2)) ms" : "\(fixed(c.median, 3)) s"
        lines.append(label + String(repeating: " ", count: max(1, 40 - label.count))
                     + "\(t), peak memory +\(fixed(Double(c.peakGrowth) / 1_048_576, 1)) MiB")
    }
    return lines.joined(separator: "\n")
}

func checkJSON(_ checks: [CheckTime]) -> String {
    let items = checks.map { "{\"lines\": \($0.lines), \"median_s\": \($0.median), \"peak_growth_bytes\": \($0.peakGrowth)}" }
    return "{\"check\": [" + items.joined(separator: ", ") + "]}"
}
