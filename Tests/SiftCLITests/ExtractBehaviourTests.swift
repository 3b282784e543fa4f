import Foundation
import Testing

/// How `sift extract` behaves as a filter in a pipeline: exit codes, warnings, CSV, files that
/// appear whole or not at all.
@Suite("sift extract as a streaming filter")
struct ExtractBehaviourTests {
    static let data = """
        {"id": "a", "text": "Flood\\n\\nThe mayor, Jane Doe, said: \\"We are ready.\\"", "outlet": "Herald"}
        {"id": "b", "text": ""}
        broken
        {"id": "c", "text": "Rain\\n\\nIt rained, said Bob Smith, a farmer."}

        """

    @Test func badArticlesAreWarningsAndTheRestStreamsInOrder() throws {
        let r = try Sift.run(["extract", "articles,quotes", "-"], stdin: Self.data)
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.map { $0.hasPrefix("{\"source\": \"articles\", \"id\": 1, \"article\": \"a\"") || $0.hasPrefix("{\"source\": \"quotes\"") || $0.hasPrefix("{\"source\": \"articles\", \"id\": 2, \"article\": \"c\"") }.allSatisfy { $0 })
        #expect(lines.first!.contains("\"outlet\": \"Herald\""))
        #expect(r.stderr == """
            sift: warning: stdin:3: not a JSON object: expected a JSON object ('{') at byte 1; skipped
            sift: warning: stdin:2: the text is empty; skipped
            sift: 2 articles extracted, 2 skipped

            """ || r.stderr == """
            sift: warning: stdin:2: the text is empty; skipped
            sift: warning: stdin:3: not a JSON object: expected a JSON object ('{') at byte 1; skipped
            sift: 2 articles extracted, 2 skipped

            """)
    }

    @Test func csvOfOneSourceHasOneHeader() throws {
        let r = try Sift.run(["extract", "quotes", "-f", "csv", "-q", "-"], stdin: Self.data)
        #expect(r.stdout.hasPrefix("article,speaker,text,cue,kind,start,end,paragraph,id,speaker_text,rule,speaker_role,gender\r\na,Jane Doe,We are ready.,said,direct,"))
        let two = try Sift.run(["extract", "quotes,mentions", "-f", "csv", "-"], stdin: Self.data)
        #expect(two.status == 2)
        #expect(two.stderr.contains("--out-dir"))
    }

    @Test func usageErrorsAndUnreadableInputsExitWithTwo() throws {
        let unknown = try Sift.run(["extract", "quotez", "x.txt"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean quotes?"))
        let entities = try Sift.run(["extract", "entities", "x.txt"])
        #expect(entities.status == 2)
        #expect(entities.stderr.contains("sift merge"))
        let noInput = try Sift.run(["extract", "quotes"])
        #expect(noInput.status == 2)
        let dir = TempDir()
        let good = dir.write("good.txt", "Title\n\nThe mayor said \"yes\" on Monday.")
        let missing = try Sift.run(["extract", "dates", dir.path + "/missing.jsonl", good])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("missing.jsonl: no such file or directory"))
        #expect(missing.stdout.contains("\"article\": \"good.txt\""))
        let help = try Sift.run(["extract", "--help"])
        #expect(help.status == 0 && help.stdout.contains("sift merge"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full, a device that is always full"))
    func outputThatCannotBeWrittenIsExitOne() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Sift.binary)
        p.arguments = ["extract", "mentions", Sift.repo.appendingPathComponent("Sources/SiftKit/Samples").path]
        p.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 1)
    }

    @Test func outDirFilesAppearWholeOrNotAtAll() throws {
        let dir = TempDir()
        let out = dir.url.appendingPathComponent("rows").path
        let r = try Sift.run(["extract", "quotes,sources", "--out-dir", out, "-"], stdin: Self.data)
        #expect(r.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["quotes.jsonl", "sources.jsonl"])
        // A run killed half-way leaves the old files and no temporary ones.
        let before = try String(contentsOfFile: out + "/quotes.jsonl", encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Sift.binary)
        p.arguments = ["extract", "quotes,sources", "--out-dir", out, "-"]
        let input = Pipe()
        p.standardInput = input
        p.standardError = FileHandle.nullDevice
        try p.run()
        input.fileHandleForWriting.write(Data(Self.data.utf8))  // standard input stays open: the run waits
        var temporary: [String] = []
        // Both temporary files made (on a loaded machine the second comes a moment after the first).
        for _ in 0..<250 where temporary.count < 2 {
            usleep(20_000)
            temporary = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasPrefix(".") }
        }
        #expect(temporary.count == 2)
        p.terminate()
        p.waitUntilExit()
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["quotes.jsonl", "sources.jsonl"])
        #expect(try String(contentsOfFile: out + "/quotes.jsonl", encoding: .utf8) == before)
        // A folder that cannot be made is bad usage, and nothing is written.
        let file = dir.write("a-file", "x")
        let bad = try Sift.run(["extract", "quotes", "--out-dir", file + "/sub", "-"], stdin: Self.data)
        #expect(bad.status == 2)
    }
}
