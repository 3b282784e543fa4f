/// The articles of a session, in load order. Loading is additive; an article is found by its
/// 1-based id or by its name.
public final class Corpus: @unchecked Sendable {
    public private(set) var articles: [Article] = []
    private var idsByName: [String: Int] = [:]
    /// Canonical paths of the files loaded so far, so a file given twice loads once.
    var loadedPaths: Set<String> = []
    /// Named results (`let z = …`), usable as sources afterwards.
    public var bindings: [String: Table] = [:]
    /// Extraction results, computed on first use (see Extraction/Analysis).
    let extraction: CorpusAnalysis
    /// Stops this corpus's running query (and the extraction it started); see `CancellationToken`.
    public let cancellation: CancellationToken

    public init(cancellation: CancellationToken = CancellationToken()) {
        self.cancellation = cancellation
        extraction = CorpusAnalysis(stop: { cancellation.isRequested })
    }

    public var count: Int { articles.count }
    public var isEmpty: Bool { articles.isEmpty }

    /// Adds an article, giving it the next id and a name unique in the corpus. Returns its id.
    @discardableResult
    public func add(_ article: Article) -> Int {
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
    public func article(id: Int) -> Article? {
        id >= 1 && id <= articles.count ? articles[id - 1] : nil
    }

    /// Finds an article by id ("2"), exact name ("business/001.txt"), name without ".txt",
    /// or a unique path suffix ("001.txt", "business/001").
    public func resolve(_ reference: String) -> ArticleLookup {
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

    public var names: [String] { articles.map(\.name) }
}

public enum ArticleLookup: Equatable, Sendable {
    case found(Int)
    case notFound
    case ambiguous([String])
}
