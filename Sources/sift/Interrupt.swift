import SiftKit

/// Ctrl-C. A signal is the process's, so its handler reaches the shell's corpus through this one
/// token (the engine keeps none of its own: each `Corpus` stops on its own token).
enum Interrupt {
    static let token = CancellationToken()

    /// The engine's error for a stopped statement, with the shell's way out as its hint.
    static func explain(_ error: QueryError, reason: CancellationToken.Reason?) -> QueryError {
        var e = error
        switch reason {
        case .requested?: e.hint = "the query was interrupted (Ctrl-C)"
        case .timedOut?: e.hint = "raise the limit with --timeout SECONDS or .timeout SECONDS"
        case nil: break
        }
        return e
    }
}
