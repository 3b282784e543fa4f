import Foundation
import Testing

/// Bad usage: one message on standard error naming what was wrong, nothing on standard output,
/// and exit status 2 (never argument-parser's 64).
@Suite("Usage errors exit 2 with a message")
struct UsageErrorTests {
    func expectUsageError(_ args: [String], _ message: String, try help: String = "sift --help",
                          sourceLocation: SourceLocation = #_sourceLocation) throws {
        let r = try Sift.run(args)
        #expect(r.status == 2, "\(args)", sourceLocation: sourceLocation)
        #expect(r.stdout.isEmpty, "\(args): \(r.stdout)", sourceLocation: sourceLocation)
        #expect(r.stderr.hasPrefix("sift: "), "\(args): \(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.contains(message), "\(args): \(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.hasSuffix("Try '\(help)'.\n"), "\(args): \(r.stderr)", sourceLocation: sourceLocation)
    }

    @Test func anUnknownOptionIsNamedWhereverItStands() throws {
        try expectUsageError(["--bogus", "-e", "articles"], "unknown option '--bogus'")
        try expectUsageError(["-e", "articles", "--bogus"], "unknown option '--bogus'")
        try expectUsageError(["--bogus", "run", "x.sift"], "unknown option '--bogus'", try: "sift run --help")
        try expectUsageError(["run", "x.sift", "--bogus"], "unknown option '--bogus'", try: "sift run --help")
        try expectUsageError(["check", "--bogus", "x.sift.md"], "unknown option '--bogus'", try: "sift check --help")
        try expectUsageError(["export", "x.sift.md", "--to", "md", "-x"], "unknown option '-x'", try: "sift export --help")
        try expectUsageError(["extract", "quotes", "-", "--bogus"], "unknown option '--bogus'", try: "sift extract --help")
        try expectUsageError(["merge", "m.jsonl", "--bogus"], "unknown option '--bogus'", try: "sift merge --help")
        try expectUsageError(["--keep-goign", "-e", "x"], "unknown option '--keep-goign'. Did you mean '--keep-going'?")
    }

    @Test func anOptionOfAnotherCommandIsUnknownHere() throws {
        try expectUsageError(["check", "x.sift.md", "-o", "out"], "unknown option '-o'", try: "sift check --help")
        try expectUsageError(["--rerun", "x.sift.md"], "unknown option '--rerun'")
        try expectUsageError(["run", "-e", "articles", "x.sift"], "unknown option '-e'", try: "sift run --help")
        try expectUsageError(["extract", "quotes", "-", "--window", "4", "-o", "x"], "unknown option '-o'", try: "sift extract --help")
    }

    @Test func aMissingOrBadValueNamesTheOption() throws {
        try expectUsageError(["-e"], "missing value for '-e <query>'")
        try expectUsageError(["run", "x.sift", "--timeout"], "missing value for '--timeout <seconds>'", try: "sift run --help")
        try expectUsageError(["--format", "xml", "-e", "articles"], "the value 'xml' is invalid for '--format <format>'")
        try expectUsageError(["-e", "articles", "--input-format", "xml"], "'text', 'jsonl', 'csv' or 'tsv'")
        try expectUsageError(["--timeout", "soon", "-e", "articles"], "'soon' is invalid for '--timeout <seconds>': give a number of seconds, or 0 for no limit")
        try expectUsageError(["--max-file-size", "0", "-e", "articles"], "'0' is invalid for '--max-file-size <mib>': give a size in MiB between 1 and 4096")
        try expectUsageError(["--text-field", "", "-e", "articles"], "'' is invalid for '--text-field <name>': give a field name")
        try expectUsageError(["export", "x.sift.md", "--to", "pdf"], "'ipynb', 'html' or 'md'", try: "sift export --help")
        try expectUsageError(["extract", "quotes", "-f", "json", "-"], "'jsonl' and 'csv'", try: "sift extract --help")
        try expectUsageError(["extract", "quotes", "--window", "0", "-"], "give a number of articles from 1 to 100000", try: "sift extract --help")
        try expectUsageError(["--color=yes", "-e", "articles"], "'--color' does not take any value")
    }

    @Test func whatACommandNeedsIsSaid() throws {
        try expectUsageError(["run"], "'sift run' needs a script file", try: "sift run --help")
        try expectUsageError(["check"], "'sift check' needs a notebook", try: "sift check --help")
        try expectUsageError(["export"], "'sift export' needs a notebook", try: "sift export --help")
        try expectUsageError(["export", "a.sift.md", "b.sift.md", "--to", "md"], "'sift export' takes one notebook, not 2", try: "sift export --help")
        try expectUsageError(["export", "a.sift.md"], "'sift export' needs --to ipynb, html or md", try: "sift export --help")
        try expectUsageError(["extract"], "'sift extract' needs sources", try: "sift extract --help")
        try expectUsageError(["merge"], "'sift merge' needs files of mentions rows", try: "sift merge --help")
        try expectUsageError(["-e", "articles", "-", "-"], "standard input ('-') can be read once")
    }

    @Test func siftBenchMapsBadUsageToTwoAsWell() throws {
        let r = try Sift.run(["--runs", "-3"], program: Sift.bench)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("sift-bench: "), "\(r.stderr)")
        let unknown = try Sift.run(["--bogus"], program: Sift.bench)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown option '--bogus'"), "\(unknown.stderr)")
        let help = try Sift.run(["--help"], program: Sift.bench)
        #expect(help.status == 0)
        #expect(help.stdout.contains("--check-lines <n>") && help.stdout.contains("--stream"))
    }
}
