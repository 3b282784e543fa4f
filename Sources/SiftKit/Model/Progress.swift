
/// How far a long operation (loading, extraction) has come: items done of a total, and bytes.
package struct ProgressUpdate: Sendable {
    package var done: Int
    package var total: Int
    package var bytesDone: Int
    package var bytesTotal: Int
}

/// Called from worker threads as items finish; must be cheap and thread-safe.
package typealias Progress = @Sendable (ProgressUpdate) -> Void

/// Counts finished items across threads and forwards each update.
final class ProgressCounter: Sendable {
    private let state = Locked<(done: Int, bytes: Int)>((0, 0))
    let total: Int
    let bytesTotal: Int
    let report: Progress

    init(total: Int, bytes: Int, report: @escaping Progress) {
        self.total = total
        self.bytesTotal = bytes
        self.report = report
    }

    func done(bytes: Int) {
        let (n, b) = state.withLock { s -> (Int, Int) in
            s.done += 1
            s.bytes += bytes
            return (s.done, s.bytes)
        }
        report(ProgressUpdate(done: n, total: total, bytesDone: b, bytesTotal: bytesTotal))
    }
}
