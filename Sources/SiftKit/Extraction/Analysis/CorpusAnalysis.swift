import Dispatch

/// The extraction results of a corpus, computed when a query first needs them (on all cores),
/// and extended when articles are added. Alias merging across articles is the one step that
/// sees the whole corpus.
///
/// Results are kept behind a lock, and computed while it is held: a second thread that needs
/// them waits for the first instead of extracting the same articles again. A run that is asked
/// to stop keeps nothing of what it had not finished and says so (nil); it never hands out empty
/// analyses in place of the missing ones.
final class CorpusAnalysis: Sendable {
    private struct State: Sendable {
        var analyses: [ArticleAnalysis] = []
        /// The corpus-wide entities of the first `count` analyses.
        var index: (count: Int, index: EntityIndex)? = nil
        /// Told how far extraction has come when a query starts it (the CLI's progress bar).
        var progress: Progress? = nil
    }

    private let state = Locked(State())

    /// Articles analysed between two passes of `SharedStrings`.
    private static let batchSize = 1024

    var progress: Progress? {
        get { state.withLock { $0.progress } }
        set { state.withLock { $0.progress = newValue } }
    }

    /// Every article's analysis, computing the ones not done yet (without a way to stop).
    func analyses(of articles: [Article]) -> [ArticleAnalysis] {
        var ignored = StageTimes()
        // Without `stop`, `extend` always finishes.
        return state.withLock { s in
            Self.extend(&s, articles, parallel: true, timing: false, times: &ignored, progress: s.progress, stop: nil)!
        }
    }

    func analyses(of articles: [Article], parallel: Bool, timing: Bool, times: inout StageTimes,
                  progress: Progress?) -> [ArticleAnalysis] {
        state.withLock { s in
            Self.extend(&s, articles, parallel: parallel, timing: timing, times: &times, progress: progress, stop: nil)!
        }
    }

    /// The corpus-wide entities of these articles (computing their analyses first); nil when
    /// stopped.
    func entityIndex(of articles: [Article], stop: (@Sendable () -> Bool)? = nil, parallel: Bool = true) -> EntityIndex? {
        var ignored = StageTimes()
        return state.withLock { s -> EntityIndex? in
            guard let all = Self.extend(&s, articles, parallel: parallel, timing: false, times: &ignored, progress: s.progress, stop: stop) else { return nil }
            if let cached = s.index, cached.count == all.count { return cached.index }
            let built = EntityIndex(analyses: all, articles: articles, parallel: parallel)
            // A caller holding an older list of articles gets its own index; the cache keeps the newest.
            if all.count == s.analyses.count { s.index = (all.count, built) }
            return built
        }
    }

    func entityIndex(of articles: [Article]) -> EntityIndex {
        // Without `stop`, extraction always finishes.
        entityIndex(of: articles, stop: nil)!
    }

    /// Extends `s` with the analyses of the articles it does not have yet. Returns the analyses of
    /// `articles` (a caller holding an older list of articles gets as many as it has).
    private static func extend(_ s: inout State, _ articles: [Article], parallel: Bool, timing: Bool,
                               times: inout StageTimes, progress: Progress?,
                               stop: (@Sendable () -> Bool)?) -> [ArticleAnalysis]? {
        if s.analyses.count < articles.count {
            let first = s.analyses.count, count = articles.count - first
            let counter = progress.map { ProgressCounter(total: count, bytes: articles[first...].reduce(0) { $0 + $1.bytes.count }, report: $0) }
            var done: [ArticleAnalysis] = []
            done.reserveCapacity(count)
            var strings = SharedStrings()
            // In batches, each batch's repeated strings shared before the next is analysed: the
            // copies' memory is reused instead of adding to the peak.
            for batch in stride(from: first, to: articles.count, by: batchSize) {
                let range = batch..<min(articles.count, batch + batchSize)
                var results = Parallel.map(range.count, parallel: parallel) { i -> (ArticleAnalysis, StageTimes)? in
                    if let stop, stop() { return nil }
                    var t = StageTimes()
                    let article = articles[range.lowerBound + i]
                    let analysis = timing ? Analyzer.analyze(article, times: &t) : Analyzer.analyze(article)
                    counter?.done(bytes: article.bytes.count)
                    return (analysis, t)
                }
                // A stopped run keeps nothing: the next query extracts these articles again.
                for i in results.indices {
                    guard results[i] != nil else { return nil }
                    strings.share(&results[i]!.0)
                    done.append(results[i]!.0)
                    if timing { times += results[i]!.1 }
                }
            }
            s.analyses += done
        }
        return s.analyses.count == articles.count ? s.analyses : Array(s.analyses.prefix(articles.count))
    }
}

extension Corpus {
    /// What was extracted from article `id`.
    package func analysis(id: Int) -> ArticleAnalysis? {
        let all = articles
        guard id >= 1 && id <= all.count else { return nil }
        return extraction.analyses(of: all)[id - 1]
    }

    /// Extracts everything not extracted yet (normally done when a query first needs it), on all
    /// cores or on one, and returns the time spent in each stage (summed over articles; aliases
    /// are merged once for the whole corpus). `progress` is called from worker threads.
    @discardableResult
    package func extractAll(parallel: Bool = true, timing: Bool = false, progress: Progress? = nil) -> StageTimes {
        var times = StageTimes()
        let all = articles
        _ = extraction.analyses(of: all, parallel: parallel, timing: timing, times: &times, progress: progress)
        var clock = StageClock(on: timing)
        _ = extraction.entityIndex(of: all, parallel: parallel)
        times.aliases += clock.lap()
        return times
    }

    /// Extracts everything a query will read, stopping when `token` asks: false when stopped
    /// (nothing half done is kept). Run before a query reads extraction results, so that the
    /// reading itself never has to stop.
    ///
    /// A request stops it; the time limit does not count it. Reading a corpus for the first time
    /// takes as long as its size says (BBC × 100 about 90 s on two cores, with a progress bar
    /// on a terminal), and a time limit is there to stop a statement that runs away, not to make
    /// a big corpus unqueryable. The limit moves on by the time extraction took.
    func extract(stoppingOn token: CancellationToken) -> Bool {
        let started = MonotonicClock.nanoseconds
        let done = extraction.entityIndex(of: articles, stop: { token.wasRequested }) != nil
        token.postpone(nanoseconds: MonotonicClock.nanoseconds - started)
        return done && !token.isRequested
    }

    /// Called from worker threads as articles are extracted when a query first needs them.
    package var extractionProgress: Progress? {
        get { extraction.progress }
        set { extraction.progress = newValue }
    }

    /// Every article's extraction, in id order.
    package var analyses: [ArticleAnalysis] { extraction.analyses(of: articles) }

    /// The corpus-wide entities, with aliases merged across articles.
    package var entityIndex: EntityIndex { extraction.entityIndex(of: articles) }

    /// The display name of a speaker of article `id`.
    package func speakerName(_ speaker: SpeakerRef?, article id: Int) -> String? {
        entityIndex.speakerName(speaker, article: id)
    }
}
