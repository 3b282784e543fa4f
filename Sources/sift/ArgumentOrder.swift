/// Where a subcommand's name stands among the arguments. Options may come before it
/// (`sift -k run x.sift`): the name is the first word that is neither an option nor an
/// option's value, and it is moved to the front for the parser.
enum ArgumentOrder {
    /// The subcommands' names, and `help` (`sift help run`).
    static let names: Set<String> = ["run", "check", "export", "extract", "merge", "help"]

    /// Every option of any command that takes a value (the next argument, unless given as
    /// `--name=value`). A test checks this against the options the commands declare.
    static let valued: Set<String> = [
        "-e", "--execute", "-c", "--cmd", "-f", "--format", "-o", "--output", "--timeout", "--max-file-size",
        "--input-format", "--text-field", "--id-field", "--title-field", "--date-field", "--outlet-field", "--url-field",
        "--to", "--out-dir", "--window", "--generate-completion-script",
    ]

    /// The subcommand named and the arguments with its name first; nil when there is none.
    static func subcommand(in args: [String]) -> (name: String, arguments: [String])? {
        var i = 0
        while i < args.count {
            let a = args[i]
            if a == "--" { return nil }
            if a.hasPrefix("-") && a != "-" {
                i += valued.contains(a) ? 2 : 1
                continue
            }
            guard names.contains(a) else { return nil }
            return (a, [a] + args[..<i] + args[(i + 1)...])
        }
        return nil
    }
}
