#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one clock of sift — time limits, stage timings, the REPL's `.timer` and progress bar, the
/// benchmark: monotonic, so a measurement never jumps when the wall clock is set.
package enum MonotonicClock {
    /// Nanoseconds since an arbitrary moment (the machine's start).
    package static var nanoseconds: UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// The same, in seconds.
    package static var seconds: Double { Double(nanoseconds) / 1e9 }
}
