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
