import Foundation
import Testing

@Suite("The example scripts in scripts/")
struct ScriptsFolderTests {
    @Test func everyScriptRunsOnTheSamples() throws {
        let folder = Sift.repo.appendingPathComponent("scripts")
        let scripts = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sift") }.sorted()
        #expect(!scripts.isEmpty)
        for name in scripts {
            let r = try Sift.run(["run", folder.appendingPathComponent(name).path])
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect(r.stderr.isEmpty, "\(name)")
            #expect(!r.stdout.isEmpty, "\(name)")
        }
    }
}

@Suite("The language tour")
struct TourTests {
    /// scripts/tour.sift uses every source and stage; its output on the samples is fixed.
    @Test func tourOutputIsAsExpected() throws {
        let r = try Sift.run(["run", Sift.repo.appendingPathComponent("scripts/tour.sift").path])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let expected = try String(contentsOf: Sift.repo.appendingPathComponent("Tests/Fixtures/tour.expected"), encoding: .utf8)
        #expect(r.stdout == expected)
        if r.stdout != expected {
            let a = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
            if let i = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
                Issue.record("first difference at line \(i + 1):\n got: \(a[i])\nwant: \(b[i])")
            }
        }
    }

    @Test func readmeSwiftExampleWorks() throws {
        // The query of the README's "Using SiftKit from Swift" example, as a user would run it.
        let r = try Sift.run(["-e", "articles | where words > 400 | count"])
        #expect(r.stdout == "count\n─────\n    3\n")
    }
}
