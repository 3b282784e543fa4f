#if canImport(Glibc)
import Glibc
#endif
import SiftKit

/// The REPL's history, kept in `$XDG_STATE_HOME/sift/history` (default ~/.local/state/sift/history)
/// and written after every entry, atomically, so a killed process loses nothing typed before.
/// One entry a line; a statement's line breaks are written as \n and backslashes as \\.
/// One a session, owned by its `Shell` (read when first used: scripts that never list it never
/// read the file).
final class History {
    private(set) var entries: [String] = []
    let path: String?
    static let limit = 5000

    init() {
        path = FilePaths.stateDirectory.map { $0 + "/history" }
        if let path, let text = try? TextFile.read(path) {
            entries = text.split(separator: "\n").map { History.decode(String($0)) }
        }
    }

    /// Adds an entry (not a repeat of the last one) and saves the file.
    func add(_ entry: String) {
        guard !entry.trimmed.isEmpty, entries.last != entry else { return }
        entries.append(entry)
        if entries.count > History.limit { entries.removeFirst(entries.count - History.limit) }
        save()
    }

    private func save() {
        guard let path else { return }
        History.makeDirectories(FilePaths.directory(of: path))
        try? AtomicFile.write(entries.map(History.encode).joined(separator: "\n") + "\n", to: path)
    }

    static func encode(_ s: String) -> String { s.replacingAll("\\", with: "\\\\").replacingAll("\n", with: "\\n") }

    static func decode(_ s: String) -> String {
        var out = ""
        var escaped = false
        for c in s {
            if escaped { out.append(c == "n" ? "\n" : c); escaped = false }
            else if c == "\\" { escaped = true }
            else { out.append(c) }
        }
        return out
    }

    static func makeDirectories(_ path: String) {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            mkdir(current, 0o700)
        }
    }
}
