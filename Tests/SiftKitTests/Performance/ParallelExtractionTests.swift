import Foundation
import Testing
@testable import SiftKit

/// Extraction runs on all cores, and so does the corpus merge's reading of each article's
/// entities (keys and written forms, in batches of articles); only its interning and grouping see
/// the whole corpus on one. The results must be those of the single-core run, row for row (BBC
/// politics and business are several batches).
@Suite("Parallel extraction")
struct ParallelExtractionTests {
    static let queries = ["quotes", "entities", "mentions", "sources", "numbers", "dates",
                          "quotes | group by speaker | count", "articles"]

    /// Every source's rows as JSON, so any difference shows in the comparison.
    func snapshot(_ corpus: Corpus) throws -> [String] {
        try Self.queries.map { TableWriter.render(try corpus.query($0), as: .json) }
    }

    func compare(_ load: (Corpus) -> Void) throws {
        let serial = Corpus(), parallel = Corpus()
        load(serial)
        load(parallel)
        serial.extractAll(parallel: false)
        parallel.extractAll(parallel: true)
        let a = try snapshot(serial), b = try snapshot(parallel)
        for (q, (x, y)) in zip(Self.queries, zip(a, b)) {
            #expect(x == y, "\(q) differs between the serial and the parallel run")
            #expect(x.count > 10, "\(q) produced nothing to compare")
        }
    }

    @Test func samplesAgree() throws {
        try compare { $0.loadSamples() }
    }

    @Test(.needsShared) func bbcAndPolnearAgree() throws {
        try compare { $0.load([Paths.sharedPath("corpus/bbc/politics"), Paths.sharedPath("corpus/bbc/business")]) }
    }

    @Test func stageTimesAreMeasuredOnlyWhenAsked() {
        let corpus = Corpus()
        corpus.loadSamples()
        let untimed = corpus.extractAll(parallel: false, timing: false)
        #expect(untimed.extraction == 0)
        let again = Corpus()
        again.loadSamples()
        let timed = again.extractAll(parallel: false, timing: true)
        #expect(timed.entities > 0 && timed.quotes > 0 && timed.sourcesAndNumbers > 0)
    }

    @Test func progressReportsEveryArticleOnce() {
        let corpus = Corpus()
        corpus.loadSamples()
        let seen = Counter()
        corpus.extractAll(parallel: true, progress: { update in
            seen.add(update)
        })
        #expect(seen.updates.count == corpus.count)
        #expect(seen.updates.map(\.done).sorted() == Array(1...corpus.count))
        #expect(seen.updates.allSatisfy { $0.total == corpus.count })
        #expect(seen.updates.map(\.bytesDone).max() == corpus.articles.reduce(0) { $0 + $1.bytes.count })
    }

    @Test func loadingReportsProgress() {
        let dir = TempDir()
        for i in 1...5 { dir.write("a\(i).txt", "Headline \(i)\n\nBody number \(i).") }
        let seen = Counter()
        let corpus = Corpus()
        corpus.load([dir.path], options: LoadOptions(progress: { seen.add($0) }))
        #expect(seen.updates.count == 5)
        #expect(seen.updates.map(\.done).sorted() == [1, 2, 3, 4, 5])
    }

    @Test func reloadingWithoutSkippingDuplicatesAddsCopies() {
        let dir = TempDir()
        let path = dir.write("story.txt", "Headline\n\nBody.")
        let corpus = Corpus()
        corpus.load([path])
        corpus.load([path])
        #expect(corpus.count == 1)
        corpus.load([path], options: LoadOptions(skipDuplicates: false))
        #expect(corpus.count == 2)
        #expect(corpus.articles[1].name != corpus.articles[0].name)
    }
}

/// Collects progress updates from worker threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [ProgressUpdate] = []
    func add(_ u: ProgressUpdate) { lock.lock(); list.append(u); lock.unlock() }
    var updates: [ProgressUpdate] { lock.lock(); defer { lock.unlock() }; return list }
}
