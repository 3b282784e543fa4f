#if canImport(Glibc)
import Glibc
#endif
import SiftKit

/// Where `sift extract` writes: standard output, or one file per source in a folder. Files are
/// written under temporary names in that folder and renamed into place only when the whole run
/// succeeded (after fsync), so a failed or interrupted run leaves no partial file behind.
final class OutputFiles: @unchecked Sendable {
    private var fds: [Int32]
    private var temps: [String] = []
    private var finals: [String] = []
    private var buffers: [[UInt8]]
    private(set) var failure: String? = nil

    /// Standard output for every source.
    init(sources: Int) {
        fds = Array(repeating: STDOUT_FILENO, count: sources)
        buffers = Array(repeating: [], count: sources)
    }

    /// A file per source in `dir` (created if missing): `dir/NAME.EXT`.
    init(dir: String, names: [String], ext: String) throws(FileError) {
        fds = []
        buffers = Array(repeating: [], count: names.count)
        if mkdir(dir, 0o755) != 0 && errno != EEXIST {
            throw FileError(path: dir, reason: "cannot create the folder: \(String(cString: strerror(errno)))")
        }
        TemporaryFiles.installHandlers()
        for name in names {
            var template = Array((dir + "/.\(name).\(ext).sift-XXXXXX").utf8CString)
            // With the signals blocked, a Ctrl-C or kill between making the file and recording it
            // waits until it is recorded, and the handler then removes it.
            let fd = TemporaryFiles.withSignalsBlocked {
                let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
                if fd >= 0 { TemporaryFiles.add(template) }
                return fd
            }
            guard fd >= 0 else {
                let e = errno
                discard()
                throw FileError(path: dir, reason: "cannot create a file there: \(String(cString: strerror(e)))")
            }
            fchmod(fd, 0o644)
            fds.append(fd)
            temps.append(String(cString: template))
            finals.append(dir + "/" + name + "." + ext)
        }
    }

    /// Queues text for source `i`; false once a write has failed.
    func write(_ i: Int, _ text: String) -> Bool {
        guard failure == nil else { return false }
        buffers[i].append(contentsOf: text.utf8)
        if buffers[i].count >= 1 << 16 { return flush(i) }
        return true
    }

    @discardableResult
    func flush(_ i: Int) -> Bool {
        guard failure == nil else { return false }
        var offset = 0
        let bytes = buffers[i]
        buffers[i].removeAll(keepingCapacity: true)
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fds[i], $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                failure = errno == EPIPE ? "" : String(cString: strerror(errno))
                return false
            }
            offset += n
        }
        return true
    }

    /// Flushes everything; for files, syncs and renames them into place. False on failure (the
    /// temporary files are then removed).
    func finish() -> Bool {
        for i in buffers.indices { flush(i) }
        guard !temps.isEmpty else { return failure == nil }
        if failure == nil {
            for fd in fds where fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        }
        for fd in fds { close(fd) }
        fds = []
        guard failure == nil else { discard(); return false }
        for (t, f) in zip(temps, finals) where rename(t, f) != 0 {
            failure = "cannot rename into \(f): \(String(cString: strerror(errno)))"
            discard()
            return false
        }
        TemporaryFiles.removeAll()
        return true
    }

    /// Removes the temporary files (a failed run).
    func discard() {
        for fd in fds where fd != STDOUT_FILENO { close(fd) }
        fds = []
        for t in temps { unlink(t) }
        TemporaryFiles.removeAll()
    }

    var paths: [String] { finals }
}

/// Temporary files to remove if sift is interrupted (Ctrl-C, kill) before they are renamed. The
/// handler reads a fixed table of C strings, never a Swift collection, so it stays
/// async-signal-safe; a slot is filled before the file can be seen as recorded.
enum TemporaryFiles {
    private static let capacity = 256
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let p = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        p.initialize(repeating: nil, count: capacity)
        return p
    }()
    private static let signals = [SIGINT, SIGTERM, SIGHUP]
    nonisolated(unsafe) private static var installed = false

    /// Installs the handlers (once); also unblocks the signals, which a parent may have started
    /// sift with blocked (some process runners do).
    static func installHandlers() {
        guard !installed else { return }
        installed = true
        _ = slots  // made now: a lazy static must not be first touched inside a signal handler
        var set = signalSet()
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        for s in signals {
            signal(s) { sig in
                for i in 0..<TemporaryFiles.capacity {
                    if let p = TemporaryFiles.slots[i] { unlink(p) }
                }
                _exit(128 + sig)
            }
        }
    }

    /// Runs `body` with the handled signals blocked on this thread; a signal that arrives
    /// meanwhile is delivered when they are unblocked.
    static func withSignalsBlocked<T>(_ body: () -> T) -> T {
        var set = signalSet()
        var old = sigset_t()
        pthread_sigmask(SIG_BLOCK, &set, &old)
        defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
        return body()
    }

    /// Records a path (a NUL-terminated C string) to remove on a signal.
    static func add(_ path: [CChar]) {
        guard let copy = strdup(path), let i = (0..<capacity).first(where: { slots[$0] == nil }) else { return }
        slots[i] = copy
    }

    /// Forgets every recorded path (the files were renamed into place or removed).
    static func removeAll() {
        withSignalsBlocked {
            for i in 0..<capacity {
                if let p = slots[i] { slots[i] = nil; free(p) }
            }
        }
    }

    private static func signalSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for s in signals { sigaddset(&set, s) }
        return set
    }
}
