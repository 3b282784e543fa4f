import Dispatch
import Testing
@testable import SiftKit

/// One corpus, many threads: the first queries start extraction from several threads at once,
/// others bind names and load articles meanwhile. Run under ThreadSanitizer in CI
/// (`swift test -sanitize=thread --filter SharedCorpus`), which fails on any data race; here the
/// rows must equal those of the same queries on one thread.
@Suite("A corpus shared by threads")
struct SharedCorpusTests {
    static let statements = [
        "quotes | group by speaker | count",
        "entities | where type == \"person\" | sort mentions desc",
        "mentions | count",
        "sources",
        "numbers | count",
        "dates",
        "why quote 2",
        "sentences | where text ~ \"flood\" | count",
    ]

    func loaded() -> Corpus {
        let c = Corpus()
        for a in Samples.articles() { c.add(a) }
        return c
    }

    @Test func eightThreadsGetTheRowsOfOne() throws {
        let serial = loaded()
        let expected = try Self.statements.map { try serial.query($0) }

        let shared = loaded()
        let results = Locked<[Int: [Table]]>([:])
        let failures = Locked<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { t in
            var tables: [Table] = []
            // Each thread starts at a different statement, so that different sources race.
            for k in 0..<Self.statements.count {
                let statement = Self.statements[(k + t) % Self.statements.count]
                do {
                    tables.append(try shared.query(statement))
                    shared.bind("t\(t)_\(k)", tables.last!)
                } catch {
                    failures.withLock { $0.append("thread \(t), \(statement): \(error)") }
                }
            }
            results.withLock { $0[t] = tables }
        }
        #expect(failures.withLock { $0 }.isEmpty)
        let got = results.withLock { $0 }
        for t in 0..<8 {
            let tables = try #require(got[t])
            try #require(tables.count == Self.statements.count)
            for k in 0..<Self.statements.count {
                let i = (k + t) % Self.statements.count
                #expect(tables[k] == expected[i], "thread \(t): \(Self.statements[i])")
            }
        }
        // Every binding made on every thread is there.
        #expect(shared.bindings.count == 8 * Self.statements.count)
        #expect(try shared.query("t3_0 | count").rows == [[.int(expected[3].rows.count)]])
    }

    @Test func articlesAddedFromManyThreadsGetDistinctIdsAndNames() throws {
        let c = Corpus()
        DispatchQueue.concurrentPerform(iterations: 8) { t in
            for k in 0..<5 {
                _ = c.add(text: "Story \(t)-\(k)\n\nThe mayor, Ana Ruiz, said \"we are ready\" on Monday.", name: "story.txt")
            }
        }
        #expect(c.count == 40)
        #expect(c.articles.map(\.id) == Array(1...40))
        #expect(Set(c.names).count == 40)
        // Queried while another thread adds more: every answer counts a whole number of articles.
        let counts = Locked<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { t in
            if t == 0 {
                for k in 0..<10 { _ = c.add(text: "Later \(k)\n\nThe mayor, Ana Ruiz, said \"again\".", name: "later.txt") }
            } else {
                for _ in 0..<5 {
                    if let n = try? c.query("quotes | count").rows.first?.first, case .int(let v) = n {
                        counts.withLock { $0.append(v) }
                    }
                }
            }
        }
        #expect(c.count == 50)
        #expect(try c.query("quotes | count").rows == [[.int(50)]])
        #expect(counts.withLock { $0 }.allSatisfy { (40...50).contains($0) })
        #expect(counts.withLock { $0 }.count == 15)
    }
}
