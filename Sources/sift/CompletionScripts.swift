/// The shell completion scripts argument-parser generates from `SiftCompletions`, with file names
/// completed where sift itself takes them: `sift corpus/<Tab>` and `sift -e Q corpus/<Tab>`, as
/// after a subcommand. (The root that generates them has no positional argument; see CommandRoots.)
/// A test checks that each script still has what is changed here.
enum CompletionScripts {
    static func adapted(_ script: String) -> String {
        if script.hasPrefix("#!/bin/bash") {
            // Where the script offers nothing (a word that is not a subcommand), bash completes file names.
            return script.replacing("complete -o filenames -F _sift sift",
                                    with: "complete -o filenames -o bashdefault -o default -F _sift sift", maxReplacements: 1)
        }
        if script.hasPrefix("#compdef sift") {
            // The first word may be a subcommand or a file; later words after a file are files.
            return script
                .replacing("        _describe -V subcommand subcommands && ret=0\n",
                           with: "        _describe -V subcommand subcommands && ret=0\n        _files && ret=0\n", maxReplacements: 1)
                .replacing("            \"_sift_${words[1]}\" && ret=0\n            ;;\n        esac\n",
                           with: "            \"_sift_${words[1]}\" && ret=0\n            ;;\n        *)\n            _files && ret=0\n            ;;\n        esac\n", maxReplacements: 1)
        }
        if script.contains("complete -c 'sift'") {
            // Files wherever sift itself (no subcommand) takes a positional argument.
            return (script.hasSuffix("\n") ? script : script + "\n")
                + "complete -c 'sift' -n '__sift_should_offer_completions_for_positional \"sift\" -ge 1' -F\n"
        }
        return script
    }
}
