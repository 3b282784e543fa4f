#if canImport(Glibc)
import Glibc
#endif

/// Instruction counts of the real command under `valgrind --tool=callgrind`: the same binary on
/// the same corpus gives the same count (±0.1%) whatever else the machine is doing, so a change's
/// effect shows where wall time is noise. Only the engine's work is counted (callgrind's
/// --toggle-collect): a whole-program total also counts the worker threads' idle spinning, which
/// varies from run to run by more than most changes.
struct InstructionCounts {
    /// `sift -q --format json -e 'quotes | count' CORPUS`: loading the files, extracting every
    /// article, and the corpus-wide merge of entities.
    var whole: Int
    /// The extraction of articles alone (`Analyzer.analyze`).
    var extraction: Int
    var bytes: Int

    func perByte(_ n: Int) -> Double { bytes > 0 ? Double(n) / Double(bytes) : 0 }
}

/// The engine's work, as callgrind names the functions.
private let loading = "*SiftKit6CorpusC7loadOne*"
private let extracting = "*SiftKit8AnalyzerO7analyze33*"
private let merging = "*SiftKit11EntityIndexV8analyses8articles*"

/// Counts the instructions of sift (beside sift-bench) on `folder`; nil with a warning when
/// valgrind is missing or a run fails.
func countInstructions(sift: String, folder: String, bytes: Int) -> InstructionCounts? {
    guard let valgrind = findProgram("valgrind") else {
        warn("sift-bench: --instructions needs valgrind (apt-get install valgrind)")
        return nil
    }
    func count(_ functions: [String]) -> Int? {
        let out = "/tmp/sift-bench-callgrind.\(getpid()).out"
        defer { unlink(out) }
        let query = "quotes | count"
        let status = run(valgrind, ["--tool=callgrind", "--callgrind-out-file=\(out)"] + functions.map { "--toggle-collect=\($0)" }
                         + [sift, "-q", "--format", "json", "-e", query, folder])
        guard status == 0, let total = callgrindTotal(out) else {
            warn("sift-bench: valgrind on '\(query)' failed (status \(status))")
            return nil
        }
        return total
    }
    guard let whole = count([loading, extracting, merging]), let extraction = count([extracting]) else { return nil }
    return InstructionCounts(whole: whole, extraction: extraction, bytes: bytes)
}

/// The "summary:" (or "totals:") line of a callgrind output file.
private func callgrindTotal(_ path: String) -> Int? {
    guard let f = fopen(path, "r") else { return nil }
    defer { fclose(f) }
    var line: UnsafeMutablePointer<CChar>? = nil
    var capacity = 0
    defer { free(line) }
    var total: Int? = nil
    while getline(&line, &capacity, f) > 0, let line {
        let text = String(cString: line)
        for prefix in ["summary:", "totals:"] where text.hasPrefix(prefix) {
            total = Int(text.dropFirst(prefix.count).split(separator: " ").first?.filter(\.isNumber) ?? "")
        }
    }
    return total
}

/// The full path of `name` on PATH.
private func findProgram(_ name: String) -> String? {
    let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") where access("\(dir)/\(name)", X_OK) == 0 { return "\(dir)/\(name)" }
    return nil
}
