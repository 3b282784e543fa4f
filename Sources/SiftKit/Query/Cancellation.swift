import Synchronization

/// A request to stop the running query: Ctrl-C in the REPL, or the query's time limit passing.
/// Set from a signal handler or by the clock; read by the evaluator between rows, by the regular
/// expression matcher every few thousand steps, and by extraction between articles.
public enum Cancellation {
    private static let flag = Atomic<Bool>(false)
    /// Uptime in nanoseconds after which the query stops; 0 for no limit.
    private static let deadline = Atomic<UInt64>(0)

    /// Safe to call from a signal handler.
    public static func request() { flag.store(true, ordering: .relaxed) }

    /// Clears a request and the time limit (before each statement).
    public static func reset() {
        flag.store(false, ordering: .relaxed)
        deadline.store(0, ordering: .relaxed)
    }

    /// Stops the running query `seconds` from now (nil or 0: no limit).
    public static func limit(seconds: Double?) {
        guard let seconds, seconds > 0 else { deadline.store(0, ordering: .relaxed); return }
        deadline.store(MonotonicClock.nanoseconds + UInt64(seconds * 1e9), ordering: .relaxed)
    }

    /// Whether the query should stop now.
    public static var isRequested: Bool { flag.load(ordering: .relaxed) || timedOut }

    static var timedOut: Bool {
        let d = deadline.load(ordering: .relaxed)
        return d != 0 && MonotonicClock.nanoseconds > d
    }

    static func check(_ range: Range<Int>) throws(QueryError) {
        guard isRequested else { return }
        throw error(range)
    }

    static func error(_ range: Range<Int>) -> QueryError {
        if flag.load(ordering: .relaxed) {
            return QueryError.evaluation("cancelled", at: range, hint: "the query was interrupted (Ctrl-C)")
        }
        return QueryError.evaluation("the query ran out of time", at: range,
                                     hint: "raise the limit with --timeout SECONDS or .timeout SECONDS")
    }
}
