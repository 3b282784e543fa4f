#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value shared between threads, read and changed only while its lock is held.
///
/// Why not the standard library's `Mutex`: on Linux it waits on a futex directly, which
/// ThreadSanitizer cannot see, so every access it guards is reported as a race and the sanitizer
/// test (SharedCorpusTests) could not tell a real race from it. A pthread mutex it understands.
///
/// Why `@unchecked`: the compiler cannot see that the lock guards `value`. It does: `value` is
/// private and touched only inside `withLock`, between `pthread_mutex_lock` and
/// `pthread_mutex_unlock` on this object's own mutex (which orders every access after the one
/// before), and `Value` is `Sendable`, so what a thread reads or leaves there is safe to hand over.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private var value: Value
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init(_ value: Value) {
        self.value = value
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Runs `body` with the value, holding the lock. Not reentrant: `body` must not take it again.
    func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
