/// An error in a statement: what went wrong, where (UTF-8 byte offsets into the statement), and
/// a hint. Parse and evaluation errors are both values of this type; nothing is thrown past the
/// engine's API without one.
public struct QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Phase: String, Sendable { case syntax = "syntax error", evaluation = "error" }

    public var phase: Phase
    public var message: String
    /// Byte range of the offending text in the statement.
    public var range: Range<Int>
    public var hint: String?

    public init(_ phase: Phase, _ message: String, at range: Range<Int>, hint: String? = nil) {
        self.phase = phase
        self.message = message
        self.range = range
        self.hint = hint
    }

    public static func syntax(_ message: String, at range: Range<Int>, hint: String? = nil) -> QueryError {
        QueryError(.syntax, message, at: range, hint: hint)
    }

    public static func evaluation(_ message: String, at range: Range<Int>, hint: String? = nil) -> QueryError {
        QueryError(.evaluation, message, at: range, hint: hint)
    }

    public var description: String { "\(phase.rawValue): \(message)" + (hint.map { " (\($0))" } ?? "") }
}
