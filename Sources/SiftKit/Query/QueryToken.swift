/// A lexical token of the query language, with its byte range in the statement.
package struct QueryToken: Equatable, Sendable {
    package enum Kind: Equatable, Sendable {
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

    package var kind: Kind
    package var range: Range<Int>

    /// The identifier's name, lower-cased, when this token is one (keywords are identifiers).
    package var word: String? {
        if case .identifier(let s) = kind { return s.lowercased() }
        return nil
    }

    package func isSymbol(_ s: String) -> Bool { kind == .symbol(s) }
    package func isWord(_ w: String) -> Bool { word == w }

    /// How the token reads in an error message.
    package var display: String {
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
