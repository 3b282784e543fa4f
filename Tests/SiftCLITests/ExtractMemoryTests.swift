import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `sift extract` holds a window of articles, not the corpus: its peak memory on ten times the
/// articles stays within 20% of the peak on one time (VmHWM from /proc while it runs: a child's
/// rusage would count the test runner's memory it was spawned from; nothing is timed).
@Suite("sift extract's memory does not grow with the corpus")
struct ExtractMemoryTests {
    /// The bundled samples, `copies` times over, as JSON Lines with distinct ids.
    static func dataSet(copies: Int, in dir: TempDir) -> String {
        let folder = Sift.repo.appendingPathComponent("Sources/SiftKit/Samples")
        let texts = ["herald-flood.txt", "herald-council.txt", "wire-flood.txt", "wire-followup.txt"].map {
            try! String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
        var out = ""
        for c in 0..<copies {
            for (i, t) in texts.enumerated() {
                let escaped = t.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                    .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t")
                out += "{\"id\": \"\(c)-\(i)\", \"outlet\": \"o\(i % 2)\", \"text\": \"\(escaped)\"}\n"
            }
        }
        return dir.write("copies-\(copies).jsonl", out)
    }

    /// Peak resident memory of a run of sift, in KiB, with its output thrown away.
    static func peakKiB(_ arguments: [String]) -> (Int, Int32) {
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([Sift.binary] + arguments).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        guard posix_spawn(&pid, Sift.binary, &actions, nil, argv, environ) == 0 else { return (0, -1) }
        var status: Int32 = 0
        var peak = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
               let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) {
                peak = max(peak, Int(line.filter(\.isNumber)) ?? 0)
            }
            usleep(2_000)
        }
        return (peak, (status >> 8) & 0xFF)
    }

    @Test func peakMemoryOnTenTimesTheArticlesIsWithinTwentyPercent() {
        let dir = TempDir()
        let one = Self.dataSet(copies: 25, in: dir)    // 100 articles: the window of 8 fills many times
        let ten = Self.dataSet(copies: 250, in: dir)   // 1,000 articles
        let args = ["extract", "quotes,mentions", "--window", "8"]
        let (small, s1) = Self.peakKiB(args + [one])
        let (large, s2) = Self.peakKiB(args + [ten])
        #expect(s1 == 0 && s2 == 0)
        #expect(small > 0)
        #expect(Double(large) <= Double(small) * 1.2, "peak \(small) KiB on 100 articles, \(large) KiB on 1,000")
    }
}
