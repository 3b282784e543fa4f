import Foundation
import Testing

/// Every documented spelling of an option, before and after a subcommand's name (README "Using
/// sift"): each one is run and its effect checked.
@Suite("Options, spelled every documented way")
struct OptionSpellingTests {
    /// A folder with a script that counts the articles, and one article.
    struct Setup {
        let dir = TempDir()
        let script: String
        let article: String
        init() {
            script = dir.write("count.sift", "articles | count\n")
            article = dir.write("a.txt", "A headline\n\n\"We are ready,\" said Ruth Ng.\n")
        }
    }

    @Test func formatAndOutputGoBeforeOrAfterRun() throws {
        let s = Setup()
        let spellings: [[String]] = [
            ["-f", "csv", "-o", "OUT", "run", s.script, s.article],
            ["run", "-f", "csv", "-o", "OUT", s.script, s.article],
            ["run", s.script, s.article, "--format", "csv", "--output", "OUT"],
            ["--format=csv", "run", s.script, "--output=OUT", s.article],
        ]
        for (i, args) in spellings.enumerated() {
            let out = s.dir.path + "/out\(i).csv"
            let r = try Sift.run(args.map { $0.replacingOccurrences(of: "OUT", with: out) })
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(r.stdout.isEmpty, "\(args): results go to the file")
            #expect(try String(contentsOfFile: out, encoding: .utf8) == "count\r\n1\r\n", "\(args)")
        }
    }

    @Test func executeHasFourNamesAndEachForm() throws {
        for args in [["-e", "articles | count"], ["--execute", "articles | count"], ["-c", "articles | count"],
                     ["--cmd", "articles | count"], ["--execute=articles | count"], ["--cmd=articles | count"]] {
            let r = try Sift.run(["-f", "csv"] + args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(r.stdout == "count\r\n4\r\n", "\(args)")
        }
        // A query that starts with a dash is still the value of -e.
        let dash = try Sift.run(["-e", "-articles"])
        #expect(dash.status == 1, "\(dash.stderr)")
        #expect(!dash.stderr.contains("missing value"))
    }

    @Test func keepGoingBeforeOrAfterTheSubcommandAndAsAGroupOfShortOptions() throws {
        let dir = TempDir()
        let bad = dir.write("bad.sift", "articles | wher x\narticles | count\n")
        for args in [["-k", "run", bad], ["run", "-k", bad], ["run", bad, "-k"], ["run", bad, "--keep-going"],
                     ["--keep-going", "run", bad], ["-kq", "run", bad], ["run", "-qk", bad]] {
            let r = try Sift.run(args)
            #expect(r.status == 1, "\(args)")
            #expect(r.stdout.contains("    4"), "\(args): the second statement ran")
        }
    }

    @Test func maxFileSizeBeforeOrAfterTheSubcommand() throws {
        let s = Setup()
        let big = s.dir.write("big.txt", "Big\n\n" + String(repeating: "Words and more words. ", count: 100))
        for args in [["--max-file-size", "0.001", "run", s.script, big], ["run", s.script, big, "--max-file-size", "0.001"],
                     ["--max-file-size=0.001", "-e", "articles | count", big]] {
            let r = try Sift.run(args)
            #expect(r.status == 2, "\(args): a file over the limit is an input that could not be loaded")
            #expect(r.stderr.contains("big.txt"), "\(args): \(r.stderr)")
        }
        #expect(try Sift.run(["run", s.script, big, "--max-file-size", "1"]).status == 0)
    }

    @Test func timeoutTakesSecondsZeroOrOff() throws {
        let s = Setup()
        for args in [["--timeout", "0", "run", s.script], ["run", s.script, "--timeout", "off"], ["--timeout=2.5", "-e", "articles | count"],
                     ["run", "--timeout", "30", s.script]] {
            let r = try Sift.run(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(r.stdout.contains("    4"), "\(args)")
        }
        let slow = try Sift.run(["run", "-", "--timeout", "0.3"], stdin: #"paragraphs | where text matches /(.?){1000}#/ | count"# + "\n")
        #expect(slow.status == 1)
        #expect(slow.stderr.contains("ran out of time"), "\(slow.stderr)")
    }

    @Test func colorIsForcedEitherWayAndNoColorIsHonoured() throws {
        let q = ["-e", "articles | select id | take 1"]
        let bold = "\u{1B}[1m"
        #expect(try Sift.run(q).stdout.contains(bold) == false, "a pipe is never coloured")
        #expect(try Sift.run(["--color"] + q).stdout.contains(bold))
        #expect(try Sift.run(q + ["--color"], environment: ["NO_COLOR": "1"]).stdout.contains(bold), "--color wins over NO_COLOR")
        #expect(try Sift.run(["--color", "--no-color"] + q).stdout.contains(bold) == false, "the last one counts")
        let s = Setup()
        #expect(try Sift.run(["run", s.script, "--color"]).stdout.contains(bold))
    }

    @Test func quietSilencesWarningsAboutInputs() throws {
        let s = Setup()
        let latin1 = s.dir.write("latin1.txt", Data("Caf\u{E9}\n\nA caf\u{E9} opened.".unicodeScalars.map { UInt8($0.value) }))
        let loud = try Sift.run(["run", s.script, latin1])
        #expect(loud.stderr.contains("Windows-1252"), "\(loud.stderr)")
        for args in [["-q", "run", s.script, latin1], ["run", s.script, latin1, "--quiet"], ["--quiet", "-e", "articles | count", latin1]] {
            let r = try Sift.run(args)
            #expect(r.status == 0, "\(args)")
            #expect(r.stderr.isEmpty, "\(args): \(r.stderr)")
        }
    }

    @Test func dataSetOptionsAfterTheSubcommand() throws {
        let dir = TempDir()
        let script = dir.write("s.sift", "articles | select article, words, outlet\n")
        let stdin = "uid,body,source\nx,\"One, two three.\",Wire\n"
        for args in [["run", script, "-", "--input-format", "csv", "--text-field", "body", "--id-field", "uid", "--outlet-field", "source", "-f", "csv"],
                     ["--input-format=csv", "--text-field=body", "run", script, "--id-field=uid", "--outlet-field=source", "-", "-f", "csv"]] {
            let r = try Sift.run(args, stdin: stdin)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(r.stdout == "article,words,outlet\r\nx,3,Wire\r\n", "\(args)")
        }
    }

    @Test func extractAndMergeTakeOptionsBeforeTheirName() throws {
        let data = "{\"id\": \"a\", \"text\": \"Flood\\n\\nThe mayor, Jane Doe, said: \\\"We are ready.\\\"\"}\n"
        let before = try Sift.run(["-f", "csv", "-q", "extract", "quotes", "-"], stdin: data)
        let after = try Sift.run(["extract", "quotes", "-", "-q", "--format", "csv"], stdin: data)
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout.hasPrefix("article,speaker,text,"))
        #expect(before.stdout == after.stdout)
        let dir = TempDir()
        let mentions = try Sift.run(["extract", "mentions", "-"], stdin: data)
        let file = dir.write("mentions.jsonl", mentions.stdout)
        let merged = try Sift.run(["-f", "csv", "merge", file])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout.contains("Jane Doe"))
    }

    @Test func aSubcommandsNameAsAValueOrAfterDashDashIsNotTheSubcommand() throws {
        let dir = TempDir()
        // The value of -o is the file "run"; there is no subcommand here.
        let r = try Sift.run(["-o", "run", "-e", "articles | count"], cwd: dir.url)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.path + "/run"))
        // After --, "check" is a file to load.
        let dashes = try Sift.run(["-e", "articles | count", "--", "check"], cwd: dir.url)
        #expect(dashes.status == 2)
        #expect(dashes.stderr.contains("check: no such file"), "\(dashes.stderr)")
    }

    @Test func helpAndVersionSpellings() throws {
        let run = try Sift.run(["run", "--help"]).stdout
        #expect(try Sift.run(["help", "run"]).stdout == run)
        #expect(try Sift.run(["run", "-h"]).stdout == run)
        #expect(try Sift.run(["-k", "run", "x.sift", "--help"]).stdout == run, "help wins, whatever else is given")
        let root = try Sift.run(["--help"]).stdout
        #expect(try Sift.run(["-h"]).stdout == root)
        #expect(try Sift.run(["help"]).stdout == root)
        #expect(root.contains("SUBCOMMANDS:") && root.contains("extract") && root.contains("merge"))
        for args in [["-V"], ["--version"]] {
            let v = try Sift.run(args)
            #expect(v.status == 0)
            #expect(v.stdout.hasPrefix("sift "), "\(v.stdout)")
        }
    }
}

