import Synchronization

/// A request to stop a running query: Ctrl-C in the REPL, a caller's own stop button, or the
/// query's time limit passing. The time limit counts the statement's own work, not the one-time
/// extraction of articles no query has read yet (linear in their size, and stopped by a request). Each `Corpus` has its own, so two corpora in one process stop
/// independently, and a query may be given one of its own (`Corpus.query(_:cancellation:)`), so
/// two queries on one corpus stop independently too. `request()` is safe to call from a signal handler or any thread; the
/// evaluator reads the token between rows, the regular-expression matcher every few thousand
/// steps, and extraction between articles. A query that was stopped fails with an error; it
/// never returns part of its rows as if they were all.
public final class CancellationToken: Sendable {
    private let flag = Atomic<Bool>(false)
    /// Uptime in nanoseconds after which the query stops; 0 for no limit.
    private let deadline = Atomic<UInt64>(0)

    /// A token not yet requested, with no time limit.
    public init() {}

    /// Asks the running query to stop. Async-signal-safe (one atomic store).
    public func request() { flag.store(true, ordering: .relaxed) }

    /// Clears a request and the time limit (before each statement).
    public func reset() {
        flag.store(false, ordering: .relaxed)
        deadline.store(0, ordering: .relaxed)
    }

    /// Stops the running query `seconds` from now (nil or 0: no limit).
    public func limit(seconds: Double?) {
        guard let seconds, seconds > 0 else { deadline.store(0, ordering: .relaxed); return }
        deadline.store(MonotonicClock.nanoseconds + UInt64(seconds * 1e9), ordering: .relaxed)
    }

    /// Whether the query should stop now.
    public var isRequested: Bool { flag.load(ordering: .relaxed) || timedOut }

    /// Why a query stopped.
    public enum Reason: Sendable {
        /// `request()` was called (Ctrl-C in the REPL).
        case requested
        /// The time limit passed.
        case timedOut
    }

    /// Why the query was stopped, if it was.
    public var reason: Reason? { flag.load(ordering: .relaxed) ? .requested : timedOut ? .timedOut : nil }

    /// Whether `request()` was called (the time limit aside).
    var wasRequested: Bool { flag.load(ordering: .relaxed) }

    /// Moves the time limit `nanoseconds` later: time spent on work the limit does not count.
    func postpone(nanoseconds: UInt64) {
        let d = deadline.load(ordering: .relaxed)
        if d != 0 { deadline.store(d + nanoseconds, ordering: .relaxed) }
    }

    var timedOut: Bool {
        let d = deadline.load(ordering: .relaxed)
        return d != 0 && MonotonicClock.nanoseconds > d
    }

    /// Throws the error of a stopped query, pointing at `range` of the statement.
    func check(_ range: Range<Int>) throws(QueryError) {
        guard isRequested else { return }
        throw error(range)
    }

    func error(_ range: Range<Int>) -> QueryError {
        if flag.load(ordering: .relaxed) {
            return QueryError.evaluation("cancelled", at: range, hint: "the query was interrupted")
        }
        return QueryError.evaluation("the query ran out of time", at: range, hint: "the statement ran past its time limit")
    }
}
