import SiftKit

/// How long a statement took, for `.timer`.
enum Clock {
    static func describe(since start: Double) -> String {
        let s = MonotonicClock.seconds - start
        return s < 1 ? "\(Int((s * 1000).rounded())) ms" : "\((s * 100).rounded() / 100) s"
    }
}
