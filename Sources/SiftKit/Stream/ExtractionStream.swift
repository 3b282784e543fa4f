#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Synchronization

/// `sift extract`: articles stream in, rows of the chosen sources stream out, in input order,
/// extracted on all cores with a bounded window of articles in flight — never the corpus. Each
/// article's rows are built by the same source definitions the REPL queries (on a corpus of that
/// one article), so a row is the REPL's row for the article; names of people are the ones the
/// article itself gives, and `mentions` rows carry the keys to merge them across the corpus
/// (`MentionMerge`).
package final class ExtractionStream: Sendable {
    package struct Options: Sendable {
        /// Articles extracted or waiting to be written at once (default: 8 per core).
        package var window: Int
        package var load: LoadOptions
        /// JSON Lines or CSV (rows only: the caller writes a CSV header).
        package var format: OutputFormat
        /// Every JSON Lines row starts with a "source" key (several sources in one stream).
        package var tagged: Bool

        package init(window: Int = 8 * ExtractionStream.cores, load: LoadOptions = LoadOptions(),
                    format: OutputFormat = .jsonl, tagged: Bool = false) {
            self.window = max(1, window)
            self.load = load
            self.format = format
            self.tagged = tagged
        }
    }

    package struct Summary: Sendable {
        /// Articles extracted, and articles (records or files) skipped.
        package var articles = 0
        package var skipped = 0
        /// Rows written, per source.
        package var rows: [Int]
        package var bytes = 0
        /// An input could not be read at all (exit status 2).
        package var inputFailed = false
        /// The writer refused output (a closed pipe, a full disk): the run stopped.
        package var stopped = false
    }

    /// The sources that stream: everything an article gives on its own.
    package static let streamable = ["articles", "quotes", "sources", "mentions", "numbers", "dates", "paragraphs", "sentences"]

    package static var cores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    let sources: [SourceDefinition]
    let inputs: [String]
    let options: Options

    package init(sources: [SourceDefinition], inputs: [String], options: Options = Options()) {
        self.sources = sources
        self.inputs = inputs
        self.options = options
    }

    /// Runs the stream. `write(source, text)` gets each article's rendered rows per source, in
    /// input order, one call at a time (from worker threads); returning false stops the run. `issue`
    /// gets every input problem, from any thread. `progress` is told as articles finish.
    package func run(write: @escaping @Sendable (Int, String) -> Bool,
                    issue: @escaping @Sendable (LoadIssue) -> Void,
                    progress: Progress? = nil) -> Summary {
        let reader = ArticleInputs(inputs, options: options.load)
        let window = DispatchSemaphore(value: options.window)
        let group = DispatchGroup()
        let queue = DispatchQueue.global(qos: .userInitiated)
        let order = Locked(Order(rows: Array(repeating: 0, count: sources.count), ids: Array(repeating: 0, count: sources.count)))
        // Rows are written by one serial queue, in the order the lock hands them over, so a slow
        // reader of the output holds up no worker; an article's slot in the window is given back
        // once its rows are written, which keeps the rows waiting for the writer bounded too.
        let writer = DispatchQueue(label: "sift.extract.writer")
        let halted = Atomic<Bool>(false)
        let names = StreamNames()
        let sources = self.sources
        var submitted = 0
        var inputFailed = false

        while !halted.load(ordering: .relaxed), let item = reader.next() {
            let work: LoadWork
            switch item {
            case .issue(let i):
                if i.severity == .skipped { inputFailed = true }
                if i.severity == .warning { order.withLock { $0.skipped += 1 } }
                issue(i)
                continue
            case .file(var c, let real):
                c.name = names.unique(c.name, fallback: c.path)
                work = .file(c, real)
            case .record(var r):
                r.name = names.unique(r.name, fallback: nil)
                work = .record(r)
            }
            let slot = submitted
            submitted += 1
            window.wait()
            queue.async(group: group) {
                let result: Result<(Article, [LoadIssue]), LoadIssue>
                switch work {
                case .file(let c, _): result = Corpus.loadOne(c, options: self.options.load)
                case .record(let r): result = r.build()
                case .issue(let i): result = .failure(i)
                }
                var done = Done.skipped
                switch result {
                case .failure(let i):
                    if i.severity == .skipped { order.withLock { $0.inputFailed = true } }
                    issue(i)
                case .success(let (article, warnings)):
                    for w in warnings { issue(w) }
                    done = .article(article.bytes.count, self.render(Self.rows(of: article, sources)))
                }
                order.withLock { o in
                    o.ready[slot] = done
                    while let next = o.ready.removeValue(forKey: o.next) {
                        o.next += 1
                        guard case .article(let bytes, let perSource) = next, !halted.load(ordering: .relaxed) else {
                            if case .skipped = next { o.skipped += 1; o.failedBuilds += 1 }
                            window.signal()
                            continue
                        }
                        o.articles += 1
                        o.bytes += bytes
                        var texts: [(source: Int, text: String)] = []
                        for (s, rendered) in perSource.enumerated() where rendered.count > 0 {
                            o.rows[s] += rendered.count
                            texts.append((s, rendered.text(article: o.articles, counters: &o.ids[s])))
                        }
                        let written = texts
                        let update = ProgressUpdate(done: o.articles, total: 0, bytesDone: o.bytes, bytesTotal: 0)
                        writer.async(group: group) {
                            if !halted.load(ordering: .relaxed) {
                                for t in written where !write(t.source, t.text) {
                                    halted.store(true, ordering: .relaxed)
                                    break
                                }
                            }
                            progress?(update)
                            window.signal()
                        }
                    }
                }
            }
        }
        group.wait()
        let stopped = halted.load(ordering: .relaxed)
        return order.withLock { o in
            Summary(articles: o.articles, skipped: o.skipped, rows: o.rows, bytes: o.bytes, inputFailed: inputFailed || o.inputFailed, stopped: stopped)
        }
    }

    private enum Done { case skipped, article(Int, [Rendered]) }

    private struct Order {
        var next = 0
        var ready: [Int: Done] = [:]
        var articles = 0
        var skipped = 0
        var failedBuilds = 0
        var bytes = 0
        var rows: [Int]
        /// Per source: quote or source ids given so far.
        var ids: [Int]
        var inputFailed = false
    }

    /// An article's rows for each source: the REPL's rows for a corpus of this article alone.
    static func rows(of article: Article, _ sources: [SourceDefinition]) -> [[[Value]]] {
        let corpus = Corpus()
        corpus.add(article)
        return sources.map { $0.rows(corpus, [1], .all) }
    }

    /// Rows rendered on the worker's core. Numbers that count over the whole corpus in the REPL
    /// count over the stream here — the article's id, quote and source ids — so they are left
    /// out of the rendering and put in, in order, when the rows are written.
    struct Rendered: Sendable {
        var whole = ""
        var parts: [(head: String, tail: String)] = []
        var numbers: [Int] = []
        /// The renumbered column holds the article's id (else the row's count within the article).
        var articleID = false
        var count = 0

        func text(article: Int, counters: inout Int) -> String {
            guard !parts.isEmpty else { return whole }
            var out = ""
            for (i, p) in parts.enumerated() {
                out += p.head
                out += String(articleID ? article : counters + numbers[i])
                out += p.tail
            }
            if !articleID { counters += parts.count }
            return out
        }
    }

    /// The column numbered over the stream: articles' id, quotes' and sources' id.
    static func renumbered(_ source: String) -> Int? {
        switch source {
        case "articles": return 0
        case "quotes": return 8
        case "sources": return 6
        default: return nil
        }
    }

    private func render(_ perSource: [[[Value]]]) -> [Rendered] {
        zip(sources, perSource).map { source, rows in
            var r = Rendered(count: rows.count)
            let tag = options.tagged ? source.name : nil
            guard let column = Self.renumbered(source.name) else {
                r.whole = RowLines.render(rows, columns: source.columns, as: options.format, source: tag)
                return r
            }
            r.parts = RowLines.split(rows, columns: source.columns, as: options.format, source: tag, at: column)
            r.articleID = column == 0 && source.name == "articles"
            r.numbers = rows.map { if case .int(let n) = $0[column] { return n } else { return 0 } }
            return r
        }
    }

}

/// Names already given in a stream, made unique as `Corpus.add` makes them (a file's path, else
/// "#2", "#3"…), kept as hashes so that memory stays small however long the stream runs.
final class StreamNames {
    private var seen: Set<Int> = []

    func unique(_ name: String, fallback: String?) -> String {
        func taken(_ n: String) -> Bool { seen.contains(n.hashValue) }
        var chosen = name
        if taken(name) {
            if let f = fallback, !taken(f) { chosen = f } else {
                var n = 2
                while taken("\(name)#\(n)") { n += 1 }
                chosen = "\(name)#\(n)"
            }
        }
        seen.insert(chosen.hashValue)
        return chosen
    }
}
