import Dispatch

/// The extraction results of a corpus, computed when a query first needs them (on all cores),
/// and extended when articles are added. Alias merging across articles is the one step that
/// sees the whole corpus.
final class CorpusAnalysis: @unchecked Sendable {
    private(set) var analyses: [ArticleAnalysis] = []
    private var index: EntityIndex? = nil

    /// Analyses for every article in the corpus, computing the ones not done yet.
    func analyses(of articles: [Article], parallel: Bool = true) -> [ArticleAnalysis] {
        if analyses.count < articles.count {
            let todo = Array(articles[analyses.count...])
            let slots = Slots<ArticleAnalysis>(count: todo.count)
            // A cancelled run (Ctrl-C) analyses nothing more and keeps nothing half done.
            let work: @Sendable (Int) -> Void = { i in slots.set(i, Cancellation.isRequested ? .empty : Analyzer.analyze(todo[i])) }
            if parallel && todo.count > 1 {
                DispatchQueue.concurrentPerform(iterations: todo.count, execute: work)
            } else {
                for i in todo.indices { work(i) }
            }
            if Cancellation.isRequested { return analyses + Array(repeating: .empty, count: todo.count) }
            analyses += slots.values()
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
    public func analysis(id: Int) -> ArticleAnalysis? {
        guard id >= 1 && id <= count else { return nil }
        return extraction.analyses(of: articles)[id - 1]
    }

    /// Every article's extraction, in id order.
    public var analyses: [ArticleAnalysis] { extraction.analyses(of: articles) }

    /// The corpus-wide entities, with aliases merged across articles.
    public var entityIndex: EntityIndex { extraction.entityIndex(of: articles) }

    /// The display name of a speaker of article `id`.
    public func speakerName(_ speaker: SpeakerRef?, article id: Int) -> String? {
        switch speaker {
        case .entity(let local)?: return entityIndex.name(article: id, local: local)
        case .group(let text)?: return text
        case nil: return nil
        }
    }
}
