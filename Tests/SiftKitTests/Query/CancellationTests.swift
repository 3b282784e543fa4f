import Dispatch
import Testing
@testable import SiftKit

/// Each corpus stops on its own token: a stopped query fails with an error (never part of its
/// rows), and another corpus in the same process goes on.
@Suite("Cancellation per corpus")
struct CancellationTests {
    func loaded() -> Corpus {
        let c = Corpus()
        for a in Samples.articles() { c.add(a) }
        return c
    }

    @Test func aStoppedCorpusFailsAndAnotherGoesOn() throws {
        let stopped = loaded(), running = loaded()
        stopped.cancellation.request()
        // Extraction has not run yet: the stop reaches it, and the query fails rather than
        // returning the empty analyses that stand in for the articles not done.
        #expect(throws: QueryError.self) { try stopped.query("quotes | count") }
        do {
            _ = try stopped.query("quotes")
            Issue.record("a stopped query returned rows")
        } catch {
            #expect(error.message == "cancelled")
        }
        #expect(try running.query("quotes | count").rows[0][0] != .int(0))
        // After a reset the stopped corpus extracts and answers as the other does.
        stopped.cancellation.reset()
        #expect(try stopped.query("quotes | count").rows == running.query("quotes | count").rows)
    }

    @Test func aPassedTimeLimitStopsEveryStatementKind() throws {
        let c = loaded()
        c.cancellation.limit(seconds: 1e-9)
        for statement in ["articles", "kwic \"levee\"", "why quote 1", "show 1", "quotes | where text ~ \"lev.e\""] {
            do {
                _ = try c.run(statement)
                Issue.record("\(statement): returned a result after its time limit")
            } catch {
                #expect(error.message == "the query ran out of time", "\(statement)")
                #expect(c.cancellation.reason == .timedOut)
            }
        }
    }

    @Test func aTimeLimitDoesNotCountTheFirstExtraction() throws {
        // A time limit already past: the statement fails with it, but extraction (which a request
        // stops, and a time limit does not count) runs to the end and is kept.
        let c = loaded()
        let extracted = Locked(0)
        c.extractionProgress = { _ in extracted.withLock { $0 += 1 } }
        c.cancellation.limit(seconds: 1e-9)
        #expect(throws: QueryError.self) { try c.query("quotes | count") }
        #expect(c.cancellation.reason == .timedOut)
        #expect(extracted.withLock { $0 } == Samples.articles().count)
        // The next statement reads what was kept: nothing is extracted again.
        c.cancellation.reset()
        #expect(try c.query("quotes | count").rows == loaded().query("quotes | count").rows)
        #expect(extracted.withLock { $0 } == Samples.articles().count)
        // A request still stops extraction before it starts.
        let stopped = loaded()
        let none = Locked(0)
        stopped.extractionProgress = { _ in none.withLock { $0 += 1 } }
        stopped.cancellation.request()
        #expect(throws: QueryError.self) { try stopped.query("quotes | count") }
        #expect(none.withLock { $0 } == 0)
    }

    @Test func aQueryStopsOnItsOwnTokenWhileAnotherOnTheSameCorpusGoesOn() throws {
        let c = loaded()
        let expected = try loaded().query("quotes | group by speaker | count")
        let stop = CancellationToken()
        stop.request()
        let outcomes = Locked<[String]>([])
        // Both start extraction of the same articles at once; the stopped one keeps nothing.
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let result = Result { () throws(QueryError) -> Table in
                i == 0 ? try c.query("quotes | group by speaker | count", cancellation: stop)
                       : try c.query("quotes | group by speaker | count")
            }
            switch result {
            case .success(let t): outcomes.withLock { $0.append(t == expected ? "rows" : "other rows") }
            case .failure(let e): outcomes.withLock { $0.append(e.message) }
            }
        }
        #expect(outcomes.withLock { $0 }.sorted() == ["cancelled", "rows"])
        #expect(c.cancellation.reason == nil)
        // A time limit of its own, too.
        let late = CancellationToken()
        late.limit(seconds: 1e-9)
        #expect(throws: QueryError.self) { try c.query("kwic \"levee\"", cancellation: late) }
        #expect(try c.query("kwic \"levee\"").rows.count > 0)
    }
}
