#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock time for `.timer`.
enum Clock {
    static var now: Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func describe(since start: Double) -> String {
        let s = now - start
        return s < 1 ? "\(Int((s * 1000).rounded())) ms" : "\((s * 100).rounded() / 100) s"
    }
}
