import Dispatch

/// Work over independent items (articles, files) on all cores, results kept in item order.
enum Parallel {
    /// `body(i)` for each i in 0..<count, in order; on all cores when `parallel` and there is
    /// more than one item.
    static func map<T: Sendable>(_ count: Int, parallel: Bool = true, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        if parallel && count > 1 {
            DispatchQueue.concurrentPerform(iterations: count) { slots.set($0, body($0)) }
        } else {
            for i in 0..<count { slots.set(i, body(i)) }
        }
        return slots.values()
    }
}

/// One result slot per work item, written by exactly one worker each, read after all finish.
///
/// Why `@unchecked`: the compiler cannot see that the writes never overlap. They do not: slot i
/// is written only by `body(i)`'s worker (`concurrentPerform` runs each index once), no slot is
/// read before `concurrentPerform` returns (which orders every write before the read), and the
/// values are `Sendable`, so handing them from the worker to the caller is safe.
final class Slots<T: Sendable>: @unchecked Sendable {
    private var storage: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func set(_ i: Int, _ value: T) { storage[i] = value }
    func values() -> [T] { storage.map { $0! } }
}
