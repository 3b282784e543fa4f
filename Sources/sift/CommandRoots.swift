import ArgumentParser

// `Sift` is the root users see. Two more roots hold the same subcommands, each for one job that
// a root with positional arguments (the articles) cannot do.

/// The subcommands under a root that takes no arguments of its own, so that a subcommand's name
/// is never read as an input file: `sift run …` is parsed through it (see ArgumentOrder).
struct SiftSubcommands: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sift", abstract: RootHelp.abstract, subcommands: Sift.subcommands)
}

/// The root the shell completion scripts are generated from: sift's options, then a subcommand.
/// Without the articles as positional arguments the scripts complete the subcommands' names and
/// their own options (bash and fish stop at the first positional argument of a root that has any).
struct SiftCompletions: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sift", abstract: RootHelp.abstract, subcommands: Sift.subcommands)

    @Option(name: [.customShort("e"), .customLong("execute"), .customShort("c"), .customLong("cmd")],
            help: ArgumentHelp("Run QUERY and exit (repeatable; in order).", valueName: "query"))
    var queries: [String] = []

    @OptionGroup var results: ResultOptions
    @OptionGroup var statements: StatementOptions
    @OptionGroup var input: InputOptions
    @OptionGroup var records: RecordOptions

    @Flag(name: [.customShort("V"), .long], help: "Print the version and exit.")
    var version = false
}
