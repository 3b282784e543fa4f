import Synchronization

/// A request to stop the running query (Ctrl-C in the REPL). Set from a signal handler, read by
/// the evaluator between rows and by extraction between articles.
public enum Cancellation {
    private static let flag = Atomic<Bool>(false)

    /// Safe to call from a signal handler.
    public static func request() { flag.store(true, ordering: .relaxed) }
    public static func reset() { flag.store(false, ordering: .relaxed) }
    public static var isRequested: Bool { flag.load(ordering: .relaxed) }

    static func check(_ range: Range<Int>) throws(QueryError) {
        if isRequested { throw QueryError.evaluation("cancelled", at: range, hint: "the query was interrupted (Ctrl-C)") }
    }
}
