
/// The articles of a session, in load order. Loading is additive; an article is found by its
/// 1-based id or by its name.
///
/// A corpus can be shared between threads: its articles, names and bindings are kept behind one
/// lock, its extraction results behind another (`CorpusAnalysis`), so several threads may load,
/// query and bind at once. The compiler checks this: every stored property is a `let` of a
/// `Sendable` type.
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
    public let cancellation: CancellationToken

    public init(cancellation: CancellationToken = CancellationToken()) {
        self.cancellation = cancellation
        extraction = CorpusAnalysis()
    }

    /// The articles, in id order (a snapshot: articles added later are not in it).
    public var articles: [Article] { state.withLock { $0.articles } }
    public var count: Int { state.withLock { $0.articles.count } }
    public var isEmpty: Bool { count == 0 }

    /// Named results (`let z = …`), usable as sources afterwards (a snapshot).
    public var bindings: [String: Table] { state.withLock { $0.bindings } }

    /// Binds `name` to a result, replacing what it named before.
    public func bind(_ name: String, _ table: Table) {
        state.withLock { $0.bindings[name] = table }
    }

    /// The table bound to `name`, if any.
    public func binding(_ name: String) -> Table? { state.withLock { $0.bindings[name] } }

    var loadedPaths: Set<String> { state.withLock { $0.loadedPaths } }

    func markLoaded<S: Sequence>(_ paths: S) where S.Element == String {
        state.withLock { $0.loadedPaths.formUnion(paths) }
    }

    /// Adds an article, giving it the next id and a name unique in the corpus. Returns its id.
    @discardableResult
    public func add(_ article: Article) -> Int {
        state.withLock { s in
            var a = article
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
    public func article(id: Int) -> Article? {
        state.withLock { s in id >= 1 && id <= s.articles.count ? s.articles[id - 1] : nil }
    }

    /// Finds an article by id ("2"), exact name ("business/001.txt"), name without ".txt",
    /// or a unique path suffix ("001.txt", "business/001").
    public func resolve(_ reference: String) -> ArticleLookup {
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

    public var names: [String] { articles.map(\.name) }
}

public enum ArticleLookup: Equatable, Sendable {
    case found(Int)
    case notFound
    case ambiguous([String])
}
