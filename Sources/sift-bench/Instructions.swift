#if canImport(Glibc)
import Glibc
#endif

/// Instruction counts of the real command under `valgrind --tool=callgrind`: the same binary on
/// the same corpus gives the same count (±0.1%) whatever else the machine is doing, so a change's
/// effect shows where wall time is noise.
struct InstructionCounts {
    /// `sift -q --format json -e 'quotes | count' CORPUS`: load, extract every article, count.
    var whole: Int
    /// `sift -q --format json -e 'articles | count' CORPUS`: load only.
    var load: Int
    var bytes: Int

    /// Extraction alone: the whole run less the load-only run.
    var extraction: Int { max(0, whole - load) }
    func perByte(_ n: Int) -> Double { bytes > 0 ? Double(n) / Double(bytes) : 0 }
}

/// Counts the instructions of sift (beside sift-bench) on `folder`; nil with a warning when
/// valgrind is missing or a run fails.
func countInstructions(sift: String, folder: String, bytes: Int) -> InstructionCounts? {
    guard let valgrind = findProgram("valgrind") else {
        warn("sift-bench: --instructions needs valgrind (apt-get install valgrind)")
        return nil
    }
    func count(_ query: String) -> Int? {
        let out = "/tmp/sift-bench-callgrind.\(getpid()).out"
        defer { unlink(out) }
        let status = run(valgrind, ["--tool=callgrind", "--callgrind-out-file=\(out)", sift, "-q", "--format", "json", "-e", query, folder])
        guard status == 0, let total = callgrindTotal(out) else {
            warn("sift-bench: valgrind on '\(query)' failed (status \(status))")
            return nil
        }
        return total
    }
    guard let whole = count("quotes | count"), let load = count("articles | count") else { return nil }
    return InstructionCounts(whole: whole, load: load, bytes: bytes)
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
