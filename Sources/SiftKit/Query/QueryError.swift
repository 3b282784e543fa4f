/// An error in a statement: what went wrong, where (UTF-8 byte offsets into the statement), and
/// a hint. Parse and evaluation errors are both values of this type; nothing is thrown past the
/// engine's API without one.
public struct QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// When the error was found.
    public enum Phase: String, Sendable {
        /// The statement does not parse.
        case syntax = "syntax error"
        /// The statement parses but cannot run: an unknown source or field, a type mismatch.
        case evaluation = "error"
    }

    /// When the error was found.
    public var phase: Phase
    /// What went wrong: `unknown source 'indirect'`.
    public var message: String
    /// Byte range of the offending text in the statement.
    public var range: Range<Int>
    /// What to try instead, when there is something to say: `sources: articles, paragraphs, …`.
    public var hint: String?

    package init(_ phase: Phase, _ message: String, at range: Range<Int>, hint: String? = nil) {
        self.phase = phase
        self.message = message
        self.range = range
        self.hint = hint
    }

    package static func syntax(_ message: String, at range: Range<Int>, hint: String? = nil) -> QueryError {
        QueryError(.syntax, message, at: range, hint: hint)
    }

    package static func evaluation(_ message: String, at range: Range<Int>, hint: String? = nil) -> QueryError {
        QueryError(.evaluation, message, at: range, hint: hint)
    }

    /// `phase: message (hint)`, on one line.
    public var description: String { "\(phase.rawValue): \(message)" + (hint.map { " (\($0))" } ?? "") }
}
