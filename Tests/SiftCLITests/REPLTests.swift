import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real REPL in a pseudo-terminal, driven with tmux: what a user sees and types.
@Suite("The REPL in a terminal", .serialized)
struct REPLTests {
    static var tmux: String? { ["/usr/bin/tmux", "/usr/local/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) } }

    final class Session {
        let name = "sift-test-\(UUID().uuidString.prefix(8))"
        let state: TempDir
        init(state: TempDir) throws {
            self.state = state
            try tmux(["new-session", "-d", "-s", name, "-x", "160", "-y", "50",
                      "env XDG_STATE_HOME=\(state.path) LANG=C.UTF-8 PAGER=cat \(Sift.binary)"])
            _ = wait(for: "sift>")
        }
        deinit { try? tmux(["kill-session", "-t", name]) }

        /// Runs tmux and returns what it printed. posix_spawn and waitpid directly: tmux starts a
        /// server that outlives its client, which Foundation's Process does not always notice.
        @discardableResult
        func tmux(_ args: [String]) throws -> String {
            let out = state.path + "/tmux-\(UUID().uuidString.prefix(6)).out"
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            let argv = ([REPLTests.tmux!] + args).map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            var pid: pid_t = 0
            guard posix_spawn(&pid, REPLTests.tmux!, &actions, nil, argv, environ) == 0 else { return "" }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            defer { unlink(out) }
            return (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        }

        func keys(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

        func screen() -> String { (try? tmux(["capture-pane", "-p", "-t", name])) ?? "" }

        /// Waits (up to 10 s) until the screen shows `text`; returns the screen.
        @discardableResult
        func wait(for text: String) -> String {
            for _ in 0..<100 {
                let s = screen()
                if s.contains(text) { return s }
                usleep(100_000)
            }
            return screen()
        }
    }

    @Test(.enabled(if: tmux != nil, "needs tmux")) func completionHistoryInterruptUTF8AndExit() throws {
        let state = TempDir()
        let s = try Session(state: state)
        #expect(s.screen().contains("4 articles loaded; type .help"))
        // Tab completes a source, a field, a name inside a string, and a stage.
        try s.keys("quo", "Tab")
        try s.keys("| where spea", "Tab")
        try s.keys("== \"Ellen M", "Tab")
        try s.keys("| cou", "Tab")
        #expect(s.wait(for: "sift> quotes | where speaker == \"Ellen Marsh\" | count").contains("count"))
        try s.keys("Enter")
        #expect(s.wait(for: "   12").contains("─────"))
        // UTF-8 in, UTF-8 out.
        try s.keys("sentences | where text ~ \"Tomás\" | count", "Enter")
        #expect(s.wait(for: "\"Tomás\" | count").contains("Tomás"))
        // Ctrl-C drops the line and leaves a prompt.
        try s.keys("this is never run", "C-c")
        let afterInterrupt = s.wait(for: "sift> \n")
        #expect(!afterInterrupt.contains("error"))
        // Up recalls the last statement.
        try s.keys("Up")
        #expect(s.wait(for: "sift> sentences | where text ~ \"Tomás\" | count\n").contains("Tomás"))
        try s.keys("C-u", "C-d")
        usleep(500_000)
        let history = try String(contentsOfFile: state.path + "/sift/history", encoding: .utf8)
        #expect(history.contains("quotes | where speaker == \"Ellen Marsh\" | count"))
        #expect(history.contains("sentences | where text ~ \"Tomás\" | count"))
        #expect(!history.contains("never run"))
    }

    @Test(.enabled(if: tmux != nil, "needs tmux")) func multiLineStatementsContinue() throws {
        let s = try Session(state: TempDir())
        try s.keys("articles |", "Enter")
        #expect(s.wait(for: "...>").contains("...>"))
        try s.keys("count", "Enter")
        #expect(s.wait(for: "    4").contains("count"))
    }
}
