import Foundation
import Testing

/// The benchmark runs in every test run on a tiny corpus, so it never rots. Timings are never
/// asserted: only that every figure is there and the counts are right.
@Suite("Benchmark smoke run")
struct BenchmarkSmokeTests {
    func json(_ r: Sift.Result) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func samplesGiveEveryFigure() throws {
        let r = try Sift.run(["--runs", "2", "--json"], program: Sift.bench)
        #expect(r.status == 0, "\(r.stderr)")
        let j = try json(r)
        #expect(j["articles"] as? Int == 4)
        #expect((j["words"] as? Int ?? 0) > 1000)
        for key in ["ingest_s", "tokenize_s", "entities_s", "quotes_s", "sources_numbers_s", "aliases_s",
                    "one_core_s", "one_core_mb_per_s", "all_cores_s", "load_and_extract_s"] {
            let v = try #require(j[key] as? Double, "\(key) missing")
            #expect(v >= 0, "\(key) is negative")
        }
        #expect((j["peak_rss_bytes"] as? Int ?? 0) > 1_000_000)
        let queries = try #require(j["queries"] as? [[String: Any]])
        #expect(queries.map { $0["query"] as? String } == [
            "quotes | group by speaker | count", "entities | where type == \"person\" | sort mentions desc | take 10",
            "kwic \"said\"", "compare 1 2"])
        #expect(queries.allSatisfy { ($0["rows"] as? Int ?? 0) > 0 })
        #expect(j["startup_s"] as? Double != nil, "sift was not found beside sift-bench")
    }

    @Test func aCorpusFolderRepeatedAndTheTable() throws {
        let dir = TempDir()
        dir.write("a.txt", "First story\n\n\"We are ready,\" said Mayor Ana Ruiz.")
        dir.write("b.txt", "Second story\n\nThe council met on Monday, officials said.")
        let r = try Sift.run(["--corpus", dir.path, "--repeat", "3", "--runs", "1", "--no-startup",
                              "--query", "quotes | count"], program: Sift.bench)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("× 3"))
        #expect(r.stdout.contains("articles / bytes / words                6 /"))
        for label in ["tokenise + sentences", "entities", "quotes and attribution", "aliases (corpus merge)",
                      "throughput, one core", "throughput, all cores", "peak RSS", "quotes | count"] {
            #expect(r.stdout.contains(label), "no '\(label)' in the table")
        }
        #expect(!r.stdout.contains("start-up"))
    }

    @Test func checkLinesMeasuresTheDiffOfALongOutput() throws {
        let r = try Sift.run(["--check-lines", "5000", "--check-lines", "10", "--runs", "1", "--json"], program: Sift.bench)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        let checks = try #require(try json(r)["check"] as? [[String: Any]])
        #expect(checks.map { $0["lines"] as? Int } == [5000, 10])
        #expect(checks.allSatisfy { ($0["median_s"] as? Double ?? -1) >= 0 })
        // Memory, never time: a table of common subsequences took 5,001² cells (200 MB) here.
        #expect((checks[0]["peak_growth_bytes"] as? Int ?? .max) < 32 << 20)
        let table = try Sift.run(["--check-lines", "50", "--runs", "1"], program: Sift.bench)
        #expect(table.stdout.contains("50 lines") && table.stdout.contains("peak memory +"))
    }

    @Test func theStreamingModeStreamsEveryCopy() throws {
        let r = try Sift.run(["--stream", "--repeat", "3", "--json"], program: Sift.bench)
        #expect(r.status == 0, "\(r.stderr)")
        let j = try json(r)
        #expect(j["articles"] as? Int == 12)
        #expect(j["memory_articles"] as? Int == 4)
        #expect(j["bytes"] as? Int == (j["memory_bytes"] as? Int ?? 0) * 3)
        #expect(j["status"] as? Int == 0)
        #expect((j["peak_rss_bytes"] as? Int ?? 0) > 1_000_000)
        #expect(j["sources"] as? String == "quotes,mentions")
        let table = try Sift.run(["--stream", "--sources", "dates"], program: Sift.bench)
        #expect(table.stdout.contains("peak RSS of sift extract"))
        #expect(table.stdout.contains("sift extract dates"))
    }

    @Test func badOptionsExitTwoWithUsage() throws {
        let r = try Sift.run(["--repeat", "zero"], program: Sift.bench)
        #expect(r.status == 2)
        #expect(r.stderr.contains("the value 'zero' is invalid for '--repeat <k>': give a whole number ≥ 1"), "\(r.stderr)")
        #expect(r.stderr.contains("usage: sift-bench"))
        let missing = try Sift.run(["--corpus", "/nonexistent/folder", "--no-startup"], program: Sift.bench)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/folder"))
    }
}
