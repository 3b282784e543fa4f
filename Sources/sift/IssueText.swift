import SiftKit

/// How the CLI reports a problem with an input: `sift: [warning: ]PATH: MESSAGE`, sanitised for
/// the terminal, with the flag that changes it when the engine names a remedy.
enum IssueText {
    static func line(_ issue: LoadIssue) -> String {
        let text = "\(TerminalText.sanitize(issue.path)): \(TerminalText.sanitize(issue.message))" + hint(issue.remedy)
        return issue.severity == .warning ? "sift: warning: \(text)\n" : "sift: \(text)\n"
    }

    static func hint(_ remedy: LoadIssue.Remedy?) -> String {
        switch remedy {
        case .raiseSizeLimit: return " (raise it with --max-file-size)"
        case .nameTextField: return " (name the text field with --text-field)"
        case nil: return ""
        }
    }
}
