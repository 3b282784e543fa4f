import Foundation
import Testing
@testable import SiftKit

@Suite("The query language, complete")
struct LanguageTests {
    func samples() -> Corpus {
        let c = Corpus()
        c.loadSamples()
        return c
    }

    @Test func everyHelpExampleRunsOnTheSamples() throws {
        let c = samples()
        for topic in HelpTopics.all {
            for example in topic.examples {
                do { _ = try c.run(example) } catch { Issue.record("\(topic.name): \(example): \(error)") }
            }
        }
        #expect(HelpTopics.all.allSatisfy { !$0.examples.isEmpty })
        // The commands are the host's (the CLI's dot commands, with a test of their own there).
        #expect(!HelpTopics.all.contains { $0.kind == .command })
        #expect(!HelpTopics.overview().contains("Commands:"))
    }

    @Test func everyStageAndSourceHasHelp() {
        for stage in Parser.stageNames { #expect(HelpTopics.topic(stage) != nil, "\(stage)") }
        for source in Catalog.sourceNames { #expect(HelpTopics.topic(source) != nil, "\(source)") }
    }

    /// Every ```sift block of the README parses and runs on the samples.
    @Test func readmeExamplesRun() throws {
        let readme = try String(contentsOf: Paths.repo.appendingPathComponent("README.md"), encoding: .utf8)
        let blocks = readme.components(separatedBy: "```sift\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        #expect(blocks.count >= 2)
        let c = samples()
        for block in blocks {
            for entry in ScriptReader.entries(block) where entry.kind == .statement {
                do { _ = try c.run(entry.text) } catch { Issue.record("README: \(entry.text): \(error)") }
            }
        }
    }

    @Test func groupByWithEveryAggregate() throws {
        let c = samples()
        let counts = try c.query("quotes | group by kind")
        #expect(counts.columnNames == ["kind", "count"])
        #expect(try c.query("quotes | group by kind | count") == counts)
        #expect(try c.query("quotes | group by kind count") == counts)
        let total = counts.values("count").compactMap { if case .int(let n) = $0 { return n } else { return nil } }.reduce(0, +)
        #expect(try c.query("quotes | count").rows == [[.int(total)]])
        #expect(try c.query("articles | sum words").rows == [[.int(1680)]])
        #expect(try c.query("articles | avg words").rows == [[.double(420)]])
        #expect(try c.query("articles | min words").rows == [[.int(331)]])
        #expect(try c.query("articles | max words").rows == [[.int(497)]])
        #expect(try c.query("articles | group by dateline sum words").rows == [[.string("RIVERTON"), .int(946)], [.string("Riverton"), .int(734)]])
        let listed = try c.query("articles | group by dateline | list article")
        #expect(listed.rows[0] == [.string("RIVERTON"), .list([.string("herald-flood.txt"), .string("herald-council.txt")])])
        #expect(try c.query("sources | distinct category | count").rows[0][0] == .int(5))
    }

    @Test func bindingsAreSourcesAfterwards() throws {
        let c = samples()
        guard case .binding(let name, let table) = try c.run("let z = quotes | where speaker == \"Ellen Marsh\"") else {
            Issue.record("let did not bind"); return
        }
        #expect(name == "z")
        #expect(try c.query("z | count").rows == [[.int(table.count)]])
        // A binding that refers to itself takes the earlier value.
        _ = try c.run("let z = z | take 1")
        #expect(try c.query("z | count").rows == [[.int(1)]])
        #expect(throws: QueryError.self) { try c.run("let quotes = articles") }
    }

    @Test func kwicAlignsOnTheKeyword() throws {
        let c = samples()
        let t = try c.query("kwic \"levee\" width 12 in 2")
        #expect(t.columnNames == ["article", "left", "keyword", "right", "start"])
        #expect(t.count >= 3)
        for r in 0..<t.count {
            let row = t.row(r)
            #expect(row["keyword"]?.string?.lowercased() == "levee")
            #expect((row["left"]?.string?.count ?? 99) <= 12)
            guard case .int(let start) = row["start"]! else { continue }
            #expect(c.article(id: 2)!.text(Span(start, start + 5)).lowercased() == "levee")
        }
        #expect(try c.query("kwic \"LEVEE\" | count") == c.query("kwic \"levee\" | count"))
        #expect(try c.query("kwic /brother-?in-?law/i | count").rows == [[.int(2)]])
        // Whole words only: "Wall" is not inside "Wallace".
        let phrase = try c.query("kwic \"emergency funds\" | select keyword")
        #expect(phrase.count == 2)
    }

    @Test func showMarksQuotesBySpeaker() throws {
        let c = samples()
        guard case .document(let d) = try c.run("show 2") else { Issue.record("show gave no document"); return }
        #expect(d.blocks.first?.kind == .headline)
        #expect(d.legend.contains("Ellen Marsh"))
        let marsh = try #require(d.legend.firstIndex(of: "Ellen Marsh")) + 1
        let plain = DocumentRenderer.render(d, color: false)
        #expect(plain.contains("[[We are going to need help, and we are going to need it quickly,]](\(marsh))"))
        #expect(plain.contains("HEADLINE"))
        #expect(!plain.contains("\u{1B}"))
        let colored = DocumentRenderer.render(d, color: true)
        #expect(colored.contains(DocumentRenderer.palette[marsh - 1] + "We are going to need help"))
    }

    @Test func showMarksReportedSpeechAndWrapsUnderAHangingIndent() throws {
        let c = samples()
        guard case .document(let d) = try c.run("show 1") else { Issue.record("show gave no document"); return }
        let ortega = try #require(d.legend.firstIndex(of: "Tomás Ortega")) + 1
        let plain = DocumentRenderer.render(d, color: false, width: 60)
        // Reported speech is marked, in its own marks, and wrapped lines keep the text's indent.
        #expect(plain.replacingOccurrences(of: "\n     ", with: " ").contains("said [~crews had pulled 46 people"))
        #expect(plain.contains("~](\(ortega))"))
        #expect(plain.contains("[~…~]: reported speech"))
        let lines = plain.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines { #expect(DisplayWidth.of(String(line)) <= 60, "\(line)") }
        #expect(lines.contains { $0.hasPrefix("     ") && !$0.hasPrefix("      ") })
        // In colour, a wrapped line closes its colour and the next re-opens it.
        let colored = DocumentRenderer.render(d, color: true, width: 60)
        #expect(colored.contains("\u{1B}[4m"))
        for line in colored.split(separator: "\n").map(String.init) {
            guard let last = line.range(of: "\u{1B}[", options: .backwards) else { continue }
            #expect(line[last.lowerBound...].hasPrefix(DocumentRenderer.reset), "\(line)")
        }
    }

    @Test func whyExplainsEntitiesAndSources() throws {
        let c = samples()
        let e = try c.query("why entity 1")
        #expect(e.values("field").contains(.string("mention 1")))
        let id = try c.query("sources | where name == \"Dana Whitfield\" | take 1 | select id").rows[0][0]
        guard case .int(let n) = id else { Issue.record("no id"); return }
        let s = try c.query("why source \(n)")
        let fields = Dictionary(uniqueKeysWithValues: (0..<s.count).map { (s.row($0)["field"]!.string!, s.row($0)["value"]!) })
        #expect(fields["evidence"]?.string == "introduced as “Dana Whitfield, a hydrologist at Harlan State University”")
        #expect(fields["category"]?.string == "expert")
        // By name, ignoring case; an entity by an alias too.
        #expect(try c.query("why source \"dana whitfield\"").rows == s.rows)
        let byName = try c.query("why entity \"Ellen Marsh\"")
        #expect(byName.values("value").contains(.string("Ellen Marsh")))
    }

    /// Each class of error: its message, the caret's column and the hint.
    @Test func everyErrorClassPointsAtItsCause() {
        let c = samples()
        _ = try? c.run("let mine = articles")
        let cases: [(String, String, Int, String?)] = [
            ("articles | wher words > 3", "unknown stage 'wher'", 12, "did you mean 'where'?"),
            ("quotse | count", "unknown source 'quotse'", 1, "did you mean 'quotes'?"),
            ("mnie | count", "unknown source 'mnie'", 1, "did you mean 'mine'?"),
            ("quotes | where speker == \"x\"", "unknown field 'speker'", 16, "did you mean 'speaker'?"),
            ("articles | where words > \"3\"", "cannot compare whole number with text using '>'", 24, "remove the quotes to compare numbers"),
            ("articles in 7", "no article with id 7", 13, "ids run from 1 to 4"),
            ("articles in herald-flod.txt", "no article named 'herald-flod.txt'", 13, "did you mean 'herald-flood.txt'?"),
            ("quotes | where text matches /(/", "invalid regular expression /(/", 16, nil),
            ("quotes | where text ~ \"open", "unterminated string", 23, "close it with \""),
            ("quotes | group speaker", "expected 'by' after 'group', found 'speaker'", 16, "e.g. group by speaker"),
            ("kwic width 3", "expected what to look for after 'kwic': a \"phrase\" or /regex/, found 'width'", 6, "e.g. kwic \"ceasefire\" width 30"),
            ("compare 1", "expected a second article to compare with 1", 10, "e.g. compare 1 2"),
            ("why quote", "expected the quote's id, found end of statement", 10, "ids are in the id column of quotes"),
            ("why entity 1.5", "expected the entity's id, found number 1.5", 12, "ids are in the id column of entities, or give a name: why entity \"…\""),
            ("why entity \"Elen Marsh\"", "no entity named 'Elen Marsh'", 1, "did you mean 'Ellen Marsh'?"),
            ("why quote \"Marsh\"", "expected the quote's id, found string \"Marsh\"", 11, "ids are in the id column of quotes"),
            ("show 1 | count", "unexpected '|' after show 1", 8, "show prints one article and takes no stages; for rows use paragraphs in 1"),
            ("why qoute 1", "expected what to explain (quote, entity, source), found 'qoute'", 5, "did you mean 'quote'?"),
            ("let sources = quotes", "'sources' is a source or keyword; choose another name", 5, "-"),
            ("articles | sum title", "sum needs numbers, and title is text", 16, "-"),
            ("articles | take", "expected how many rows to take, found end of statement", 16, "e.g. take 10"),
        ]
        for (statement, message, column, hint) in cases {
            do {
                _ = try c.run(statement)
                Issue.record("no error for \(statement)")
            } catch {
                #expect(error.message == message, "\(statement)")
                #expect(ErrorFormatter.column(of: error, in: statement) == column, "\(statement)")
                // nil: the hint is the regex engine's own words; "-": there must be none.
                if let hint { #expect(error.hint == (hint == "-" ? nil : hint), "\(statement)") }
            }
        }
    }
}
