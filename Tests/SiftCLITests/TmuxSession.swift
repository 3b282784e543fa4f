import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A command in a real pseudo-terminal, driven with tmux: what a user sees and types. The REPL
/// tests run sift in one; the completion tests run zsh.
final class TmuxSession {
    static var program: String? { ["/usr/bin/tmux", "/usr/local/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) } }

    let name = "sift-test-\(UUID().uuidString.prefix(8))"
    let state: TempDir

    /// Starts `command` (a shell command line) in a new detached session of the given size and
    /// waits until the screen shows `prompt`. `state` holds tmux's scratch files.
    init(state: TempDir, command: String, columns: Int, rows: Int, waitFor prompt: String) throws {
        self.state = state
        try tmux(["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", command])
        _ = wait(for: prompt)
    }
    deinit { try? tmux(["kill-session", "-t", name]) }

    /// Runs tmux and returns what it printed. posix_spawn and waitpid directly: tmux starts a
    /// server that outlives its client, which Foundation's Process does not always notice.
    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        guard let program = Self.program else { return "" }
        let out = state.path + "/tmux-\(UUID().uuidString.prefix(6)).out"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let argv = ([program] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, program, &actions, nil, argv, environ) == 0 else { return "" }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        defer { unlink(out) }
        return (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
    }

    func keys(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    func screen() -> String { (try? tmux(["capture-pane", "-p", "-t", name])) ?? "" }

    /// Waits (up to 20 s) until the screen shows `text`; returns the screen.
    @discardableResult
    func wait(for text: String) -> String {
        wait(until: { $0.contains(text) })
    }

    /// Waits (up to 20 s) until `done` holds for the screen; returns the screen.
    @discardableResult
    func wait(until done: (String) -> Bool) -> String {
        for _ in 0..<200 {
            let s = screen()
            if done(s) { return s }
            usleep(100_000)
        }
        return screen()
    }
}
