/// The articles of a session, in load order, and everything extracted from them.
///
/// Loading is additive; an article is found by its 1-based id or by its name. Extraction runs
/// when a result first needs it (on all cores) and is kept. Use a corpus from one thread at a
/// time.
public final class Corpus: @unchecked Sendable {
    package private(set) var articles: [Article] = []
    private var idsByName: [String: Int] = [:]
    /// Canonical paths of the files loaded so far, so a file given twice loads once.
    var loadedPaths: Set<String> = []
    /// Named results (`let z = …`), usable as sources afterwards.
    package var bindings: [String: Table] = [:]
    /// Extraction results, computed on first use (see Extraction/Analysis).
    let extraction: CorpusAnalysis
    /// Stops this corpus's running query (and the extraction it started); see `CancellationToken`.
    package let cancellation: CancellationToken

    /// An empty corpus. Add articles with ``load(_:options:)``, ``load(text:name:)`` or
    /// ``loadSamples()``.
    public convenience init() {
        self.init(cancellation: CancellationToken())
    }

    /// An empty corpus whose queries `cancellation` stops (the REPL's Ctrl-C).
    package init(cancellation: CancellationToken) {
        self.cancellation = cancellation
        extraction = CorpusAnalysis(stop: { cancellation.isRequested })
    }

    /// How many articles are loaded.
    public var count: Int { articles.count }
    /// Whether no article is loaded.
    public var isEmpty: Bool { articles.isEmpty }

    /// Adds an article, giving it the next id and a name unique in the corpus. Returns its id.
    @discardableResult
    package func add(_ article: Article) -> Int {
        var a = article
        a.id = articles.count + 1
        a.name = uniqueName(article.name, fallback: article.path)
        idsByName[a.name] = a.id
        articles.append(a)
        return a.id
    }

    private func uniqueName(_ name: String, fallback: String?) -> String {
        if idsByName[name] == nil { return name }
        if let f = fallback, idsByName[f] == nil { return f }
        var n = 2
        while idsByName["\(name)#\(n)"] != nil { n += 1 }
        return "\(name)#\(n)"
    }

    /// The article with this id (1-based).
    package func article(id: Int) -> Article? {
        id >= 1 && id <= articles.count ? articles[id - 1] : nil
    }

    /// Finds an article by id ("2"), exact name ("business/001.txt"), name without ".txt",
    /// or a unique path suffix ("001.txt", "business/001").
    package func resolve(_ reference: String) -> ArticleLookup {
        if let id = Int(reference) {
            return article(id: id).map { .found($0.id) } ?? .notFound
        }
        if let id = idsByName[reference] ?? idsByName[reference + ".txt"] { return .found(id) }
        let matches = articles.filter { a in
            let n = a.name
            return n.hasSuffix("/" + reference) || n.hasSuffix("/" + reference + ".txt")
        }
        switch matches.count {
        case 0: return .notFound
        case 1: return .found(matches[0].id)
        default: return .ambiguous(matches.map(\.name))
        }
    }

    /// The articles' names, in load order (the name of the article with id `n` is `names[n - 1]`):
    /// each one's path relative to the folder it was loaded from, or the name it was given.
    public var names: [String] { articles.map(\.name) }
}

package enum ArticleLookup: Equatable, Sendable {
    case found(Int)
    case notFound
    case ambiguous([String])
}
