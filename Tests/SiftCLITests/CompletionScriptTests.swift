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
        #expect(try script("bash").contains("complete -o filenames -o bashdefault -o default -F _sift sift"))
        let zsh = try script("zsh")
        #expect(zsh.contains("_describe -V subcommand subcommands && ret=0\n        _files && ret=0\n"))
        #expect(zsh.contains("        *)\n            _files && ret=0\n"))
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
    }
}
