import Foundation
import Testing

/// The Swift in the DocC article GettingStarted.md is the example program's (Examples/, which CI
/// builds and runs with only SiftKit's public API), so the article's code compiles: each snippet's
/// lines, indentation aside, are a run of lines of who-is-quoted/main.swift. Package manifest
/// excerpts (`.package(…)`) are the one exception.
@Suite("Swift API: the getting-started article")
struct GettingStartedTests {
    static let article = Paths.repo.appendingPathComponent("Sources/SiftKit/SiftKit.docc/GettingStarted.md")
    static let example = Paths.repo.appendingPathComponent("Examples/Sources/who-is-quoted/main.swift")

    /// The lines of a text, each without its indentation, blank lines left out.
    static func lines(_ text: some StringProtocol) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// The article's ```swift blocks.
    static func snippets(_ markdown: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring]? = nil
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.hasPrefix("```swift") {
                current = []
            } else if current != nil, line.hasPrefix("```") {
                blocks.append(current!.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    @Test func everySnippetIsPartOfTheExampleProgram() throws {
        let article = try String(contentsOf: Self.article, encoding: .utf8)
        let program = Self.lines(try String(contentsOf: Self.example, encoding: .utf8))
        let snippets = Self.snippets(article).filter { !$0.contains(".package(") }
        #expect(snippets.count >= 5)
        for snippet in snippets {
            let want = Self.lines(snippet)
            let found = program.indices.contains { start in
                start + want.count <= program.count && Array(program[start..<start + want.count]) == want
            }
            #expect(found, "not in Examples/Sources/who-is-quoted/main.swift:\n\(snippet)")
        }
    }
}
