/// What a corpus's articles and analyses hold in memory, estimated from their layouts: the
/// inline size of each value plus the heap blocks of its arrays, strings and sets (as glibc's
/// malloc rounds them). `sift-bench` reports it per component ("memory held"), so a change to the
/// model's layout is seen in bytes per article, not only in the noise of a peak RSS.
package struct Footprint: Sendable {
    /// Bytes by component ("text", "tokens", "mentions", …), in the order first counted.
    package private(set) var parts: [(name: String, bytes: Int)] = []

    package init() {}

    package var total: Int { parts.reduce(0) { $0 + $1.bytes } }

    package mutating func add(_ name: String, _ bytes: Int) {
        if let i = parts.firstIndex(where: { $0.name == name }) { parts[i].bytes += bytes } else { parts.append((name, bytes)) }
    }

    package mutating func add(article a: Article) {
        add("text", Self.array(a.bytes) + Self.string(a.name))
        add("tokens", Self.array(a.tokens))
        add("paragraphs and sentences", Self.array(a.paragraphs) + Self.array(a.sentences))
    }

    package mutating func add(analysis x: ArticleAnalysis) {
        add("mentions", Self.array(x.mentions))
        add("entities", Self.array(x.entities))
        for e in x.entities {
            add("entity names", Self.string(e.name))
            add("entity mention lists", Self.array(e.mentions))
            add("entity spelling forms", Self.array(e.forms.heapArray))
            // None in what a corpus keeps; some in `Analyzer.explained`.
            add("entity working sets", Self.array(e.working) + Self.set(e.roleWords) + Self.strings(e.nameKey) + Self.string(e.genderEvidence))
        }
        var quotes = Self.array(x.quotes)
        for q in x.quotes {
            quotes += Self.string(q.resolution) + Self.speaker(q.speaker) + Self.array(q.runnersUp) + Self.array(q.explanation)
            for r in q.runnersUp { quotes += Self.speaker(r.speaker) }
        }
        add("quotes", quotes)
        var sources = Self.array(x.sources)
        for s in x.sources { sources += Self.speaker(s.speaker) + Self.string(s.role) + Self.string(s.affiliation) }
        add("sources", sources)
        var numbers = Self.array(x.numbers) + Self.array(x.dates)
        for n in x.numbers { numbers += Self.string(n.unit) + Self.string(n.qualifier) }
        for d in x.dates { numbers += Self.string(d.resolved) }
        add("numbers and dates", numbers)
    }

    package mutating func add(index: EntityIndex) {
        var bytes = Self.array(index.entities) + Self.strings(index.keys) + index.assignmentBytes
        for e in index.entities { bytes += Self.string(e.name) + Self.strings(e.aliases) + Self.array(e.articles) }
        add("corpus entities", bytes)
    }

    /// A heap block of `n` bytes as malloc hands it out (8 bytes of header, 16-byte steps).
    static func block(_ n: Int) -> Int { n == 0 ? 0 : max(32, (n + 8 + 15) & ~15) }

    static func array<T>(_ a: [T]) -> Int { a.capacity == 0 ? 0 : block(32 + a.capacity * MemoryLayout<T>.stride) }

    /// Strings of up to 15 UTF-8 bytes live inside the value.
    static func string(_ s: String?) -> Int {
        guard let s, s.utf8.count > 15 else { return 0 }
        return block(32 + s.utf8.count + 1)
    }

    static func strings(_ a: [String]) -> Int { a.reduce(array(a)) { $0 + string($1) } }

    static func set(_ s: Set<String>) -> Int {
        guard !s.isEmpty else { return 0 }
        var buckets = 1
        while Double(buckets) * 0.75 < Double(s.count) { buckets *= 2 }
        return block(64 + buckets * MemoryLayout<String>.stride + buckets / 8) + s.reduce(0) { $0 + string($1) }
    }

    static func speaker(_ s: SpeakerRef?) -> Int {
        switch s {
        case .group(let t)?, .unnamed(let t)?: return string(t)
        default: return 0
        }
    }
}

extension Corpus {
    /// The estimated memory of every article and its analysis (extracting first), and of the
    /// corpus-wide entities.
    package func footprint() -> Footprint {
        var f = Footprint()
        let all = articles
        for a in all { f.add(article: a) }
        for x in analyses { f.add(analysis: x) }
        f.add(index: entityIndex)
        return f
    }
}
