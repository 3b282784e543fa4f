/// A lexical token of the query language, with its byte range in the statement.
public struct QueryToken: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case identifier(String)
        case string(String)
        case integer(Int)
        case decimal(Double)
        /// `/pattern/flags`
        case regex(String, flags: String)
        /// `| ( ) , = == != < <= > >= ~ !~ * .`
        case symbol(String)
        case end
    }

    public var kind: Kind
    public var range: Range<Int>

    /// The identifier's name, lower-cased, when this token is one (keywords are identifiers).
    public var word: String? {
        if case .identifier(let s) = kind { return s.lowercased() }
        return nil
    }

    public func isSymbol(_ s: String) -> Bool { kind == .symbol(s) }
    public func isWord(_ w: String) -> Bool { word == w }

    /// How the token reads in an error message.
    public var display: String {
        switch kind {
        case .identifier(let s): return "'\(s)'"
        case .string(let s): return "string \"\(s)\""
        case .integer(let n): return "number \(n)"
        case .decimal(let d): return "number \(d)"
        case .regex(let p, _): return "regex /\(p)/"
        case .symbol(let s): return "'\(s)'"
        case .end: return "end of statement"
        }
    }
}
