/// The articles of a session, in load order, and everything extracted from them.
///
/// Loading is additive; an article is found by its 1-based id or by its name. Extraction runs
/// when a result first needs it (on all cores) and is kept.
///
/// A corpus can be shared between threads: several may load, query and bind at once. Its
/// articles, names and bindings are kept behind one lock and its extraction results behind
/// another, and the compiler checks it: every stored property is a `let` of a `Sendable` type.
public final class Corpus: Sendable {
    private struct State: Sendable {
        var articles: [Article] = []
        var idsByName: [String: Int] = [:]
        /// Canonical paths of the files loaded so far, so a file given twice loads once.
        var loadedPaths: Set<String> = []
        /// Named results (`let z = …`), usable as sources afterwards.
        var bindings: [String: Table] = [:]
    }

    private let state = Locked(State())
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
        extraction = CorpusAnalysis()
    }

    /// The articles, in id order (a snapshot: articles added later are not in it).
    package var articles: [Article] { state.withLock { $0.articles } }
    /// How many articles are loaded.
    public var count: Int { state.withLock { $0.articles.count } }
    /// Whether no article is loaded.
    public var isEmpty: Bool { count == 0 }

    /// Named results (`let z = …`), usable as sources afterwards (a snapshot).
    package var bindings: [String: Table] { state.withLock { $0.bindings } }

    /// Binds `name` to a result, replacing what it named before.
    package func bind(_ name: String, _ table: Table) {
        state.withLock { $0.bindings[name] = table }
    }

    /// The table bound to `name`, if any.
    package func binding(_ name: String) -> Table? { state.withLock { $0.bindings[name] } }

    var loadedPaths: Set<String> { state.withLock { $0.loadedPaths } }

    func markLoaded<S: Sequence>(_ paths: S) where S.Element == String {
        state.withLock { $0.loadedPaths.formUnion(paths) }
    }

    /// Adds an article, giving it the next id and a name unique in the corpus. Returns its id.
    @discardableResult
    package func add(_ article: Article) -> Int {
        state.withLock { s in
            var a = article.releasingTokens()
            a.id = s.articles.count + 1
            a.name = Self.uniqueName(article.name, fallback: article.path, in: s.idsByName)
            s.idsByName[a.name] = a.id
            s.articles.append(a)
            return a.id
        }
    }

    private static func uniqueName(_ name: String, fallback: String?, in ids: [String: Int]) -> String {
        if ids[name] == nil { return name }
        if let f = fallback, ids[f] == nil { return f }
        var n = 2
        while ids["\(name)#\(n)"] != nil { n += 1 }
        return "\(name)#\(n)"
    }

    /// The article with this id (1-based).
    package func article(id: Int) -> Article? {
        state.withLock { s in id >= 1 && id <= s.articles.count ? s.articles[id - 1] : nil }
    }

    /// Finds an article by id ("2"), exact name ("business/001.txt"), name without ".txt",
    /// or a unique path suffix ("001.txt", "business/001").
    package func resolve(_ reference: String) -> ArticleLookup {
        if let id = Int(reference) {
            return article(id: id).map { .found($0.id) } ?? .notFound
        }
        return state.withLock { s in
            if let id = s.idsByName[reference] ?? s.idsByName[reference + ".txt"] { return .found(id) }
            let matches = s.articles.filter { a in
                let n = a.name
                return n.hasSuffix("/" + reference) || n.hasSuffix("/" + reference + ".txt")
            }
            switch matches.count {
            case 0: return .notFound
            case 1: return .found(matches[0].id)
            default: return .ambiguous(matches.map(\.name))
            }
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
