import Foundation
import Testing

/// `sift --generate-completion-script bash|zsh|fish`: scripts that name every subcommand, offer
/// the closed sets of values, and complete file names where sift takes files.
@Suite("Shell completion scripts")
struct CompletionScriptTests {
    static let subcommands = ["run", "check", "export", "extract", "merge"]

    func script(_ shell: String) throws -> String {
        let r = try Sift.run(["--generate-completion-script", shell])
        #expect(r.status == 0, "\(shell): \(r.stderr)")
        #expect(r.stderr.isEmpty)
        return r.stdout
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func eachShellsScriptNamesTheSubcommandsAndTheValues(shell: String) throws {
        let s = try script(shell)
        for name in Self.subcommands { #expect(s.contains(name), "\(shell): no \(name)") }
        for option in ["--format", "--keep-going", "--timeout", "--to", "--rerun", "--out-dir", "--window", "--text-field"] {
            #expect(s.contains(option.dropFirst(2)), "\(shell): no \(option)")
        }
        for value in ["markdown", "jsonl", "ipynb", "tsv", "mentions", "paragraphs"] {
            #expect(s.contains(value), "\(shell): no \(value)")
        }
        // The same with the `=` spelling.
        #expect(try Sift.run(["--generate-completion-script=\(shell)"]).stdout == s)
    }

    @Test func filesAreCompletedWhereSiftTakesThemAtTheTop() throws {
        let bash = try script("bash")
        #expect(bash.contains("complete -o filenames -o bashdefault -o default -F _sift sift"))
        #expect(bash.contains("        if [[ \"${#unparsed_words[@]}\" -eq 0 ]]; then\n            COMPREPLY+=($(compgen -W 'run check"))
        #expect(try script("fish").contains("        case '*'\n            set -q unparsed_tokens[1]; and set positional_index"))
        let zsh = try script("zsh")
        #expect(zsh.contains("_describe -V subcommand subcommands && ret=0\n        _files && ret=0\n"))
        #expect(zsh.contains("        *)\n            _arguments -w -s -S : \"${(@)arg_specs:#*->*}\" '*:file:_files' && ret=0\n"))
        #expect(try script("fish").hasSuffix("\ncomplete -c 'sift' -n '__sift_should_offer_completions_for_positional \"sift\" -ge 1' -F\n"))
    }

    @Test func anUnknownShellIsBadUsage() throws {
        let r = try Sift.run(["--generate-completion-script", "tcsh"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("'tcsh'") && r.stderr.contains("zsh bash fish"), "\(r.stderr)")
    }

    /// Runs the bash script's completion function on a command line, as bash would at a Tab.
    func bashCompletions(_ line: String, in dir: TempDir) throws -> [String] {
        let scriptFile = dir.write("sift.bash", try script("bash"))
        let driver = """
            source "$1"
            read -ra words <<< "$2"
            [[ "$2" == *" " ]] && words+=("")
            COMP_WORDS=("${words[@]}"); COMP_CWORD=$(( ${#words[@]} - 1 )); COMP_LINE="$2"; COMP_POINT=${#2}
            _sift sift "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let binDir = URL(fileURLWithPath: Sift.binary).deletingLastPathComponent().path
        let r = try Sift.run(["-c", driver, "driver", scriptFile, line], cwd: dir.url,
                             environment: ["PATH": binDir + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")],
                             program: "/bin/bash")
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout.split(separator: "\n").map(String.init).sorted()
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash"), "needs bash"))
    func bashCompletesSubcommandsValuesAndFiles() throws {
        let dir = TempDir()
        dir.write("corpus/a.txt", "A\n\nB.")
        dir.write("lesson.sift.md", "")
        #expect(try bashCompletions("sift ex", in: dir) == ["export", "extract"])
        #expect(try bashCompletions("sift -f ", in: dir) == ["csv", "json", "jsonl", "markdown", "table"])
        #expect(try bashCompletions("sift -k run -f j", in: dir) == ["json", "jsonl"])
        #expect(try bashCompletions("sift export lesson.sift.md --to ", in: dir) == ["html", "ipynb", "md"])
        #expect(try bashCompletions("sift extract q", in: dir) == ["quotes"])
        #expect(try bashCompletions("sift run --ti", in: dir) == ["--timeout", "--title-field"])
        #expect(try bashCompletions("sift run cor", in: dir) == ["corpus"])
        #expect(try bashCompletions("sift check ", in: dir) == ["corpus", "lesson.sift.md"])
    }

    /// `sift a.txt <Tab>`: a file is no subcommand, and none comes after it; files and sift's
    /// options do. The first word still offers all three.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash"), "needs bash"))
    func bashOffersSubcommandsOnlyAsTheFirstWord() throws {
        let dir = TempDir()
        dir.write("corpus/a.txt", "A\n\nB.")
        dir.write("lesson.sift.md", "")
        let first = try bashCompletions("sift ", in: dir)
        for word in Self.subcommands + ["--format", "-e", "corpus", "lesson.sift.md"] { #expect(first.contains(word), "sift <Tab>: no \(word)") }
        #expect(try bashCompletions("sift -e q ", in: dir).contains("run"), "options before a subcommand")
        let afterFile = try bashCompletions("sift corpus/a.txt ", in: dir)
        for word in ["--format", "-e", "--keep-going", "corpus", "lesson.sift.md"] {
            #expect(afterFile.contains(word), "sift corpus/a.txt <Tab>: no \(word) in \(afterFile)")
        }
        for name in Self.subcommands + ["help"] { #expect(!afterFile.contains(name), "sift corpus/a.txt <Tab> offers \(name)") }
        #expect(try bashCompletions("sift corpus/a.txt ex", in: dir) == [])
        #expect(try bashCompletions("sift corpus/a.txt --fo", in: dir) == ["--format"])
        #expect(try bashCompletions("sift corpus/a.txt -f j", in: dir) == ["json", "jsonl"])
        #expect(try bashCompletions("sift -k corpus/a.txt le", in: dir) == ["lesson.sift.md"])
        #expect(!(try bashCompletions("sift corpus/a.txt -k ", in: dir)).contains("-k"), "a flag given is not offered again")
    }

    /// zsh's completion system needs a real line editor: zsh in tmux, and what it lists at a Tab.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/zsh") && TmuxSession.program != nil, "needs zsh and tmux"))
    func zshOffersSubcommandsOnlyAsTheFirstWord() throws {
        let dir = TempDir(), state = TempDir()
        dir.write("corpus/a.txt", "A\n\nB.")
        dir.write("lesson.sift.md", "")
        let functions = TempDir()
        functions.write("_sift", try script("zsh"))
        state.write(".zshrc", """
            bindkey -e
            fpath=(\(functions.path) $fpath)
            autoload -U compinit && compinit -u -D
            zstyle ':completion:*' list-prompt ''
            PROMPT='zsh> '
            """)
        let s = try TmuxSession(state: state, command: "cd \(dir.path) && exec env ZDOTDIR=\(state.path) LANG=C.UTF-8 /usr/bin/zsh -d -i",
                                columns: 160, rows: 60, waitFor: "zsh>")
        /// The screen after typing `line` and Tab, once it shows `marker`.
        func listing(_ line: String, showing marker: String) throws -> String {
            try s.keys("C-u")
            try s.keys("C-l")
            s.wait(until: { $0.trimmingCharacters(in: .whitespacesAndNewlines) == "zsh>" })
            try s.keys("-l", line)
            try s.keys("Tab")
            return s.wait(until: { $0.split(separator: "\n").count > 1 && $0.contains(marker) })
        }
        let first = try listing("sift ", showing: "lesson.sift.md")
        #expect(first.contains("Run scripts of queries") && first.contains("corpus/"), "\(first)")
        #expect(try listing("sift -", showing: "--format").contains("--execute"))
        let afterFile = try listing("sift corpus/a.txt ", showing: "lesson.sift.md")
        #expect(afterFile.contains("corpus/") && !afterFile.contains("Run scripts of queries") && !afterFile.contains("extract"), "\(afterFile)")
        let options = try listing("sift corpus/a.txt -", showing: "--format")
        #expect(options.contains("--format") && options.contains("--execute") && options.contains("--keep-going"), "\(options)")
        #expect(try listing("sift corpus/a.txt -f ", showing: "markdown").contains("jsonl"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/fish"), "needs fish (Debian package fish)"))
    func fishCompletesSubcommandsValuesAndFiles() throws {
        let dir = TempDir()
        dir.write("corpus/a.txt", "A\n\nB.")
        let scriptFile = dir.write("sift.fish", try script("fish"))
        func complete(_ line: String) throws -> [String] {
            let r = try Sift.run(["-c", "source \(scriptFile); complete -C '\(line)'"], cwd: dir.url, program: "/usr/bin/fish")
            return r.stdout.split(separator: "\n").map { String($0.split(separator: "\t").first ?? "") }.sorted()
        }
        #expect(try complete("sift ex") == ["export", "extract"])
        #expect(try complete("sift --format j") == ["json", "jsonl"])
        #expect(try complete("sift export x --to h") == ["html"])
        #expect(try complete("sift cor") == ["corpus/"])
        #expect(try complete("sift -e q cor") == ["corpus/"])
        // Subcommands only as the first word; after a file, files and sift's options.
        dir.write("lesson.sift.md", "")
        let first = try complete("sift ")
        for word in Self.subcommands + ["corpus/", "lesson.sift.md"] { #expect(first.contains(word), "sift <Tab>: no \(word)") }
        #expect(try complete("sift -").contains("--format"))
        #expect(try complete("sift -e q ").contains("run"), "options before a subcommand")
        let afterFile = try complete("sift corpus/a.txt ")
        #expect(afterFile.contains("corpus/") && afterFile.contains("lesson.sift.md"), "\(afterFile)")
        for name in Self.subcommands + ["help"] { #expect(!afterFile.contains(name), "sift corpus/a.txt <Tab> offers \(name)") }
        #expect(try complete("sift corpus/a.txt ex") == [])
        let options = try complete("sift corpus/a.txt -")
        for option in ["--format", "-e", "--keep-going"] { #expect(options.contains(option), "sift corpus/a.txt -<Tab>: no \(option)") }
        #expect(try complete("sift corpus/a.txt -f j") == ["json", "jsonl"])
    }
}
