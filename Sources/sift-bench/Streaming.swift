import SiftKit
#if canImport(Glibc)
import Glibc
#endif

/// `sift-bench --stream`: throughput and peak memory of `sift extract` over a corpus repeated K
/// times, streamed as JSON Lines into its standard input (each article's JSON made once; nothing
/// is written to disk), against the in-memory load + extraction of the same corpus once.
struct StreamReport {
    var corpus = ""
    var repeatCount = 1
    var cores = 1
    var sources = ""
    var articles = 0
    var bytes = 0
    var wall = 0.0
    var peakRSS = 0
    var status: Int32 = 0
    var memoryArticles = 0
    var memoryBytes = 0
    var memoryWall = 0.0
    var memoryPeakRSS = 0
    /// The same rows as the stream gives, queried and written as JSON Lines after the load.
    var memoryRowsWall = 0.0

    func table() -> String {
        func row(_ label: String, _ value: String) -> String { label + String(repeating: " ", count: max(1, 44 - label.count)) + value }
        func mbs(_ b: Int, _ n: Int, _ s: Double) -> String {
            s > 0 ? "\(fixed(Double(b) / 1e6 / s, 2)) MB/s, \(Int((Double(n) / s).rounded())) articles/s" : "-"
        }
        return [
            "sift-bench --stream — \(corpus) × \(repeatCount), \(cores) cores, sift extract \(sources)",
            row("articles / bytes streamed", "\(articles) / \(bytes) (\(fixed(Double(bytes) / 1e6, 1)) MB)"),
            row("sift extract, all cores (wall)", "\(fixed(wall, 2)) s" + (status == 0 ? "" : " (exit status \(status))")),
            row("throughput, streaming", mbs(bytes, articles, wall)),
            row("peak RSS of sift extract", "\(fixed(Double(peakRSS) / 1_048_576, 1)) MiB"),
            row("in memory: load + extract × 1 (median of 3)", "\(fixed(memoryWall, 2)) s (\(memoryArticles) articles)"),
            row("throughput, in memory", mbs(memoryBytes, memoryArticles, memoryWall)),
            row("peak RSS, in memory × 1", "\(fixed(Double(memoryPeakRSS) / 1_048_576, 1)) MiB"),
            row("in memory, with the rows as JSON Lines", "\(fixed(memoryWall + memoryRowsWall, 2)) s: " + mbs(memoryBytes, memoryArticles, memoryWall + memoryRowsWall)),
        ].joined(separator: "\n")
    }

    func json() -> String {
        "{\"corpus\": \(quoted(corpus)), \"repeat\": \(repeatCount), \"cores\": \(cores), \"sources\": \(quoted(sources)), "
            + "\"articles\": \(articles), \"bytes\": \(bytes), \"wall_s\": \(wall), \"peak_rss_bytes\": \(peakRSS), \"status\": \(status), "
            + "\"memory_articles\": \(memoryArticles), \"memory_bytes\": \(memoryBytes), \"memory_wall_s\": \(memoryWall), "
            + "\"memory_peak_rss_bytes\": \(memoryPeakRSS), \"memory_rows_s\": \(memoryRowsWall)}"
    }
}

/// Streams the corpus `repeatCount` times through `sift extract SOURCES -` and measures it.
func streamBenchmark(sift: String, folder: String?, repeatCount: Int, sources: String) -> StreamReport {
    var r = StreamReport()
    r.corpus = folder ?? "(bundled samples)"
    r.repeatCount = repeatCount
    r.cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    r.sources = sources

    // The in-memory comparison: the REPL's load and extraction of the corpus, in process. Three
    // runs, each into a new corpus, and the median: one pass of a second or less is at the mercy
    // of a shared machine, the stream's minute is not.
    var corpus = Corpus()
    var walls: [Double] = []
    for _ in 0..<3 {
        corpus = Corpus()
        let c = corpus
        walls.append(time {
            if let folder { c.load([folder]) } else { for a in Samples.articles() { c.add(a) } }
            c.extractAll()
        })
    }
    r.memoryWall = walls.sorted()[1]
    // What the stream writes, from memory: each source's rows as JSON Lines (to nowhere).
    r.memoryRowsWall = time {
        for source in sources.split(separator: ",") {
            if let table = try? corpus.query(String(source)) { _ = TableWriter.render(table, as: .jsonl).utf8.count }
        }
    }
    r.memoryArticles = corpus.count
    r.memoryBytes = corpus.articles.reduce(0) { $0 + $1.bytes.count }
    r.memoryPeakRSS = peakRSS()

    // Each article once as the tail of a JSON Lines object; the id makes every copy distinct.
    let columns = [Column("text", .string)]
    let tails: [(String, [UInt8])] = corpus.articles.map { a in
        var line = RowLines.render([[.string(a.string)]], columns: columns, as: .jsonl)
        line.removeFirst()  // "{"
        return (a.name, Array(line.utf8))
    }
    var toChild: [Int32] = [0, 0]
    guard pipe(&toChild) == 0 else { return r }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
    posix_spawn_file_actions_addclose(&actions, toChild[1])
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let words: [String] = [sift, "extract", sources, "-q", "--input-format", "jsonl", "-"]
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let started = MonotonicClock.seconds
    guard posix_spawn(&pid, sift, &actions, nil, argv, environ) == 0 else { return r }
    close(toChild[0])
    var buffer: [UInt8] = []
    func send() -> Bool {
        var off = 0
        while off < buffer.count {
            let n = buffer.withUnsafeBytes { write(toChild[1], $0.baseAddress! + off, buffer.count - off) }
            if n < 0 { if errno == EINTR { continue }; return false }
            off += n
        }
        buffer.removeAll(keepingCapacity: true)
        return true
    }
    streaming: for k in 0..<repeatCount {
        for (name, tail) in tails {
            buffer += Array("{\"id\": \"\(k)/\(name)\", ".utf8)
            buffer += tail
            r.articles += 1
            r.bytes += tail.count
            if buffer.count >= 1 << 20 {
                if !send() { break streaming }
                r.peakRSS = max(r.peakRSS, peakRSS(of: pid))
            }
        }
    }
    _ = send()
    close(toChild[1])
    var status: Int32 = 0
    while waitpid(pid, &status, WNOHANG) == 0 {
        r.peakRSS = max(r.peakRSS, peakRSS(of: pid))
        usleep(5_000)
    }
    r.wall = MonotonicClock.seconds - started
    r.status = (status >> 8) & 0xFF
    // Bytes of article text, not of JSON: the same measure as the in-memory run.
    r.bytes = r.memoryBytes * repeatCount
    return r
}
