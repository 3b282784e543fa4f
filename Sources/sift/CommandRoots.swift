import ArgumentParser

// `Sift` is the root users see. Another root holds the same subcommands, for what a root with
// positional arguments (the articles) cannot do.

/// The subcommands under a root that takes no arguments of its own, so that a subcommand's name
/// is never read as an input file: `sift run …` is parsed through it (see ArgumentOrder).
struct SiftSubcommands: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "sift", abstract: RootHelp.abstract, subcommands: Sift.subcommands)
    }
}
