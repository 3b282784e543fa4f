import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real REPL in a pseudo-terminal, driven with tmux: what a user sees and types.
@Suite("The REPL in a terminal", .serialized)
struct REPLTests {
    static var tmux: String? { TmuxSession.program }
    typealias Session = TmuxSession

    @Test(.enabled(if: tmux != nil, "needs tmux")) func completionHistoryInterruptUTF8AndExit() throws {
        let state = TempDir()
        let s = try Session(state: state)
        #expect(s.screen().contains("4 articles loaded; type .help"))
        // Tab completes a source, a field, a name inside a string, and a stage.
        try s.keys("quo", "Tab")
        // "spea" completes to the common prefix of speaker and speaker_text, with no space after it.
        try s.keys("| where spea", "Tab")
        try s.keys(" == \"Ellen M", "Tab")
        try s.keys("| cou", "Tab")
        #expect(s.wait(for: "sift> quotes | where speaker == \"Ellen Marsh\" | count").contains("count"))
        try s.keys("Enter")
        #expect(s.wait(for: "   12").contains("─────"))
        // UTF-8 in, UTF-8 out.
        try s.keys("sentences | where text ~ \"Tomás\" | count", "Enter")
        // Wait for the result and the next prompt, not just the echo: a Ctrl-C
        // sent while the query still runs would cancel it (a later test).
        let answered = s.wait(until: { $0.components(separatedBy: "sift>").count >= 4 })
        #expect(answered.contains("Tomás"))
        // Ctrl-C drops the line and leaves a prompt.
        try s.keys("this is never run")
        _ = s.wait(for: "sift> this is never run")
        try s.keys("C-c")
        let afterInterrupt = s.wait(until: { screen in
            let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            return lines.last { !$0.isEmpty } == "sift>"
        })
        #expect(afterInterrupt.contains("this is never run"))
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
        // A line starting with | continues the last statement, as in a script.
        try s.keys("quotes | where kind == \"partial\"", "Enter")
        _ = s.wait(until: { $0.components(separatedBy: "sift>").count >= 4 })
        try s.keys("| group by kind", "Enter")
        #expect(s.wait(for: "partial        ").contains("count"))
    }

    @Test(.enabled(if: tmux != nil, "needs tmux")) func quitWithUnsavedCellsSaysSoOnce() throws {
        let s = try Session(state: TempDir())
        try s.keys("articles | count", "Enter")
        _ = s.wait(for: "    4")
        try s.keys(".quit", "Enter")
        #expect(s.wait(for: "unsaved cell").contains("1 unsaved cell: .save FILE keeps it; .quit again leaves without saving"))
        try s.keys(".quit", "Enter")
        var gone = false
        for _ in 0..<100 {
            usleep(100_000)
            if !(try s.tmux(["list-sessions", "-F", "#{session_name}"])).contains(s.name) { gone = true; break }
        }
        #expect(gone, "the second .quit leaves")
    }

