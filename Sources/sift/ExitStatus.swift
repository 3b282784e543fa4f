#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser

/// The one way out of sift: parse, run, and turn whatever happened into an exit status.
/// 0 success (and help, the version, a completion script), 1 a query, script or output error,
/// 2 bad usage or an input that could not be loaded — argument-parser's 64 for bad usage is 2 here.
enum ExitStatus {
    static func main(_ args: [String]) -> Never {
        let named = ArgumentOrder.subcommand(in: args)
        let (root, arguments): (ParsableCommand.Type, [String]) =
            if args.contains(where: { $0.hasPrefix("--generate-completion-script") }) {
                (SiftCompletions.self, args)
            } else if let named, named.name == "help", !named.arguments.dropFirst().contains(where: Sift.isSubcommand) {
                (Sift.self, ["--help"])  // `sift help`: the whole help
            } else if let named {
                (SiftSubcommands.self, named.arguments)
            } else {
                (Sift.self, args)
            }
        var status: Int32 = 0
        do {
            var command = try root.parseAsRoot(arguments)
            signal(SIGPIPE, SIG_IGN)  // `sift … | head`: stop writing quietly
            try command.run()
        } catch {
            let subcommand = named.map(\.name).flatMap { $0 == "help" ? nil : $0 }
            status = report(error, root: root, subcommand: subcommand)
        }
        Terminal.flush()
        exit(status)
    }

    /// Throws the status a command ended with, unless it is 0.
    static func check(_ status: Int32) throws {
        if status != 0 { throw ExitCode(status) }
    }

    /// Prints what the error asks for and returns the exit status.
    static func report(_ error: Error, root: ParsableCommand.Type, subcommand: String?) -> Int32 {
        if let code = error as? ExitCode { return code.rawValue }
        if root.exitCode(for: error) == .success {
            var text = root.fullMessage(for: error)
            if root == SiftCompletions.self { text = CompletionScripts.adapted(text) }
            Terminal.write(text.hasSuffix("\n") ? text : text + "\n")
            return 0
        }
        let command = "sift" + (subcommand.map { " " + $0 } ?? "")
        Terminal.writeError("sift: \(sentence(root.message(for: error)))\nTry '\(command) --help'.\n")
        return 2
    }

    /// argument-parser's "Unknown option '--x'" as the rest of sift's messages read: "unknown option '--x'".
    static func sentence(_ message: String) -> String {
        guard let first = message.first, first.isUppercase,
              message.dropFirst().first?.isLowercase == true else { return message }
        return first.lowercased() + message.dropFirst()
    }
}

extension Sift {
    static func isSubcommand(_ word: String) -> Bool {
        subcommands.contains { $0._commandName == word }
    }
}
