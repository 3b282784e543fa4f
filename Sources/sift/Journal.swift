#if canImport(Glibc)
import Glibc
#endif
import SiftKit

/// The REPL's autosave journal: after every entry the session so far is written, atomically, as
/// a notebook to `$XDG_STATE_HOME/sift/journal-PID.sift.md`. A session that ends normally removes
/// its journal; one that was killed leaves it, and the next REPL offers to recover it. Scripts,
/// `sift run` and `sift check` never write or read journals, and never prompt.
final class Journal {
    let path: String?
    private var failed = false

    init() {
        path = FilePaths.stateDirectory.map { "\($0)/journal-\(getpid()).sift.md" }
    }

    /// Writes the session so far; a failure is reported once, and the session goes on.
    func write(_ shell: Shell) {
        guard let path else { return }
        History.makeDirectories(FilePaths.directory(of: path))
        let nb = shell.notebookForSaving(in: FilePaths.directory(of: path))
        do {
            try AtomicFile.write(NotebookFormat.write(nb), to: path)
            failed = false
        } catch {
            if !failed { Terminal.writeError("sift: warning: could not write the session journal \(TerminalText.sanitize(path)): \(error.reason)\n") }
            failed = true
        }
    }

    /// Removes the journal (the session ended normally).
    func remove() {
        if let path { unlink(path) }
    }

    /// Journals left by sessions that are no longer running, newest first.
    static func orphans() -> [String] {
        guard let dir = FilePaths.stateDirectory, let entries = FileSystem.entries(dir) else { return [] }
        var found: [(String, Int)] = []
        for name in entries.map(\.name) {
            guard name.hasPrefix("journal-"), name.hasSuffix(".sift.md"),
                  let pid = Int32(name.dropFirst("journal-".count).dropLast(".sift.md".count)) else { continue }
            // A journal whose process still runs belongs to another open REPL.
            if pid == getpid() || isRunningSift(pid) { continue }
            let path = dir + "/" + name
            var st = stat()
            let time = stat(path, &st) == 0 ? Int(st.st_mtim.tv_sec) : 0
            found.append((path, time))
        }
        return found.sorted { $0.1 > $1.1 }.map(\.0)
    }
}

/// Whether process `pid` exists, is not a zombie, and is a sift (not a stranger that reuses the pid).
private func isRunningSift(_ pid: Int32) -> Bool {
    guard kill(pid, 0) == 0 || errno == EPERM else { return false }
    guard let stat = try? TextFile.read("/proc/\(pid)/stat") else { return true }  // no /proc: trust kill
    // "PID (COMM) STATE …": the command may hold spaces and parentheses; the state follows the last ')'.
    guard let close = stat.lastIndex(of: ")"), let open = stat.firstIndex(of: "(") else { return true }
    let command = stat[stat.index(after: open)..<close]
    let state = stat[stat.index(after: close)...].trimmingPrefix(" ").first
    return state != "Z" && command.hasPrefix("sift")
}

extension FilePaths {
    /// sift's state folder: `$XDG_STATE_HOME/sift`, else `~/.local/state/sift`; nil with neither.
    static var stateDirectory: String? {
        let env = { (name: String) -> String? in getenv(name).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } }
        if let state = env("XDG_STATE_HOME") { return state + "/sift" }
        if let home = env("HOME") { return home + "/.local/state/sift" }
        return nil
    }
}
