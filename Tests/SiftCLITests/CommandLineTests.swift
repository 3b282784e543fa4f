import Foundation
import Testing

/// Subcommands and options in any order, several scripts and notebooks, -o for results.
@Suite("The command line, in any order")
struct CommandLineTests {
    @Test func optionsMayComeBeforeOrAfterTheSubcommand() throws {
        let dir = TempDir()
        let bad = dir.write("bad.sift", "articles | wher x\narticles | count\n")
        for args in [["-k", "run", bad], ["run", "-k", bad], ["run", bad, "-k"]] {
            let r = try Sift.run(args)
            #expect(r.status == 1, "\(args)")
            #expect(r.stdout.contains("    4"), "\(args): --keep-going runs the second statement")
            #expect(r.stderr.contains("bad.sift:1: syntax error"), "\(args)")
        }
        #expect(try Sift.run(["run", bad]).stdout.isEmpty)
    }

    @Test func runTakesSeveralScriptsThenArticles() throws {
        let dir = TempDir()
        let one = dir.write("one.sift", "articles | count\n")
        let two = dir.write("two.sift", "quotes | where kind == \"partial\" | count\n")
        dir.write("corpus/a.txt", "A headline\n\n\"We are ready,\" said Ruth Ng.\n")
        let r = try Sift.run(["run", one, two, dir.path + "/corpus"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.components(separatedBy: "count").count == 3, "both scripts ran")
        #expect(r.stdout.contains("    1\n"), "on the one article given")
    }

    @Test func dashOSendsResultsToAFile() throws {
        let dir = TempDir()
        let r = try Sift.run(["-f", "csv", "-e", "articles | count", "-o", dir.path + "/n.csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(try String(contentsOfFile: dir.path + "/n.csv", encoding: .utf8) == "count\r\n4\r\n")
    }

    @Test func checkTakesSeveralNotebooks() throws {
        let folder = Sift.repo.appendingPathComponent("sessions")
        let notebooks = ["teaching-worksheet.sift.md", "two-reports.sift.md"].map { folder.appendingPathComponent($0).path }
        let r = try Sift.run(["check"] + notebooks)
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stderr.components(separatedBy: "all match").count == 3)
        #expect(try Sift.run(["check", notebooks[0], "-o", "x"]).status == 2)
        #expect(try Sift.run(["check"]).stderr.contains("'sift check' needs a notebook"))
    }

    @Test func eachSubcommandHasItsOwnHelp() throws {
        for sub in ["run", "check", "export"] {
            let r = try Sift.run([sub, "--help"])
            #expect(r.status == 0)
            #expect(r.stdout.contains("\nUSAGE: sift \(sub) "), "\(sub): \(r.stdout.prefix(80))")
            #expect(r.stdout.contains("Example"), "\(sub)")
        }
        #expect(try Sift.run(["-h", "export"]).stdout.contains("USAGE: sift export "))
        #expect(try Sift.run(["--help"]).stdout.hasPrefix("OVERVIEW: Who is quoted"))
    }
}
