/// The shell completion scripts argument-parser generates from `SiftCompletions`, with file names
/// completed where sift itself takes them: `sift corpus/<Tab>` and `sift -e Q corpus/<Tab>`, as
/// after a subcommand. (The root that generates them has no positional argument; see CommandRoots.)
/// Only the first word may name a subcommand: after a file (`sift a.txt <Tab>`) come more files
/// and sift's own options, as sift reads them. A test checks that each script still has what is
/// changed here, and drives each shell.
enum CompletionScripts {
    static func adapted(_ script: String) -> String {
        if script.hasPrefix("#!/bin/bash") { return bash(script) }
        if script.hasPrefix("#compdef sift") { return zsh(script) }
        if script.contains("complete -c 'sift'") { return fish(script) }
        return script
    }

    private static func bash(_ script: String) -> String {
        // The word after sift's options: subcommands and files at the first, options and files
        // after a file. `unparsed_words` holds the words after that first one.
        let offer = #/        # Offer subcommand completions\n(        COMPREPLY\+=\(\$\(compgen -W '[^']*' -- "\$\{cur\}"\)\)\n)/#
        return script
            .replacing(offer) { match in
                "        if [[ \"${#unparsed_words[@]}\" -eq 0 ]]; then\n    " + match.output.1
                    + "        else\n"
                    + "            __sift_offer_flags_options -1\n"
                    + "            [[ -z \"${cur}\" ]] && COMPREPLY+=($(compgen -W \"${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}\" -- \"${cur}\"))\n"
                    + "        fi\n"
                    + "        __sift_add_completions -f\n"
            }
            // Where the script offers nothing, bash completes file names.
            .replacing("complete -o filenames -F _sift sift",
                       with: "complete -o filenames -o bashdefault -o default -F _sift sift", maxReplacements: 1)
    }

    private static func zsh(_ script: String) -> String {
        // The first word may be a subcommand or a file; after a file, files and sift's options
        // (its own specifications without the two that hand over to a subcommand).
        script
            .replacing("        _describe -V subcommand subcommands && ret=0\n",
                       with: "        _describe -V subcommand subcommands && ret=0\n        _files && ret=0\n", maxReplacements: 1)
            .replacing("            \"_sift_${words[1]}\" && ret=0\n            ;;\n        esac\n",
                       with: "            \"_sift_${words[1]}\" && ret=0\n            ;;\n        *)\n"
                           + "            _arguments -w -s -S : \"${(@)arg_specs:#*->*}\" '*:file:_files' && ret=0\n"
                           + "            ;;\n        esac\n",
                       maxReplacements: 1)
    }

    private static func fish(_ script: String) -> String {
        var script = script.hasSuffix("\n") ? script : script + "\n"
        // A word after sift's options that names no subcommand is a file: it counts as sift's first
        // positional argument, so the subcommands (offered at the first) are not offered after it.
        if let parse = script.range(of: "function __sift_parse_tokens"),
           let end = script.range(of: "\n        end\n    end\nend\n", range: parse.upperBound..<script.endIndex) {
            script.insert(contentsOf: "\n        case '*'\n            set -q unparsed_tokens[1]; and set positional_index (math $positional_index + 1)",
                          at: end.lowerBound)
        }
        // Files wherever sift itself (no subcommand) takes a positional argument.
        return script + "complete -c 'sift' -n '__sift_should_offer_completions_for_positional \"sift\" -ge 1' -F\n"
    }
}
