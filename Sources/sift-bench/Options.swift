/// The benchmark's command line.
struct Options {
    var corpus: String? = nil
    var repeatCount = 1
    var runs = 20
    var runsGiven = false
    /// Sizes of notebook output to time `sift check` on, instead of the corpus benchmark.
    var checkLines: [Int] = []
    var json = false
    var startup = true
    /// Queries to time instead of the default four.
    var queries: [String] = []
    /// Stream the corpus through `sift extract` instead (`--stream`).
    var stream = false
    var streamSources = "quotes,mentions"

    static let usage = """
    usage: sift-bench [--corpus DIR] [--repeat K] [--runs N] [--query Q]… [--no-startup] [--json]
           sift-bench --check-lines N [--check-lines N]… [--runs N] [--json]
           sift-bench --stream [--sources quotes,mentions] [--corpus DIR] [--repeat K] [--json]

    Measures sift's engine on a corpus: ingest, extraction per stage on one core and on all
    cores, throughput, peak memory, query latency and start-up time. Build it with -c release:

      swift build -c release
      .build/release/sift-bench --corpus ../shared/corpus/bbc --repeat 10

    options:
      --corpus DIR   folder of *.txt articles (default: the bundled sample articles)
      --repeat K     load the corpus K times over, for a bigger workload (default 1)
      --runs N       runs per query and for start-up; the median is reported (default 20)
      --query Q      time this query instead of the default four (repeatable)
      --no-startup   skip timing `sift -e 'articles | count'` (needs sift beside sift-bench)
      --json         one JSON object on standard output instead of the table
      --check-lines N  instead: the time and peak memory of `sift check` on a saved output of
                     N lines with one line changed (repeatable; 3 runs unless --runs)
      --stream       stream the corpus K times as JSON Lines through `sift extract` (beside
                     sift-bench): its throughput and peak RSS, against loading the corpus once
      --sources S    what --stream extracts (default quotes,mentions)
    """

    /// Parses the arguments; nil with a message on a bad one.
    static func parse(_ args: [String]) -> Result<Options, OptionError> {
        var o = Options()
        var i = 0
        func value(_ name: String) throws(OptionError) -> String {
            i += 1
            guard i < args.count else { throw OptionError(message: "\(name) needs a value") }
            return args[i]
        }
        func count(_ name: String) throws(OptionError) -> Int {
            let v = try value(name)
            guard let n = Int(v), n >= 1 else { throw OptionError(message: "\(name) wants a whole number ≥ 1, not '\(v)'") }
            return n
        }
        do {
            while i < args.count {
                switch args[i] {
                case "--corpus": o.corpus = try value("--corpus")
                case "--repeat": o.repeatCount = try count("--repeat")
                case "--runs": o.runs = try count("--runs"); o.runsGiven = true
                case "--check-lines": o.checkLines.append(try count("--check-lines"))
                case "--query": o.queries.append(try value("--query"))
                case "--json": o.json = true
                case "--no-startup": o.startup = false
                case "--stream": o.stream = true
                case "--sources": o.streamSources = try value("--sources")
                case "-h", "--help": throw OptionError(message: "", help: true)
                default: throw OptionError(message: "unknown option '\(args[i])'")
                }
                i += 1
            }
        } catch let e as OptionError { return .failure(e) } catch { return .failure(OptionError(message: "\(error)")) }
        return .success(o)
    }
}

struct OptionError: Error {
    var message: String
    var help = false
}