/// ArgumentOrder finds a subcommand's name after options by skipping each option's value: its
/// list of options that take one must hold every such option the commands declare.
@Suite("Options that take a value, before a subcommand's name")
struct ValuedOptionsBeforeASubcommandTests {
    @Test func everyOptionThatTakesAValueMayComeBeforeTheSubcommand() throws {
        let dump = try Sift.run(["--experimental-dump-help"])
        #expect(dump.status == 0, "\(dump.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var names: Set<String> = []
        func collect(_ command: [String: Any]) {
            for argument in command["arguments"] as? [[String: Any]] ?? [] where argument["kind"] as? String == "option" {
                for name in argument["names"] as? [[String: Any]] ?? [] {
                    let n = name["name"] as? String ?? ""
                    names.insert((name["kind"] as? String == "short" ? "-" : "--") + n)
                }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { collect(sub) }
        }
        collect(try #require(root["command"] as? [String: Any]))
        #expect(names.isSuperset(of: ["-e", "--to", "--out-dir", "--window", "-o", "--url-field"]), "\(names.sorted())")
        for name in names.sorted() {
            // The value is a subcommand's name: it must be read as the value, and `run` after it as
            // the subcommand — which shows its help, or says the value is not one the option takes.
            let r = try Sift.run([name, "check", "run", "--help"])
            let help = r.status == 0 && r.stdout.contains("USAGE: sift run ")
            let badValue = r.status == 2 && r.stderr.contains("'check' is invalid for '\(name) ") && r.stderr.hasSuffix("Try 'sift run --help'.\n")
            #expect(help || badValue, "\(name) check run --help: \(r.stdout.prefix(120)) \(r.stderr)")
        }
    }
}
