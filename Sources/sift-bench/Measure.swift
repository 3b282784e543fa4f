#if canImport(Glibc)
import Glibc
#endif
import SiftKit

/// Runs `body` and returns how long it took, in seconds.
func time(_ body: () throws -> Void) rethrows -> Double {
    let start = MonotonicClock.seconds
    try body()
    return MonotonicClock.seconds - start
}

func median(_ xs: [Double]) -> Double {
    guard !xs.isEmpty else { return 0 }
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// Peak resident set size of this process, in bytes (VmHWM from /proc).
func peakRSS() -> Int { status("VmHWM:") }

/// Resident set size of this process now, in bytes (VmRSS from /proc).
func residentSize() -> Int { status("VmRSS:") }

/// Starts the peak resident set size again from the current size (Linux: clear_refs 5).
func resetPeakRSS() {
    guard let f = fopen("/proc/self/clear_refs", "w") else { return }
    fputs("5", f)
    fclose(f)
}

/// A size in kB from /proc/self/status, in bytes.
private func status(_ field: String) -> Int {
    guard let f = fopen("/proc/self/status", "r") else { return 0 }
    defer { fclose(f) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, 256, f) != nil {
        let s = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if s.hasPrefix(field) {
            let digits = s.filter { $0.isNumber }
            return (Int(digits) ?? 0) * 1024
        }
    }
    return 0
}

/// The high-water mark of another process's resident memory, in bytes (VmHWM of
/// /proc/PID/status; 0 once it has exited). Read while it runs: a child's rusage would also count
/// the memory of the parent it was spawned from.
func peakRSS(of pid: pid_t) -> Int {
    guard let f = fopen("/proc/\(pid)/status", "r") else { return 0 }
    defer { fclose(f) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, 256, f) != nil {
        let s = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if s.hasPrefix("VmHWM:") { return (Int(s.filter { $0.isNumber }) ?? 0) * 1024 }
    }
    return 0
}

/// Words as `wc -w` counts them: runs of non-whitespace bytes.
func wordCount(_ bytes: [UInt8]) -> Int {
    var n = 0
    var inWord = false
    for b in bytes {
        let space = b == 0x20 || (b >= 0x09 && b <= 0x0D)
        if !space && !inWord { n += 1 }
        inWord = !space
    }
    return n
}

/// The folder this executable is in (to find `sift` beside it).
func executableFolder() -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard n > 0 else { return nil }
    let path = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    guard let slash = path.lastIndex(of: "/") else { return nil }
    return String(path[..<slash])
}

/// Runs a program with its output sent to /dev/null, waiting for it. Returns its exit status.
func run(_ program: String, _ arguments: [String]) -> Int32 {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, program, &actions, nil, argv, environ) == 0 else { return -1 }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return status
}

/// Writes a line to standard error.
func warn(_ message: String) {
    let bytes = Array((message.hasSuffix("\n") ? message : message + "\n").utf8)
    bytes.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
}
