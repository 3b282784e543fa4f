import Foundation
import Testing

/// Layers that do not reach up, read off the source tree: a file of a lower folder names no type,
/// top-level function or constant declared in a folder above it. Text/ (tokenizer, sentence
/// splitter, word tables) sits below both Ingest/ and Extraction/; Ingest/ below Extraction/.
@Suite("Layers that do not reach up")
struct LayeringTests {
    static let engine = Paths.repo.appendingPathComponent("Sources/SiftKit")

    /// The rules: each folder, and the folders whose declarations it must not use.
    static let rules: [(lower: String, upper: [String])] = [
        ("Text", ["Extraction", "Ingest"]),
        ("Ingest", ["Extraction"]),
    ]

    @Test func noLowerFolderUsesANameDeclaredAbove() throws {
        for rule in Self.rules {
            var declared: [String: String] = [:]  // name → the file declaring it
            for folder in rule.upper {
                for file in try Self.swiftFiles(in: folder) {
                    for name in Self.declarations(in: try Self.read(file)) { declared[name] = Self.relative(file) }
                }
            }
            // A guard against a broken pattern passing by finding nothing.
            if rule.upper.contains("Extraction") {
                #expect(declared["Lexicon"] != nil && declared["NameFinder"] != nil && declared["WordClass"] != nil,
                        "the declarations of Extraction/ were not found")
            }
            for file in try Self.swiftFiles(in: rule.lower) {
                for name in Self.uses(of: Set(declared.keys), in: try Self.read(file)) {
                    Issue.record("\(Self.relative(file)) uses \(name), declared in \(declared[name]!): \(rule.lower)/ must not reach up into \(rule.upper.joined(separator: " or "))/")
                }
            }
        }
    }

    /// The check itself finds a use that is there, and not one in a comment.
    @Test func theCheckFindsAUse() {
        let names = Self.declarations(in: "enum Lexicon {\n    enum Inner {}\n}\nstruct NameFinder: Sendable {}\nfunc helper() {}\nlet speechData = \"\"\n")
        #expect(names == ["Lexicon", "NameFinder", "helper", "speechData"])
        #expect(Self.uses(of: ["Lexicon", "helper"], in: "if Lexicon.kickers.contains(w) { return nil }") == ["Lexicon"])
        #expect(Self.uses(of: ["Lexicon"], in: "let k = 1  // unlike Lexicon.kickers\n/// `Lexicon` reads them\n").isEmpty)
        #expect(Self.uses(of: ["Lexicon"], in: "let k = MyLexicon.x + Lexicons.y").isEmpty)
    }

    /// Word lists are data: a rule passes a named list of Lexicons/ to `isAny`, never an inline
    /// array, and each list is written once, in lower case (a token's spelling is compared with
    /// its letters lower-cased).
    @Test func wordListsLiveInLexicons() throws {
        for folder in ["Extraction", "Ingest", "Text", "Query", "Stream"] {
            for file in try Self.swiftFiles(in: folder) {
                for (n, line) in try Self.read(file).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                    where line.contains(#/isAny\([^()]*(\([^()]*\))?[^()]*\[\s*"/#) {
                    Issue.record("\(Self.relative(file)):\(n + 1): an inline word list; name it in Lexicons/: \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        var seen: [String: String] = [:]  // the words of a list → its name
        for file in try Self.swiftFiles(in: "Lexicons") where !file.path.contains("/Generated/") {
            // The lists of `extension WordLists { … }` blocks.
            let blocks = try Self.read(file).components(separatedBy: "extension WordLists {").dropFirst().map { $0.components(separatedBy: "\n}")[0] }
            for m in blocks.flatMap({ $0.matches(of: #/static let (\w+): \[StaticString\] = \[([^\]]*)\]/#) }) {
                let name = String(m.output.1), words = String(m.output.2)
                #expect(words == words.lowercased(), "WordLists.\(name) has a capital letter")
                let key = words.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.sorted().joined(separator: " ")
                if let other = seen[key] { Issue.record("WordLists.\(name) and WordLists.\(other) hold the same words") }
                seen[key] = name
            }
        }
        #expect(seen.count >= 20, "the word lists of Lexicons/ were not found")
    }

    // MARK: - Reading the tree

    /// Names declared at the top level of a file (column 0): types, type aliases, functions,
    /// constants and variables. Nested types are reached through their outer type.
    static func declarations(in source: String) -> [String] {
        let pattern = #/(?m)^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|fileprivate|private|final|indirect|nonisolated(?:\(unsafe\))?)\s+)*(?:enum|struct|class|actor|protocol|typealias|func|let|var)\s+([A-Za-z_][A-Za-z0-9_]*)/#
        return source.matches(of: pattern).map { String($0.output.1) }
    }

    /// The names of `names` that the code of `source` (comments left out) uses as identifiers.
    static func uses(of names: Set<String>, in source: String) -> [String] {
        var found: [String] = []
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let code = line.range(of: "//").map { line[..<$0.lowerBound] } ?? line[...]
            for match in code.matches(of: #/[A-Za-z_][A-Za-z0-9_]*/#) {
                let word = String(match.output)
                if names.contains(word) && !found.contains(word) { found.append(word) }
            }
        }
        return found
    }

    static func swiftFiles(in folder: String) throws -> [URL] {
        let root = engine.appendingPathComponent(folder)
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(!files.isEmpty, "no Swift files in \(folder)/")
        return files.sorted { $0.path < $1.path }
    }

    static func read(_ file: URL) throws -> String { try String(contentsOf: file, encoding: .utf8) }

    static func relative(_ file: URL) -> String {
        String(file.standardizedFileURL.path.dropFirst(engine.standardizedFileURL.path.count + 1))
    }
}
