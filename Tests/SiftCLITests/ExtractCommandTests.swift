import Foundation
import Testing
@testable import SiftKit

/// `sift extract` streams the REPL's rows; `sift merge` turns its mentions rows into the REPL's
/// entities. Checked on the bundled samples and, with ../shared, on 300 BBC articles.
@Suite("sift extract and sift merge give the REPL's rows")
struct ExtractCommandTests {
    static let samples = Sift.repo.appendingPathComponent("Sources/SiftKit/Samples").path
    static let allSources = ["articles", "quotes", "sources", "mentions", "numbers", "dates"]

    static func bbc(_ n: Int) -> [String] {
        let root = Sift.shared.appendingPathComponent("corpus/bbc")
        let folders = ["business", "entertainment", "politics", "sport", "tech"]
        return folders.flatMap { f in
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(f).path)) ?? [])
                .filter { $0.hasSuffix(".txt") }.sorted().prefix(n / folders.count).map { root.appendingPathComponent(f + "/" + $0).path }
        }
    }

    static func lines(_ path: String) -> [String] {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    static func objects(_ lines: [String]) -> [[String: Any]] {
        lines.map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    /// Extracts `inputs` into a folder and compares every source with the REPL's rows.
    func check(_ inputs: [String]) throws {
        let dir = TempDir()
        let out = dir.url.appendingPathComponent("rows").path
        let run = try Sift.run(["extract", Self.allSources.joined(separator: ","), "--out-dir", out] + inputs)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)

        let corpus = Corpus()
        corpus.load(inputs)
        func repl(_ source: String) throws -> [String] {
            let t = try corpus.query(source)
            return RowLines.render(t.rows, columns: t.columns, as: .jsonl).split(separator: "\n").map(String.init)
        }
        // Rows that need no corpus-wide merge are the REPL's, line for line.
        for source in ["articles", "numbers", "dates"] {
            #expect(Self.lines(out + "/\(source).jsonl") == (try repl(source)), "\(source)")
        }
        // The batch REPL prints the same quotes as the engine in-process.
        let batch = try Sift.run(["-f", "jsonl", "-e", "quotes"] + inputs)
        #expect(batch.stdout.split(separator: "\n").map(String.init) == (try repl("quotes")))

        // Names of people are each article's own; merging the mentions gives the corpus's.
        let merged = try Sift.run(["merge", out + "/mentions.jsonl"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout.split(separator: "\n").map(String.init) == (try repl("entities")))
        let merge = MentionMerge.entities(from: [out + "/mentions.jsonl"])
        let entityRows = try corpus.query("entities | select name, gender").rows
        let entityNames = entityRows.map { $0[0].string! }
        var corpusEntity: [String: [String: Int]] = [:]  // article → the article's own name → corpus entity id
        var mentions = Self.objects(Self.lines(out + "/mentions.jsonl"))
        for (i, m) in mentions.enumerated() {
            guard let n = m["entity_n"] as? Int, let g = merge.entity(article: m["article"] as! String, n: n) else { continue }
            corpusEntity[m["article"] as! String, default: [:]][m["entity"] as! String] = g
            mentions[i]["entity"] = entityNames[g - 1]
        }
        #expect(mentions.map { $0 as NSDictionary } == Self.objects(try repl("mentions")).map { $0 as NSDictionary })
        for (source, column) in [("quotes", "speaker"), ("sources", "name")] {
            var rows = Self.objects(Self.lines(out + "/\(source).jsonl"))
            for i in rows.indices {
                // The speaker's name and gender are the corpus entity's.
                if let name = rows[i][column] as? String, let g = corpusEntity[rows[i]["article"] as! String]?[name] {
                    rows[i][column] = entityNames[g - 1]
                    rows[i]["gender"] = entityRows[g - 1][1].string.map { $0 as Any } ?? NSNull()
                }
            }
            #expect(rows.map { $0 as NSDictionary } == Self.objects(try repl(source)).map { $0 as NSDictionary }, "\(source)")
        }
    }

    @Test func theSamplesStreamAsTheREPLReadsThem() throws {
        try check([Self.samples])
    }

    @Test(.needsShared) func samplesAndThreeHundredBBCArticles() throws {
        try check([Self.samples] + Self.bbc(300))
    }
}
