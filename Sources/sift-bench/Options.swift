#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser

/// The benchmark's command line.
struct Options: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sift-bench",
        abstract: "Measure sift's engine on a corpus.",
        usage: """
            sift-bench [--corpus DIR] [--repeat K] [--runs N] [--query Q]… [--no-startup] [--json]
            sift-bench --check-lines N [--check-lines N]… [--runs N] [--json]
            sift-bench --stream [--sources quotes,mentions] [--corpus DIR] [--repeat K] [--json]
            """,
        discussion: """
            Measures sift's engine on a corpus: ingest, extraction per stage on one core and on all \
            cores, throughput, peak memory, query latency and start-up time. Build it with -c release:

              swift build -c release
              .build/release/sift-bench --corpus ../shared/corpus/bbc --repeat 10
            """)

    @Option(help: ArgumentHelp("Folder of *.txt articles (default: the bundled sample articles).", valueName: "dir"),
            completion: .directory)
    var corpus: String?

    @Option(name: .customLong("repeat"), help: ArgumentHelp("Load the corpus K times over, for a bigger workload (default 1).", valueName: "k"),
            transform: Options.count)
    var repeatCount = 1

    @Option(name: .customLong("runs"),
            help: ArgumentHelp("Runs per query and for start-up; the median is reported (default 20).", valueName: "n"),
            transform: Options.count)
    var runCount: Int?

    @Option(name: .customLong("query"), parsing: .unconditionalSingleValue,
            help: ArgumentHelp("Time this query instead of the default four (repeatable).", valueName: "q"))
    var queries: [String] = []

    @Flag(name: .customLong("no-startup"), help: "Skip timing `sift -e 'articles | count'` (needs sift beside sift-bench).")
    var noStartup = false

    @Flag(help: "One JSON object on standard output instead of the table.")
    var json = false

    @Option(name: .customLong("check-lines"),
            help: ArgumentHelp("Instead: the time and peak memory of `sift check` on a saved output of N lines with one line changed (repeatable; 3 runs unless --runs).",
                               valueName: "n"),
            transform: Options.count)
    var checkLines: [Int] = []

    @Flag(help: "Stream the corpus K times as JSON Lines through `sift extract` (beside sift-bench): its throughput and peak RSS, against loading the corpus once.")
    var stream = false

    @Option(name: .customLong("sources"), help: ArgumentHelp("What --stream extracts.", valueName: "s"))
    var streamSources = "quotes,mentions"

    @Flag(help: "Also count instructions (valgrind --tool=callgrind) of sift on the corpus: the whole run of `quotes | count` and extraction alone (less `articles | count`), per byte. Needs valgrind and a --corpus folder; a stable measure on a noisy machine.")
    var instructions = false

    var runs: Int { runCount ?? 20 }
    var runsGiven: Bool { runCount != nil }
    var startup: Bool { !noStartup }

    static func count(_ v: String) throws -> Int {
        guard let n = Int(v), n >= 1 else { throw ValidationError("give a whole number ≥ 1") }
        return n
    }

    /// The options given, or the help (exit 0) or a message about a bad one (exit 2).
    static func parseOrExit(_ args: [String]) -> Options {
        do { return try parse(args) } catch {
            if exitCode(for: error) == .success {
                print(fullMessage(for: error))
                Glibc.exit(0)
            }
            let m = message(for: error)  // "Unknown option …" as a sentence goes on: "unknown option …"
            let usage = usageString().split(separator: "\n").joined(separator: "\n       ")
            warn("sift-bench: \(m.prefix(1).lowercased() + m.dropFirst())\nusage: \(usage)\nTry 'sift-bench --help'.\n")
            Glibc.exit(2)
        }
    }
}
