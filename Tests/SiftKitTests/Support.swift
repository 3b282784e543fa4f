import Foundation
import Testing
@testable import SiftKit

/// Paths the tests read: the repository, its fixtures, and the shared corpora beside it.
enum Paths {
    static let repo: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repo.appendingPathComponent("Tests/Fixtures")
    static let samples = repo.appendingPathComponent("Sources/SiftKit/Samples")
    static let shared = repo.deletingLastPathComponent().appendingPathComponent("shared")
    static var sharedAvailable: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("seeds").path) }
    static func sharedPath(_ relative: String) -> String { shared.appendingPathComponent(relative).path }
}

/// A fresh temporary folder, removed when the value is released.
final class TempDir {
    let url: URL
    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sift-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    var path: String { url.path }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let file = url.appendingPathComponent(name)
        try! FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(bytes).write(to: file)
        return file.path
    }
}

/// An article built from text, as ingest would build it from a file.
func article(_ text: String, name: String = "test.txt") -> Article {
    guard let a = ArticleBuilder.build(text: text, name: name) else {
        Issue.record("text did not build an article")
        return ArticleBuilder.build(text: "x", name: name)!
    }
    return a
}

/// Sentences of an article's body, as text.
func bodySentences(_ a: Article) -> [String] { a.bodySentences.map { a.text($0.span) } }

/// The gold annotations of the bundled samples.
struct SampleGold: Decodable {
    struct Entry: Decodable {
        var file: String
        var headline: String
        var dateline: String?
        var byline: String?
        var subheads: [String]
        var captions: Int
        var body_paragraphs: Int
    }
    var articles: [Entry]

    static func load() throws -> SampleGold {
        let data = try Data(contentsOf: Paths.fixtures.appendingPathComponent("samples-gold.json"))
        return try JSONDecoder().decode(SampleGold.self, from: data)
    }
}

extension Trait where Self == ConditionTrait {
    /// Tests that read ../shared (the seeds and corpora) skip, with this reason, when it is absent.
    static var needsShared: Self {
        .enabled(if: Paths.sharedAvailable, "needs ../shared (the seeds and corpora), which is absent here")
    }
}

/// The direct and partial quote rows of one fixture article, as the `quotes` source gives them.
func quoteRows(_ text: String) -> [[String: Value]] {
    let c = Corpus()
    c.add(text: text, name: "fixture.txt")
    let t = try! c.query("quotes | where kind != \"indirect\"")
    return (0..<t.count).map { t.row($0) }
}