    /// The pid of the sift running in the session's pane.
    static func siftPID(_ s: Session) throws -> pid_t? {
        let out = try s.tmux(["list-panes", "-t", s.name, "-F", "#{pane_pid}"])
        guard let shellPID = Int32(out.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        // The pane runs `env … sift`, which execs sift: the pane's process is sift itself.
        return shellPID
    }

    @Test(.enabled(if: tmux != nil, "needs tmux")) func killedSessionIsRecoveredWithItsHistory() throws {
        let state = TempDir()
        do {
            let s = try Session(state: state)
            try s.keys("let marsh = quotes | where speaker ~ \"Marsh\"", "Enter")
            #expect(s.wait(for: "marsh:").contains("rows"))
            try s.keys("# a note before the crash", "Enter")
            try s.keys("marsh | count", "Enter")
            _ = s.wait(until: { $0.components(separatedBy: "sift>").count >= 5 })
            try s.keys("half a line being typ")
            usleep(300_000)
            let pid = try #require(try Self.siftPID(s))
            #expect(kill(pid, SIGKILL) == 0)
            usleep(300_000)
        }
        // What was entered before the kill is in the history and in the journal.
        let history = try String(contentsOfFile: state.path + "/sift/history", encoding: .utf8)
        #expect(history.contains("let marsh = quotes | where speaker ~ \"Marsh\""))
        #expect(history.contains("marsh | count"))
        #expect(!history.contains("half a line"))
        let journals = try FileManager.default.contentsOfDirectory(atPath: state.path + "/sift").filter { $0.hasPrefix("journal-") }
        #expect(journals.count == 1)
        let journal = try String(contentsOfFile: state.path + "/sift/" + journals[0], encoding: .utf8)
        #expect(journal.contains("let marsh = quotes"))
        #expect(journal.contains("a note before the crash"))
        #expect(journal.contains("marsh | count"))

        // The next session offers it; yes brings the binding back.
        let s2 = try Session(state: state, waitFor: "[y/N]")
        #expect(s2.screen().contains("recover unsaved session from"))
        try s2.keys("y", "Enter")
        let recovered = s2.wait(for: "recovered 3 cells")
        // The recovered cells replay as they were typed: note, prompt with the statement, output.
        #expect(recovered.contains("sift> let marsh = quotes | where speaker ~ \"Marsh\""))
        #expect(recovered.contains("a note before the crash\nsift> marsh | count\ncount\n"))
        // A statement the replay did not show, so the wait below cannot be met by the replay's
        // own prompt: Ctrl-D typed while a query still runs meets a cooked terminal and is lost.
        try s2.keys("marsh | take 1 | count", "Enter")
        // The answer (a table) and the next prompt, not just the echo.
        let screen = s2.wait(until: { $0.contains("sift> marsh | take 1 | count\n") && $0.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("sift>") })
        #expect(screen.contains("─────\n    1\nsift>"))
        #expect(!screen.contains("unknown source"))
        try s2.keys("C-d")
        // A session that ends normally leaves no journal, and the recovered one is gone.
        var left: [String] = []
        for _ in 0..<200 {
            usleep(100_000)
            left = try FileManager.default.contentsOfDirectory(atPath: state.path + "/sift").filter { $0.hasPrefix("journal-") }
            if left.isEmpty { break }
        }
        #expect(left.isEmpty)
    }

    @Test(.enabled(if: tmux != nil, "needs tmux")) func declinedRecoveryDiscardsTheJournal() throws {
        let state = TempDir()
        try FileManager.default.createDirectory(atPath: state.path + "/sift", withIntermediateDirectories: true)
        // A journal from a process that cannot exist.
        try "---\nsift: 0.1.0\narticles: [samples]\n---\n\n```sift\narticles | count\n```\n".write(
            toFile: state.path + "/sift/journal-999999999.sift.md", atomically: true, encoding: .utf8)
        let s = try Session(state: state, waitFor: "[y/N]")
        try s.keys("Enter")
        #expect(s.wait(for: "discarded").contains("discarded"))
        #expect(!FileManager.default.fileExists(atPath: state.path + "/sift/journal-999999999.sift.md"))
    }

    @Test func scriptsNeverPromptForRecovery() throws {
        let state = TempDir()
        try FileManager.default.createDirectory(atPath: state.path + "/sift", withIntermediateDirectories: true)
        try "---\nsift: 0.1.0\narticles: [samples]\n---\n".write(
            toFile: state.path + "/sift/journal-999999999.sift.md", atomically: true, encoding: .utf8)
        let r = try Sift.run([], stdin: "articles | count\n", environment: ["XDG_STATE_HOME": state.path])
        #expect(r.status == 0)
        #expect(!r.stdout.contains("recover") && !r.stderr.contains("recover"))
        #expect(FileManager.default.fileExists(atPath: state.path + "/sift/journal-999999999.sift.md"))
    }

    @Test(.enabled(if: tmux != nil, "needs tmux")) func ctrlCStopsALongQueryAndTheTimeLimitToo() throws {
        let s = try Session(state: TempDir())
        try s.keys(".timeout off", "Enter")
        try s.keys("paragraphs | where text matches /(.?){1000}#/ | count", "Enter")
        usleep(700_000)
        try s.keys("C-c")
        let screen = s.wait(for: "error: cancelled")
        #expect(screen.contains("the query was interrupted (Ctrl-C)"))
        try s.keys("articles | count", "Enter")
        #expect(s.wait(for: "    4").contains("count"), "the session goes on after a cancelled query")
        try s.keys(".timeout 0.3", "Enter")
        try s.keys("paragraphs | where text matches /(.?){1000}#/ | count", "Enter")
        #expect(s.wait(for: "ran out of time").contains(".timeout SECONDS"))
    }

    /// The screen after `statement` ran: everything below its prompt line, up to the next prompt.
    static func answer(_ s: Session, _ statement: String) throws -> [String] {
        // Wait for the cleared screen before typing: a screen still showing the last answer has
        // prompts enough to pass for this one.
        try s.keys("C-l")
        s.wait(until: { $0.trimmingCharacters(in: .whitespacesAndNewlines) == "sift>" })
        try s.keys(statement, "Enter")
        let echoed = "sift> " + statement.prefix(40)
        let screen = s.wait(until: { screen in
            let prompts = screen.split(separator: "\n").filter { $0.hasPrefix("sift>") }
            return prompts.count >= 2 && prompts[0].hasPrefix(echoed)
        })
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.firstIndex(where: { $0.hasPrefix("sift> ") }) else { return [] }
        let last = lines[(first + 1)...].firstIndex(where: { $0.hasPrefix("sift>") }) ?? lines.endIndex
        return Array(lines[(first + 1)..<last])
    }

    @Test(.enabled(if: tmux != nil, "needs tmux")) func at80ColumnsLongTextWrapsInsideItsColumn() throws {
        let s = try Session(state: TempDir(), columns: 80, rows: 120)
        let quotes = try Self.answer(s, "quotes | take 3")
        for line in quotes { #expect(line.count <= 80) }
        let text = quotes.joined(separator: "\n")
        // The whole quote is there, wrapped under its column; the columns that cannot fit are named.
        #expect(text.contains("waist-deep"))
        #expect(!text.contains("…"))
        #expect(text.contains("more columns not shown"))
        let column = try #require(quotes.first?.range(of: "text")).lowerBound.utf16Offset(in: quotes[0])
        #expect(quotes.contains { $0.count > column && $0.prefix(column).allSatisfy { $0 == " " } }, "continuation lines stay in the text column")
        // .wrap off cuts, as before; the setting says its state.
        _ = try Self.answer(s, ".wrap off")
        #expect(try Self.answer(s, ".wrap").contains("wrap: off"))
        #expect(try Self.answer(s, "quotes | take 3").joined().contains("…"))
        // why never cuts its evidence, even with .wrap off.
        let why = try Self.answer(s, "why quote 4").joined(separator: " ")
        #expect(why.contains("kitchen counter]]."))
        // show word-wraps under a hanging indent and marks reported speech.
        let show = try Self.answer(s, "show 1")
        for line in show { #expect(line.count <= 80, "\(line)") }
        #expect(show.contains { $0.hasPrefix("     ") && !$0.hasPrefix("      ") })
        #expect(show.joined().contains("reported speech"))
        // chart bar draws Unicode bars that fit the terminal, the longest for the most quotes.
        let chart = try Self.answer(s, "quotes | group by speaker | count | sort count desc | take 10 | chart bar").filter { !$0.isEmpty }
        #expect(chart.first == "count by speaker")
        let bars = chart.filter { $0.contains("█") }
        #expect(bars.count == 10)
        for line in bars { #expect(line.count <= 80, "\(line)") }
        #expect(bars[0].hasPrefix("Ellen Marsh") && bars[0].hasSuffix(" 12"))
        #expect(bars[0].filter { $0 == "█" }.count >= bars[9].filter { $0 == "█" }.count)
        // chart line draws a line of braille dots, not bars: a y axis from 0 to the most, the
        // paragraphs in order underneath, nothing wider than the terminal.
        let line = try Self.answer(s, "quotes in 1 | group by paragraph | count | chart line").filter { !$0.isEmpty }
        #expect(line.first == "count by paragraph")
        #expect(!line.joined().contains("█"), "\(line.joined(separator: "\n"))")
        #expect(line.contains { $0.hasPrefix("3 ┤") } && line.contains { $0.hasPrefix("0 ┤") }, "\(line.joined(separator: "\n"))")
        #expect(line.joined().unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
        #expect(line.last?.hasPrefix("   4 ") == true && line.last?.hasSuffix(" 18") == true, "\(line.last ?? "")")
        for row in line { #expect(row.count <= 80, "\(row)") }
    }

    @Test(.enabled(if: tmux != nil, "needs tmux")) func completionKnowsThePipelineAndClosedValues() throws {
        let s = try Session(state: TempDir())
        // After group by … | count, the fields are the group's: "c" is count, not cue or category.
        try s.keys("quotes | group by speaker | count | sort c", "Tab")
        #expect(s.wait(for: "sort count").contains("sift> quotes | group by speaker | count | sort count\n"))
        try s.keys("C-u")
        // An alias made by select is a field after it.
        try s.keys("quotes | select speaker as who | where w", "Tab")
        #expect(s.wait(for: "where who").contains("select speaker as who | where who\n"))
        try s.keys("C-u")
        // Inside kind == " the closed set of kinds, closing the string.
        try s.keys("quotes | where kind == \"pa", "Tab")
        #expect(s.wait(for: "\"partial\"").contains("where kind == \"partial\""))
        try s.keys("C-u")
        try s.keys("entities | where type == \"or", "Tab")
        #expect(s.wait(for: "\"organization\"").contains("type == \"organization\""))
        try s.keys("C-u")
        // More than 100 candidates ask first, as bash does.
        let dir = TempDir()
        for i in 0..<150 { dir.write("\(i).txt", "x") }
        try s.keys(".load \(dir.path)/", "Tab")
        #expect(s.wait(for: "possibilities").contains("Display all 150 possibilities? (y or n)"))
        try s.keys("n")
        usleep(300_000)
        #expect(!s.screen().contains("149.txt"))
    }

    @Test(.enabled(if: tmux != nil, "needs tmux")) func tabCompletesWithViKeys() throws {
        let home = TempDir()
        home.write(".editrc", "bind -v\n")
        let s = try Session(state: TempDir(), environment: "HOME=\(home.path) EDITRC=\(home.path)/.editrc")
        try s.keys("quo", "Tab")
        #expect(s.wait(for: "sift> quotes").contains("sift> quotes\n"))
        // And vi keys work: Escape, then 0 goes to the line's start, i inserts there.
        try s.keys("| count", "Escape", "0", "i", "# ", "Escape")
        #expect(s.wait(for: "sift> # quotes | count").contains("# quotes"))
    }
}

extension TmuxSession {
    /// sift's REPL on the bundled samples (or `arguments`), with its own state folder, once it shows `prompt`.
    convenience init(state: TempDir, waitFor prompt: String = "sift>", columns: Int = 160, rows: Int = 50, arguments: String = "",
                     environment: String = "") throws {
        try self.init(state: state, command: "exec env XDG_STATE_HOME=\(state.path) LANG=C.UTF-8 PAGER=cat \(environment) \(Sift.binary) \(arguments)",
                      columns: columns, rows: rows, waitFor: prompt)
    }
}
