import Foundation
import Testing
@testable import SiftKit

/// sift's own regular-expression engine (linear time, interruptible) against Swift Regex, the
/// reference for what a pattern means, on the same patterns and texts.
@Suite("Regular expressions")
struct RegexTests {
    static let texts = [
        "The levee failed on Tuesday, officials said.",
        "“We were not ready,” said Mayor Ellen Marsh. “No one was.”",
        "Zelensky, Zelenskyy and Zelenskiy are one man; so is Zełenski.",
        "Costs: $1.2bn (2022), $4.5 million, 40,000 people, 76%.",
        "line one\nline two\n\nafter a blank line",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
        "", "x", "naïve café — Ünïcödé",
    ]

    static let patterns: [(String, String)] = [
        ("said", ""), ("Said", "i"), ("\\bsaid\\b", ""), ("Zelensk(y|yy|iy)\\b", ""), ("Zelensk[a-z]*", ""),
        ("\\d+", ""), ("\\$\\d+(\\.\\d+)?(bn| million)?", ""), ("[A-Z][a-z]+ [A-Z][a-z]+", ""),
        ("^line", ""), ("line$", ""), ("(?:one|two)\\n", ""), ("a{3,5}", ""), ("a{2}b", ""), ("a+?b", ""),
        ("\\w+é", ""), ("[^a-z ]+", ""), ("(ready|not ready)", ""), ("“[^”]*”", ""), ("\\s{2,}", ""),
        ("caf.", ""), ("ÜNÏ", "i"), ("x?", ""), ("\\d{1,3}(,\\d{3})+", ""), ("(a|ab)(c|bcd)?", ""), (".*", ""),
        ("\\Bai", ""), ("[\\d.]+%", ""), ("officials|mayor", "i"),
    ]

    @Test func agreesWithSwiftRegex() throws {
        for (pattern, flags) in Self.patterns {
            let mine = try LinearRegex(pattern, ignoreCase: flags.contains("i"))
            var reference = try Regex(pattern)
            if flags.contains("i") { reference = reference.ignoresCase() }
            for text in Self.texts {
                let expected = text.matches(of: reference).map(\.range).filter { !$0.isEmpty }
                    .map { text[$0] }
                let got = try mine.allMatches(in: text).map { text[$0] }
                #expect(got == expected, "/\(pattern)/\(flags) on \(text.debugDescription)")
                #expect(try mine.matches(text) == (try reference.firstMatch(in: text) != nil),
                        "/\(pattern)/\(flags) matches? on \(text.debugDescription)")
            }
        }
    }

    /// The matcher asks `stop` once every 4,096 thread steps: counting the questions counts the
    /// work, with no clock. A backtracking matcher needs ~2^n steps on these; this one at most one
    /// step per instruction per character.
    @Test(arguments: ["(a+)+b", "(a*)*b", "(a|aa)+b", "(a|a?)+b", "(.*a){12}b", "(\\w+\\s?)+$"])
    func catastrophicPatternsRunInLinearTime(_ pattern: String) throws {
        let re = try LinearRegex(pattern)
        for n in [2_500, 5_000] {
            let text = String(repeating: "a", count: n) + "!"
            var asked = 0
            _ = try re.matches(text, stop: { asked += 1; return false })
            let bound = (n + 2) * (re.program.count + 1) / 4_096 + 2
            #expect(asked <= bound, "/\(pattern)/ on \(n) characters: \(asked * 4_096) steps, over \(bound * 4_096)")
        }
    }

    // The matcher asks whatever it is given; a corpus gives its own `CancellationToken` (see
    // CancellationTests; the REPL tests press Ctrl-C for real).
    @Test func aStopRequestEndsAMatch() throws {
        let re = try LinearRegex("(.*a){50}b")
        #expect(throws: LinearRegex.Interrupted.self) { try re.matches(String(repeating: "a", count: 50_000), stop: { true }) }
    }

    @Test func aStopAfterSomeStepsEndsAMatch() throws {
        let re = try LinearRegex("(.*a){200}b")
        var asked = 0
        #expect(throws: LinearRegex.Interrupted.self) {
            try re.matches(String(repeating: "a", count: 200_000), stop: { asked += 1; return asked > 3 })
        }
        #expect(asked == 4)
    }

    @Test(arguments: [
        ("(a", "missing ')'"), ("a)", "unbalanced ')'"), ("*a", "nothing to repeat"), ("[a-", "missing ']'"),
        ("\\1", "back-references"), ("(?=a)", "look-around"), ("a{5,2}", "maximum is below the minimum"),
        ("a{2000}", "repetition over 1000"), ("[z-a]", "range out of order"), ("\\q", "unknown escape"),
        (String(repeating: "(", count: 5000), "nested too deeply"), ("a\\", "cannot end with"),
    ])
    func badPatternsAreClearErrors(_ pattern: String, _ message: String) {
        do {
            _ = try LinearRegex(pattern)
            Issue.record("/\(pattern.prefix(20))/ compiled")
        } catch {
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func queriesUseIt() throws {
        let corpus = Corpus()
        corpus.loadSamples()
        let hits = try corpus.query(#"sentences | where text matches /(le)+vee\b/i | count"#)
        #expect(hits.rows[0][0] != .int(0))
        let kwic = try corpus.query(#"kwic /lev(ee|ees)/ width 10"#)
        #expect(kwic.rows.count > 3)
        #expect(kwic.rows.allSatisfy { $0[2].string?.hasPrefix("lev") == true })
        #expect(throws: QueryError.self) { try corpus.query("sentences | where text matches /(a/") }
        let slow = try corpus.query(#"sentences | where text matches /(\w+\s?)+$/ | count"#)
        #expect(slow.rows.count == 1)
    }
}
