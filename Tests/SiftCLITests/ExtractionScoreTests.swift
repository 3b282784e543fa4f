import Foundation
import Testing

/// The extraction scored against gold with the project's evaluator (../shared/tools/evaluate.py),
/// run on the real binary: the seeds, the bundled samples, PolNeAR dev and the hand-made BBC dev set.
@Suite("Extraction against gold", .serialized)
struct ExtractionScoreTests {
    static var pythonAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") }

    func score(gold: String, articles: String) throws -> [String: Any] {
        let evaluator = Sift.shared.appendingPathComponent("tools/evaluate.py").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = [evaluator, gold, articles, "--sift", Sift.binary, "--json"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let last = String(decoding: data, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? "{}"
        return try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any] ?? [:]
    }

    @Test(.needsShared, .enabled(if: pythonAvailable, "needs python3")) func seedsMeetTheBar() throws {
        let s = try score(gold: Sift.shared.appendingPathComponent("gold/seeds.json").path,
                          articles: Sift.shared.appendingPathComponent("seeds").path)
        #expect((s["attributed_f1"] as? Double ?? 0) >= 0.97)
        #expect((s["indirect_recall"] as? Double ?? 0) >= 0.80)
        #expect((s["entity_recall"] as? Double ?? 0) >= 0.95)
        // "The Ingraham Angle" is a show's title, not a quote.
        let r = try Sift.run(["--format", "csv", "-e", "quotes | where text ~ \"Ingraham\" | count", Sift.shared.appendingPathComponent("seeds").path])
        #expect(r.stdout == "count\r\n0\r\n")
    }

    @Test(.enabled(if: pythonAvailable && FileManager.default.fileExists(atPath: Sift.shared.appendingPathComponent("tools/evaluate.py").path), "needs python3 and ../shared/tools"))
    func bundledSamplesMeetTheirGold() throws {
        let s = try score(gold: Sift.repo.appendingPathComponent("Tests/Fixtures/samples-gold.json").path,
                          articles: Sift.repo.appendingPathComponent("Sources/SiftKit/Samples").path)
        #expect((s["attributed_f1"] as? Double ?? 0) >= 0.95)
        #expect((s["f1"] as? Double ?? 0) >= 0.97)
    }

    @Test(.needsShared, .enabled(if: pythonAvailable, "needs python3")) func polnearDevMeetsTheBar() throws {
        // The gold as regenerated on 2026-12-01: NYT-archive ''…'' quotes are quotes.
        let s = try score(gold: Sift.shared.appendingPathComponent("gold/polnear-dev.json").path,
                          articles: Sift.shared.appendingPathComponent("corpus/polnear/dev").path)
        #expect((s["attributed_f1"] as? Double ?? 0) >= 0.85)
        #expect((s["f1"] as? Double ?? 0) >= 0.93)
    }

    /// The British dev set: 45 BBC articles annotated by hand (Tests/Fixtures/bbc-dev-gold.json,
    /// conventions in BBC-DEV-CONVENTIONS.md), scored on the corpus in ../shared.
    @Test(.needsShared, .enabled(if: pythonAvailable, "needs python3")) func bbcDevMeetsTheBar() throws {
        let s = try score(gold: Sift.repo.appendingPathComponent("Tests/Fixtures/bbc-dev-gold.json").path,
                          articles: Sift.shared.appendingPathComponent("corpus/bbc").path)
        #expect((s["attributed_f1"] as? Double ?? 0) >= 0.87)
        #expect((s["f1"] as? Double ?? 0) >= 0.97)
    }

    @Test(.needsShared) func everyBBCArticleExtracts() throws {
        let r = try Sift.run(["--format", "csv", "-e", "quotes | count", "-e", "entities | count",
                              Sift.shared.appendingPathComponent("corpus/bbc").path])
        #expect(r.status == 0)
        let counts = r.stdout.split(separator: "\r\n").filter { $0 != "count" }.compactMap { Int($0) }
        #expect(counts.count == 2)
        #expect(counts.allSatisfy { $0 > 1000 })
    }
}
