/// sift's entry point: the command line is parsed (ArgumentOrder, Sift and its subcommands) and
/// run; ExitStatus is the one way out.
ExitStatus.main(Array(CommandLine.arguments.dropFirst()))
