import Foundation
import Testing
import SiftKit
@testable import sift

/// The dot commands' help and completion, which the command line owns (the language's are the
/// engine's: Tests/SiftKitTests/Query).
@Suite("Dot commands: help and completion")
struct CommandHelpTests {
    /// Every topic's examples run: the language's on the samples, and the commands' in batch mode.
    @Test func everyTopicsExamplesRun() throws {
        let c = Corpus()
        c.loadSamples()
        for topic in HelpTopics.all {
            for example in topic.examples {
                do { _ = try c.run(example) } catch { Issue.record("\(topic.name): \(example): \(error)") }
            }
        }
        for topic in Help.commands {
            #expect(topic.kind == .command && topic.name.hasPrefix("."), "\(topic.name)")
            for example in topic.examples {
                let r = try Sift.run(["-e", example])
                #expect(r.status == 0, "\(topic.name): \(example): \(r.stderr)")
            }
        }
    }

    /// Each command the shell knows has its topic, and each topic is a command the shell knows.
    @Test func everyCommandHasHelp() {
        for command in Shell.metaCommands where command != ".exit" { #expect(Help.topic(command) != nil, "\(command)") }
        for topic in Help.commands {
            #expect(Shell.metaCommands.contains(topic.name), "\(topic.name)")
            #expect(Help.topic(String(topic.name.dropFirst()))?.name == topic.name, "\(topic.name) without its dot")
        }
        #expect(Help.topic(".save!")?.name == ".save")
        #expect(Help.topic("once")?.name == ".output")
        #expect(Help.topic("avg")?.name == "sum")
        #expect(Help.topic("exit") == nil)
    }

    /// `.help` lists the language's topics, then the commands, as the binary prints it.
    @Test func theOverviewListsBoth() throws {
        let overview = Help.overview
        let sources = try #require(overview.range(of: "\nSources:\n"))
        let commands = try #require(overview.range(of: "\nCommands:\n"))
        #expect(sources.lowerBound < commands.lowerBound)
        #expect(overview.hasPrefix(HelpTopics.overview(commands: Help.commands)))
        #expect(overview.contains("  .timeout    stops a statement"))
        #expect(overview.hasSuffix("\nType .help NAME for the syntax and examples (.help where, .help quotes).\n"))
        let r = try Sift.run(["-e", ".help"])
        #expect(r.status == 0 && r.stdout == overview)
        let load = try Sift.run(["-e", ".help load"])
        #expect(load.stdout == ".load PATH …\n  loads more articles: files, folders, patterns\n")
        let unknown = try Sift.run(["-e", ".help .laod"])
        #expect(unknown.stdout == Help.text(topic: ".laod"))
        #expect(unknown.stdout.hasPrefix("no help on '.laod' — did you mean .load?\n") && unknown.stdout.hasSuffix(overview))
    }

    let completer: CommandCompletion = {
        let c = Corpus()
        c.loadSamples()
        return CommandCompletion(corpus: c)
    }()

    func complete(_ line: String) -> (start: Int, context: Completer.Context) {
        completer.complete(line, cursor: line.utf8.count)
    }

    @Test func completionOfCommandsAndWhatFollowsThem() {
        #expect(complete(".lo") == (0, .words(Shell.metaCommands)))
        #expect(complete(".s").context == .words(Shell.metaCommands))
        for command in [".load", ".run", ".save", ".save!", ".open"] {
            #expect(complete(command + " some/pa") == (command.utf8.count + 1, .path), "\(command)")
        }
        #expect(complete(".format j").context == .words(OutputFormat.allCases.map(\.rawValue)))
        #expect(complete(".help w").context == .words(Help.names))
        #expect(Help.names.contains("where") && Help.names.contains(".timeout"))
        #expect(complete(".timer o").context == .words([]))
        // Anything else is the engine's.
        #expect(complete("quotes | where kind == \"").context == .words(["direct\"", "partial\"", "indirect\""]))
        #expect(complete("quo").context == completer.engine.complete("quo", cursor: 3).context)
    }
}
