/// Parses a statement: a source, then stages joined by `|` (the full grammar is in the README).
///
/// Errors report the token where parsing failed, what was expected there, and a did-you-mean.
package struct Parser {
    private var tokens: [QueryToken]
    private var position = 0
    private var depth = 0
    /// Operators in the statement so far: a bound on an expression tree's depth, so that a
    /// megabyte of `a or b or c …` is an error, not a stack overflow when it is evaluated.
    private var operations = 0
    static let maxOperations = 2000
    private let source: String

    /// Nesting deeper than this is refused with an error instead of exhausting the stack.
    static let maxDepth = 100

    package static let stageNames = ["where", "select", "sort", "take", "count", "sum", "avg", "min", "max", "list", "group", "distinct", "chart"]
    static let aggregateNames = ["count", "sum", "avg", "min", "max", "list"]
    /// Words that start a statement besides the sources' names: no binding may take one, and
    /// completion and did-you-mean offer them.
    static let statementKeywords = ["kwic", "compare", "show", "why", "let"]

    package static func parse(_ statement: String) -> Result<Statement, QueryError> {
        switch Lexer.tokenize(statement) {
        case .failure(let e): return .failure(e)
        case .success(let tokens):
            var p = Parser(tokens: tokens, source: statement)
            do { return .success(try p.statement()) } catch let e as QueryError { return .failure(e) } catch {
                return .failure(.syntax("\(error)", at: 0..<0))
            }
        }
    }

    private init(tokens: [QueryToken], source: String) {
        self.tokens = tokens
        self.source = source
    }

    // MARK: - Token access

    private var current: QueryToken { tokens[position] }

    private mutating func advance() -> QueryToken {
        let t = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return t
    }

    private func error(_ message: String, hint: String? = nil) -> QueryError {
        .syntax(message, at: current.range.isEmpty ? current.range.lowerBound..<current.range.lowerBound : current.range, hint: hint)
    }

    private mutating func expectSymbol(_ s: String, _ what: String) throws {
        guard current.isSymbol(s) else { throw error("expected \(what), found \(current.display)") }
        _ = advance()
    }

    // MARK: - Statements

    mutating func statement() throws -> Statement {
        if current.kind == .end { throw error("empty statement", hint: "try: articles") }
        if current.isWord("why") { return try why() }
        if current.isWord("show") {
            let start = advance().range.lowerBound
            guard current.kind != .end else { throw error("expected an article id or name after 'show'", hint: "e.g. show 1") }
            let ref = try articleRef()
            try expectEnd("show \(ref.text)", hint: current.isSymbol("|")
                          ? "show prints one article and takes no stages; for rows use paragraphs in \(ref.text)"
                          : "e.g. show 1")
            return .show(ref, start..<ref.range.upperBound)
        }
        if current.isWord("let") {
            _ = advance()
            guard case .identifier(let name) = current.kind else {
                throw error("expected a name after 'let', found \(current.display)", hint: "e.g. let z = quotes | where kind == \"direct\"")
            }
            let nameRange = advance().range
            if Catalog.source(named: name.lowercased()) != nil || Parser.statementKeywords.contains(name.lowercased()) {
                throw QueryError.syntax("'\(name)' is a source or keyword; choose another name", at: nameRange)
            }
            guard current.isSymbol("=") else { throw error("expected '=' after 'let \(name)', found \(current.display)") }
            _ = advance()
            let p = try pipeline()
            try expectEnd("the pipeline")
            if let c = p.chart {
                throw QueryError.syntax("a chart cannot be bound with let: bind the rows, then chart them", at: c.range, hint: "let \(name) = …; \(name) | chart \(c.kind.rawValue)")
            }
            return .binding(name, p, nameRange)
        }
        let p = try pipeline()
        try expectEnd(nil)
        return .pipeline(p)
    }

    private mutating func expectEnd(_ after: String?, hint: String = "stages are joined with |, e.g. articles | count") throws {
        guard current.kind == .end else {
            throw error("unexpected \(current.display)" + (after.map { " after \($0)" } ?? ""), hint: hint)
        }
    }

    /// `why quote N`
    mutating func why() throws -> Statement {
        let start = advance().range.lowerBound
        guard let word = current.word, let target = WhyTarget(rawValue: word) else {
            let options = WhyTarget.allCases.map(\.rawValue)
            let hint = current.word.flatMap { Suggest.closest(to: $0, among: options) }.map { "did you mean '\($0)'?" }
            throw error("expected what to explain (\(options.joined(separator: ", "))), found \(current.display)",
                        hint: hint ?? "e.g. why quote 3")
        }
        _ = advance()
        if case .string(let name) = current.kind, target != .quote {
            let end = advance().range.upperBound
            guard current.kind == .end else { throw error("unexpected \(current.display) after why \(target.rawValue) \"\(name)\"") }
            return .whyNamed(target, name, start..<end)
        }
        guard case .integer(let n) = current.kind else {
            throw error("expected the \(target.rawValue)'s id, found \(current.display)", hint: target == .quote ? "ids are in the id column of quotes"
                                                : "ids are in the id column of \(target.plural), or give a name: why \(target.rawValue) \"…\"")
        }
        let end = advance().range.upperBound
        guard current.kind == .end else { throw error("unexpected \(current.display) after why \(target.rawValue) \(n)") }
        return .why(target, n, start..<end)
    }

    mutating func pipeline() throws -> Pipeline {
        let src = try sourceClause()
        var stages: [Stage] = []
        var chart: ChartSpec? = nil
        while current.isSymbol("|") {
            _ = advance()
            if let c = chart {
                throw QueryError.syntax("chart draws the result: it must be the last stage", at: c.range, hint: "move '| chart \(c.kind.rawValue)' to the end")
            }
            if current.isWord("chart") { chart = try chartSpec(); continue }
            stages.append(try stage())
        }
        return Pipeline(source: src, stages: stages, chart: chart)
    }

    /// `chart bar|line|stacked`
    mutating func chartSpec() throws -> ChartSpec {
        let start = advance().range.lowerBound
        let kinds = ChartKind.allCases.map(\.rawValue)
        guard let word = current.word else {
            throw error("expected a kind of chart after 'chart', found \(current.display)", hint: "chart " + kinds.joined(separator: "|"))
        }
        guard let kind = ChartKind(rawValue: word) else {
            throw error("unknown chart '\(word)'", hint: Suggest.closest(to: word, among: kinds).map { "did you mean '\($0)'?" } ?? "chart " + kinds.joined(separator: "|"))
        }
        return ChartSpec(kind: kind, range: start..<advance().range.upperBound)
    }

    mutating func sourceClause() throws -> SourceClause {
        guard case .identifier(let raw) = current.kind else {
            throw error("expected a source (\(Catalog.sourceNames.joined(separator: ", ")), kwic, compare), found \(current.display)")
        }
        let name = raw.lowercased()
        let start = current.range.lowerBound
        _ = advance()
        var spec = SourceSpec.named(name == "kwic" || name == "compare" ? name : raw)
        if name == "kwic" {
            let pattern: KwicPattern
            switch current.kind {
            case .string(let s) where !s.isEmpty: pattern = .phrase(s)
            case .regex(let p, let flags): pattern = .regex(p, flags: flags)
            default: throw error("expected what to look for after 'kwic': a \"phrase\" or /regex/, found \(current.display)", hint: "e.g. kwic \"ceasefire\" width 30")
            }
            _ = advance()
            var width: Int? = nil
            if current.isWord("width") {
                _ = advance()
                guard case .integer(let n) = current.kind, n > 0, n <= 400 else {
                    throw error("expected a width from 1 to 400 after 'width', found \(current.display)")
                }
                width = n
                _ = advance()
            }
            spec = .kwic(pattern, width: width)
        } else if name == "compare" {
            guard current.kind != .end, !current.isSymbol("|") else { throw error("expected two articles after 'compare'", hint: "e.g. compare 1 2") }
            let a = try articleRef()
            guard current.kind != .end, !current.isSymbol("|") else { throw error("expected a second article to compare with \(a.text)", hint: "e.g. compare 1 2") }
            let b = try articleRef()
            spec = .compare(a, b)
            return SourceClause(spec: spec, range: start..<b.range.upperBound, articles: [])
        } else {
            spec = .named(raw)
        }
        let range = start..<tokens[position - 1].range.upperBound
        var refs: [ArticleRef] = []
        if current.isWord("in") {
            _ = advance()
            repeat {
                if !refs.isEmpty { _ = advance() }  // the comma
                refs.append(try articleRef())
            } while current.isSymbol(",")
        }
        return SourceClause(spec: spec, range: range, articles: refs)
    }

    /// An article by id (2), quoted name ("business/001.txt") or bare name (herald-flood.txt):
    /// tokens written with no space between them are read back as the text they were typed as.
    mutating func articleRef() throws -> ArticleRef {
        switch current.kind {
        case .string(let s):
            return ArticleRef(text: s, range: advance().range)
        case .integer, .identifier, .decimal:
            let first = advance().range
            var end = first.upperBound
            while current.range.lowerBound == end, current.kind != .end,
                  !current.isSymbol(","), !current.isSymbol("|") {
                end = advance().range.upperBound
            }
            let utf8 = Array(source.utf8)
            return ArticleRef(text: String(decoding: utf8[first.lowerBound..<end], as: UTF8.self), range: first.lowerBound..<end)
        default:
            throw error("expected an article id or name after 'in', found \(current.display)",
                        hint: "e.g. articles in 2 or paragraphs in \"herald-flood.txt\"")
        }
    }

    // MARK: - Stages

    mutating func stage() throws -> Stage {
        guard case .identifier(let raw) = current.kind else {
            throw error("expected a stage after '|', found \(current.display)",
                        hint: "stages: " + Parser.stageNames.joined(separator: ", "))
        }
        let name = raw.lowercased()
        let start = current.range.lowerBound
        switch name {
        case "where":
            _ = advance()
            let e = try expression()
            return .filter(e, start..<e.range.upperBound)
        case "select":
            _ = advance()
            var items: [SelectItem] = []
            repeat {
                if !items.isEmpty { _ = advance() }
                if current.isSymbol("*") {
                    items.append(SelectItem(expr: .field("*", advance().range), alias: nil))
                    continue
                }
                let e = try expression()
                var alias: String? = nil
                if current.isWord("as") {
                    _ = advance()
                    guard case .identifier(let a) = current.kind else { throw error("expected a column name after 'as'") }
                    alias = a
                    _ = advance()
                }
                items.append(SelectItem(expr: e, alias: alias))
            } while current.isSymbol(",")
            return .select(items, start..<tokens[position - 1].range.upperBound)
        case "sort", "order":
            _ = advance()
            if current.isWord("by") { _ = advance() }
            var keys: [SortKey] = []
            repeat {
                if !keys.isEmpty { _ = advance() }
                let e = try expression()
                var desc = false
                if current.isWord("desc") || current.isWord("descending") { desc = true; _ = advance() }
                else if current.isWord("asc") || current.isWord("ascending") { _ = advance() }
                keys.append(SortKey(expr: e, descending: desc))
            } while current.isSymbol(",")
            return .sort(keys, start..<tokens[position - 1].range.upperBound)
        case "take", "limit", "head":
            _ = advance()
            guard case .integer(let n) = current.kind else {
                throw error("expected how many rows to take, found \(current.display)", hint: "e.g. take 10")
            }
            guard n >= 0 else { throw error("take needs a number of rows of 0 or more") }
            let r = advance().range
            return .take(n, start..<r.upperBound)
        case "count", "sum", "avg", "min", "max", "list":
            return .aggregate(try aggregate(), start..<tokens[position - 1].range.upperBound)
        case "group":
            _ = advance()
            guard current.isWord("by") else { throw error("expected 'by' after 'group', found \(current.display)", hint: "e.g. group by speaker") }
            _ = advance()
            var keys: [Expr] = []
            repeat {
                if !keys.isEmpty { _ = advance() }
                keys.append(try expression())
            } while current.isSymbol(",")
            var agg: Aggregate? = nil
            if let w = current.word, Parser.aggregateNames.contains(w) { agg = try aggregate() }
            return .group(keys, agg, start..<tokens[position - 1].range.upperBound)
        case "distinct":
            _ = advance()
            var keys: [Expr] = []
            repeat {
                if !keys.isEmpty { _ = advance() }
                keys.append(try expression())
            } while current.isSymbol(",")
            return .distinct(keys, start..<tokens[position - 1].range.upperBound)
        default:
            let suggestion = Suggest.closest(to: name, among: Parser.stageNames)
            throw error("unknown stage '\(raw)'",
                        hint: suggestion.map { "did you mean '\($0)'?" } ?? "stages: " + Parser.stageNames.joined(separator: ", "))
        }
    }

    /// `count`, `sum f`, `avg f`, `min f`, `max f`, `list f`
    mutating func aggregate() throws -> Aggregate {
        let word = current.word ?? ""
        _ = advance()
        if word == "count" { return .count }
        guard current.kind != .end, !current.isSymbol("|") else {
            throw error("expected a field after '\(word)'", hint: "e.g. \(word) words")
        }
        let e = try expression()
        switch word {
        case "sum": return .sum(e)
        case "avg": return .avg(e)
        case "min": return .min(e)
        case "max": return .max(e)
        default: return .list(e)
        }
    }

    // MARK: - Expressions

    mutating func expression() throws -> Expr {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Parser.maxDepth else { throw error("expression nested too deeply (over \(Parser.maxDepth) levels)") }
        return try orExpr()
    }

    mutating func orExpr() throws -> Expr {
        var left = try andExpr()
        while current.isWord("or") {
            let r = advance().range
            try countOperation()
            left = .binary(.or, left, try andExpr(), opRange: r)
        }
        return left
    }

    private mutating func countOperation() throws {
        operations += 1
        if operations > Parser.maxOperations {
            throw error("expression too long (over \(Parser.maxOperations) operators)", hint: "split it into several steps, or use x in (\"a\", \"b\", …)")
        }
    }

    mutating func andExpr() throws -> Expr {
        var left = try notExpr()
        while current.isWord("and") {
            let r = advance().range
            try countOperation()
            left = .binary(.and, left, try notExpr(), opRange: r)
        }
        return left
    }

    mutating func notExpr() throws -> Expr {
        if current.isWord("not") {
            let r = advance().range
            depth += 1
            defer { depth -= 1 }
            guard depth <= Parser.maxDepth else { throw error("expression nested too deeply (over \(Parser.maxDepth) levels)") }
            let e = try notExpr()
            return .unary(.not, e, r.lowerBound..<e.range.upperBound)
        }
        return try comparison()
    }

    mutating func comparison() throws -> Expr {
        let left = try primary()
        if case .symbol(let s) = current.kind, let op = Self.comparisonOps[s] {
            let r = advance().range
            let right = try primary()
            return .binary(op, left, right, opRange: r)
        }
        if current.isWord("matches") {
            _ = advance()
            guard case .regex(let pattern, let flags) = current.kind else {
                throw error("expected a regular expression after 'matches', found \(current.display)", hint: "e.g. text matches /cease-?fire/i")
            }
            let r = advance().range
            return .matches(left, pattern: pattern, flags: flags, left.range.lowerBound..<r.upperBound)
        }
        var negated = false
        if current.isWord("not"), position + 1 < tokens.count, tokens[position + 1].isWord("in") {
            _ = advance()
            negated = true
        }
        if current.isWord("in") {
            _ = advance()
            try expectSymbol("(", "'(' to open the list after 'in'")
            var items: [Expr] = []
            if !current.isSymbol(")") {
                repeat {
                    if !items.isEmpty { _ = advance() }
                    items.append(try primary())
                } while current.isSymbol(",")
            }
            let close = current.range
            try expectSymbol(")", "',' or ')' in the list")
            return .inList(left, items, negated: negated, left.range.lowerBound..<close.upperBound)
        }
        return left
    }

    static let comparisonOps: [String: BinaryOp] = [
        "==": .eq, "=": .eq, "!=": .ne, "<": .lt, "<=": .le, ">": .gt, ">=": .ge, "~": .contains, "!~": .notContains,
    ]

    mutating func primary() throws -> Expr {
        let t = current
        switch t.kind {
        case .integer(let n): _ = advance(); return .literal(.int(n), t.range)
        case .decimal(let d): _ = advance(); return .literal(.double(d), t.range)
        case .string(let s): _ = advance(); return .literal(.string(s), t.range)
        case .identifier(let name):
            switch name.lowercased() {
            case "null": _ = advance(); return .literal(.null, t.range)
            case "true": _ = advance(); return .literal(.bool(true), t.range)
            case "false": _ = advance(); return .literal(.bool(false), t.range)
            default: break
            }
            _ = advance()
            if current.isSymbol("(") {
                _ = advance()
                var args: [Expr] = []
                if !current.isSymbol(")") {
                    repeat {
                        if !args.isEmpty { _ = advance() }
                        args.append(try expression())
                    } while current.isSymbol(",")
                }
                let close = current.range
                try expectSymbol(")", "',' or ')' after the function's arguments")
                return .call(name.lowercased(), args, t.range.lowerBound..<close.upperBound)
            }
            return .field(name, t.range)
        case .symbol("("):
            _ = advance()
            let e = try expression()
            try expectSymbol(")", "')' to close '('")
            return e
        case .end:
            throw error("expected a value or field name, found the end of the statement")
        default:
            throw error("expected a value or field name, found \(t.display)")
        }
    }
}
