import Dispatch

/// The extraction results of a corpus, computed when a query first needs them (on all cores),
/// and extended when articles are added. Alias merging across articles is the one step that
/// sees the whole corpus.
final class CorpusAnalysis: @unchecked Sendable {
    private(set) var analyses: [ArticleAnalysis] = []
    private var index: EntityIndex? = nil
    /// Told how far extraction has come when a query starts it (the CLI's progress bar).
    var progress: Progress? = nil
    /// Asked between articles whether to stop (the corpus's cancellation).
    let stop: @Sendable () -> Bool

    init(stop: @escaping @Sendable () -> Bool = { false }) { self.stop = stop }

    /// Analyses for every article in the corpus, computing the ones not done yet.
    func analyses(of articles: [Article], parallel: Bool = true) -> [ArticleAnalysis] {
        var ignored = StageTimes()
        return analyses(of: articles, parallel: parallel, timing: false, times: &ignored, progress: progress)
    }

    func analyses(of articles: [Article], parallel: Bool, timing: Bool, times: inout StageTimes,
                  progress: Progress?) -> [ArticleAnalysis] {
        if analyses.count < articles.count {
            let todo = Array(articles[analyses.count...])
            let counter = progress.map { ProgressCounter(total: todo.count, bytes: todo.reduce(0) { $0 + $1.bytes.count }, report: $0) }
            // A stopped run analyses nothing more and keeps nothing half done; the query that
            // started it fails (its evaluator reads the same token), so the empty analyses
            // standing in for the rest are never shown as results.
            let stop = self.stop
            let results = Parallel.map(todo.count, parallel: parallel) { i -> (ArticleAnalysis, StageTimes) in
                if stop() { return (.empty, StageTimes()) }
                var t = StageTimes()
                let analysis = timing ? Analyzer.analyze(todo[i], times: &t) : Analyzer.analyze(todo[i])
                counter?.done(bytes: todo[i].bytes.count)
                return (analysis, t)
            }
            if stop() { return analyses + Array(repeating: .empty, count: todo.count) }
            analyses += results.map(\.0)
            if timing { for (_, t) in results { times += t } }
            index = nil
        }
        return analyses
    }

    func entityIndex(of articles: [Article]) -> EntityIndex {
        let all = analyses(of: articles)
        if let index { return index }
        let built = EntityIndex(analyses: all, articles: articles)
        index = built
        return built
    }
}

extension Corpus {
    /// What was extracted from article `id`.
    package func analysis(id: Int) -> ArticleAnalysis? {
        guard id >= 1 && id <= count else { return nil }
        return extraction.analyses(of: articles)[id - 1]
    }

    /// Extracts everything not extracted yet (normally done when a query first needs it), on all
    /// cores or on one, and returns the time spent in each stage (summed over articles; aliases
    /// are merged once for the whole corpus). `progress` is called from worker threads.
    @discardableResult
    package func extractAll(parallel: Bool = true, timing: Bool = false, progress: Progress? = nil) -> StageTimes {
        var times = StageTimes()
        _ = extraction.analyses(of: articles, parallel: parallel, timing: timing, times: &times, progress: progress)
        var clock = StageClock(on: timing)
        _ = extraction.entityIndex(of: articles)
        times.aliases += clock.lap()
        return times
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
