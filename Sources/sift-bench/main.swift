import SiftKit
#if canImport(Glibc)
import Glibc
#endif

/// sift-bench: measures the engine on a corpus and prints one table (or JSON). See `Options`.
let options = Options.parseOrExit(Array(CommandLine.arguments.dropFirst()))

if !options.checkLines.isEmpty {
    let samples = Corpus()
    for a in Samples.articles() { samples.add(a) }
    let runs = options.runsGiven ? options.runs : 3
    let checks = options.checkLines.map { measureCheck(lines: $0, runs: runs, corpus: samples) }
    print(options.json ? checkJSON(checks) : checkTable(checks, runs: runs))
    exit(0)
}
if options.stream {
    guard let folder = executableFolder(), access(folder + "/sift", X_OK) == 0 else {
        warn("sift-bench: --stream needs sift beside sift-bench (swift build -c release)\n")
        exit(1)
    }
    let report = streamBenchmark(sift: folder + "/sift", folder: options.corpus, repeatCount: options.repeatCount, sources: options.streamSources)
    print(options.json ? report.json() : report.table())
    exit(report.status == 0 ? 0 : 1)
}

let defaultQueries = [
    "quotes | group by speaker | count",
    "entities | where type == \"person\" | sort mentions desc | take 10",
    "kwic \"said\"",
    "compare 1 2",
]
let queries = options.queries.isEmpty ? defaultQueries : options.queries

var r = Report()
r.corpus = options.corpus ?? "(bundled samples)"
r.repeatCount = options.repeatCount
r.cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))

// Ingest on all cores: read, decode, paragraphs, tokens, structure, sentences.
let corpus = Corpus()
r.ingest = time {
    for _ in 0..<options.repeatCount {
        if let folder = options.corpus {
            let report = corpus.load([folder], options: LoadOptions(skipDuplicates: false))
            for issue in report.issues where issue.severity == .skipped {
                warn("sift-bench: skipped \(issue)\n")
            }
        } else {
            for a in Samples.articles() { corpus.add(a) }
        }
    }
}
guard corpus.count >= 2 else {
    warn("sift-bench: the corpus needs at least two articles (\(corpus.count) loaded)\n")
    exit(1)
}
r.articles = corpus.count
r.bytes = corpus.articles.reduce(0) { $0 + $1.bytes.count }
r.words = corpus.articles.reduce(0) { $0 + wordCount($1.bytes) }

// Tokenise and split sentences again on one core, to time that stage alone.
r.tokenize = time {
    for a in corpus.articles { _ = ArticleBuilder.build(text: a.string, name: a.name) }
}

// Extraction on one core, stage by stage, on a copy of the corpus (freed before the next run).
do {
    let single = Corpus()
    for a in corpus.articles { single.add(a) }
    r.stages = single.extractAll(parallel: false, timing: true)
}

// Extraction on all cores, wall time.
r.extractAll = time { corpus.extractAll(parallel: true) }
// What the articles and their analyses hold, by component (estimated from their layouts).
r.footprint = corpus.footprint()

// Query latency, median of `runs`.
for q in queries {
    var times: [Double] = []
    var rows = 0
    for _ in 0..<options.runs {
        times.append(time {
            do { rows = try corpus.run(q).table.rows.count } catch { warn("sift-bench: \(q): \(error)\n") }
        })
    }
    r.queries.append(.init(query: q, median: median(times), rows: rows))
}
r.peakRSS = peakRSS()

// Start-up of the real command on the bundled samples.
if options.startup, let folder = executableFolder() {
    let sift = folder + "/sift"
    if access(sift, X_OK) == 0 {
        var times: [Double] = []
        for _ in 0..<options.runs {
            times.append(time { _ = run(sift, ["-e", "articles | count"]) })
        }
        r.startup = median(times)
    } else {
        warn("sift-bench: no sift beside sift-bench (build it with --product sift); start-up not measured\n")
    }
}

// Instruction counts of the real command (deterministic where wall time is noise).
if options.instructions {
    if let folder = options.corpus, let bin = executableFolder(), access(bin + "/sift", X_OK) == 0 {
        r.instructions = countInstructions(sift: bin + "/sift", folder: folder, bytes: r.bytes / max(1, options.repeatCount))
    } else {
        warn("sift-bench: --instructions needs --corpus DIR and sift beside sift-bench\n")
    }
}

print(options.json ? r.json() : r.table())
