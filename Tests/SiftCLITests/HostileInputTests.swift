import Foundation
import Testing

/// Hostile and broken input, one test per case: no crash, the documented exit status (0 fine,
/// 1 a query failed, 2 an input could not be loaded), a one-line reason on standard error for
/// each input skipped, and the good input beside it still processed.
@Suite("Hostile input")
struct HostileInputTests {
    static let good = "Good news\n\n\"We are ready,\" said Mayor Ana Ruiz.\n"

    /// Exited normally (not killed by a signal) with `status`.
    func expectExit(_ r: Sift.Result, _ status: Int32, _ comment: Comment? = nil) {
        #expect(r.status == status, "\(comment?.rawValue ?? "") stderr: \(r.stderr.prefix(500))")
    }

    @Test func invalidUTF8IsReadAsWindows1252WithAWarning() throws {
        let dir = TempDir()
        let bad = dir.write("cp1252.txt", Data([0x48, 0x69, 0x0A, 0x0A, 0x93, 0x51, 0x75, 0x6F, 0x74, 0x65, 0x94, 0x20, 0x97, 0x20, 0x6F, 0x6B, 0xFF, 0x0A]))
        let good = dir.write("good.txt", Self.good)
        let r = try Sift.run(["-e", "paragraphs | select article, text", bad, good])
        expectExit(r, 0)
        #expect(r.stdout.contains("“Quote” — okÿ"))
        #expect(r.stdout.contains("We are ready"))
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("cp1252.txt: not valid UTF-8; decoded as Windows-1252"))
    }

    @Test func nulBytesSkipTheFileWithAReason() throws {
        let dir = TempDir()
        let nul = dir.write("nul.txt", Data("Head\n\nBody \u{0} with NUL.\n".utf8))
        let good = dir.write("good.txt", Self.good)
        let r = try Sift.run(["-e", "articles | select article", nul, good])
        expectExit(r, 2)
        #expect(r.stdout.contains("good.txt"))
        #expect(r.stderr == "sift: \(nul): binary file (contains NUL bytes), skipped\n")
    }

    @Test func aHundredMegabyteSingleLineIsRefusedAndAMegabyteOneIsRead() throws {
        let dir = TempDir()
        let line = Data(("Big\n\n" + String(repeating: "word \"quoted\" said Smith. ", count: 4_000_000)).utf8)
        let big = dir.write("big.txt", line)  // 100 MB on one line
        let good = dir.write("good.txt", Self.good)
        let r = try Sift.run(["-e", "articles | select article", big, good])
        expectExit(r, 2)
        #expect(r.stdout.contains("good.txt"))
        #expect(r.stderr.contains("big.txt: file is 99 MiB, over the 16 MiB limit (raise it with --max-file-size)"))
        // Under the limit, one long line loads and extracts (a smaller one keeps the test quick).
        let medium = dir.write("medium.txt", Data(("Medium\n\n" + String(repeating: "word \"quoted\" said Smith. ", count: 40_000)).utf8))
        let m = try Sift.run(["-e", "articles | select words", "-e", "quotes | count", medium])
        expectExit(m, 0)
        #expect(m.stdout.contains("160000"))
        #expect(m.stdout.contains("40000"))
    }

    @Test func aHundredThousandQuoteMarks() throws {
        let dir = TempDir()
        let marks = dir.write("marks.txt", "Quotes\n\n" + String(repeating: "\"", count: 100_000) + "\n\n" + String(repeating: "“ ”", count: 30_000) + "\n")
        let good = dir.write("good.txt", Self.good)
        let r = try Sift.run(["-e", "quotes | select article, speaker", marks, good])
        expectExit(r, 0)
        #expect(r.stdout.contains("Ana Ruiz"))
    }

    @Test func deeplyNestedParenthesesAreAnError() throws {
        // Too long for a command-line argument: as a script on standard input.
        let q = "articles | where " + String(repeating: "(", count: 100_000) + "words > 1" + String(repeating: ")", count: 100_000)
        let r = try Sift.run([], stdin: q + "\n")
        expectExit(r, 1)
        #expect(r.stderr.contains("nested too deeply"))
        let regex = try Sift.run(["-e", "articles | where title matches /" + String(repeating: "(", count: 10_000) + "a/"])
        expectExit(regex, 1)
        #expect(regex.stderr.contains("nested too deeply"))
    }

    @Test func aMegabyteQueryLine() throws {
        // A megabyte of conditions: refused before it can overflow the stack.
        let chain = "articles | where " + (0..<60_000).map { "title ~ \"x\($0)\"" }.joined(separator: " or ") + " | count"
        let r = try Sift.run(["-k"], stdin: chain + "\narticles | count\n")
        expectExit(r, 1)
        #expect(r.stderr.contains("expression too long"))
        #expect(r.stderr.split(separator: "\n").allSatisfy { $0.count < 300 }, "the error shows a window, not the megabyte")
        #expect(r.stdout.contains("4"), "the statement after it still ran")
        // A megabyte inside one string is just a long string.
        let literal = try Sift.run([], stdin: "articles | where title ~ \"" + String(repeating: "a", count: 1_000_000) + "\" | count\n")
        expectExit(literal, 0)
        #expect(literal.stdout.contains("0"))
    }

    @Test func aBindingThatRefersToItself() throws {
        let r = try Sift.run(["-k", "-e", "let z = z | count", "-e", "let z = articles", "-e", "let z = z | count", "-e", "z"])
        expectExit(r, 1)
        #expect(r.stderr.contains("unknown source 'z'"))
        #expect(r.stdout.contains("count"))
        #expect(r.stdout.contains("    4"))
    }

    @Test func catastrophicRegexesAreLinearAndTimeLimited() throws {
        // Exponential for a backtracking matcher, instant here.
        let start = Date()
        let fast = try Sift.run(["-e", #"paragraphs | where text matches /^(\w+\s?)+$/ | count"#, "-e", #"kwic /(a|aa)+b/"#])
        expectExit(fast, 0)
        #expect(Date().timeIntervalSince(start) < 30)
        // Slow by size: the time limit stops it with a clear error and exit status 1.
        let t0 = Date()
        let slow = try Sift.run(["--timeout", "0.3", "-e", #"paragraphs | where text matches /(.?){1000}#/ | count"#])
        expectExit(slow, 1)
        #expect(slow.stderr.contains("the query ran out of time"))
        #expect(Date().timeIntervalSince(t0) < 20)
    }

    @Test func aNotebookWhoseArticlesAreMissing() throws {
        let dir = TempDir()
        dir.write("good.txt", Self.good)
        let nb = dir.write("nb.sift.md", """
            ---
            sift: 0.1.0
            articles: [missing.txt, good.txt, ../elsewhere/gone.txt]
            ---

            ```sift
            articles | count
            ```

            ```output
            count
            ─────
                1
            ```
            """)
        let r = try Sift.run(["check", nb])
        expectExit(r, 2)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.filter { $0.contains("no such file or directory") }.count == 2)
        #expect(!r.stderr.contains("differ"), "the cell still ran on the article that loaded")
    }

    @Test func showNeverWritesAControlSequence() throws {
        let dir = TempDir()
        let evil = dir.write("evil.txt", "Evil \u{1B}[31mRed\u{1B}[0m headline\u{07}\n\nThe mayor said \"click \u{1B}]8;;http://evil.example\u{1B}\\here\u{1B}]8;;\u{1B}\\ now\" and \u{202E}esrever\u{202C} and \u{2067}isolate\u{2069}.\rOver\u{9B}31m C1 \u{7F}.\n")
        for args in [["-e", "show 1"], ["--color", "-e", "show 1"], ["-e", "paragraphs"], ["--color", "-e", "quotes"],
                     ["-e", "show 9"], ["-e", "articles | where title == \"\u{1B}[2J\""]] {
            let r = try Sift.run(args + [evil])
            let out = Array((r.stdout + r.stderr).utf8)
            // Our own colours are SGR sequences (ESC [ … m); nothing else may carry an ESC.
            let text = String(decoding: out, as: UTF8.self)
            let withoutSGR = text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            #expect(!withoutSGR.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) },
                    "raw control character in \(args)")
            #expect(!text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) },
                    "raw bidi control in \(args)")
            #expect(!text.contains("\u{1B}]"), "an OSC sequence in \(args)")
        }
        let shown = try Sift.run(["-e", "show 1", evil])
        #expect(shown.stdout.contains(#"Evil \x1b[31mRed\x1b[0m headline\x07"#))
        #expect(shown.stdout.contains("<U+202E>esrever<U+202C>"))
    }

    @Test func fileNamesAreSanitisedToo() throws {
        let dir = TempDir()
        let path = dir.write("bad\u{1B}[31mname.txt", Data([0x00, 0x01]))
        let r = try Sift.run(["-e", "articles", path])
        expectExit(r, 2)
        #expect(!r.stderr.contains("\u{1B}"))
        #expect(r.stderr.contains(#"bad\x1b[31mname.txt"#))
    }
}
