/// An expression bound to a table's columns and type-checked, ready to evaluate row by row.
indirect enum CompiledExpr {
    case column(Int)
    case constant(Value)
    case not(CompiledExpr)
    case and(CompiledExpr, CompiledExpr)
    case or(CompiledExpr, CompiledExpr)
    case compare(BinaryOp, CompiledExpr, CompiledExpr)
    case contains(CompiledExpr, CompiledExpr, negated: Bool)
    case matches(CompiledExpr, RegexBox)
    case inList(CompiledExpr, [CompiledExpr], negated: Bool)
    case call(Function, [CompiledExpr])

    func evaluate(_ row: [Value]) -> Value {
        switch self {
        case .column(let i): return row[i]
        case .constant(let v): return v
        case .not(let e):
            if case .bool(let b) = e.evaluate(row) { return .bool(!b) }
            return .null
        case .and(let a, let b):
            guard case .bool(true) = a.evaluate(row) else { return .bool(false) }
            if case .bool(true) = b.evaluate(row) { return .bool(true) }
            return .bool(false)
        case .or(let a, let b):
            if case .bool(true) = a.evaluate(row) { return .bool(true) }
            if case .bool(true) = b.evaluate(row) { return .bool(true) }
            return .bool(false)
        case .compare(let op, let a, let b):
            return .bool(Self.compare(op, a.evaluate(row), b.evaluate(row)))
        case .contains(let a, let b, let negated):
            guard case .string(let hay) = a.evaluate(row), case .string(let needle) = b.evaluate(row) else {
                return .bool(negated)
            }
            return .bool(Self.containsIgnoringCase(hay, needle) != negated)
        case .matches(let a, let re):
            guard case .string(let s) = a.evaluate(row) else { return .bool(false) }
            return .bool(re.matches(s))
        case .inList(let a, let items, let negated):
            let v = a.evaluate(row)
            let found = items.contains { Self.compare(.eq, v, $0.evaluate(row)) }
            return .bool(found != negated)
        case .call(let f, let args):
            return f.apply(args.map { $0.evaluate(row) })
        }
    }

    /// Comparison with SQL-like nulls: `x == null` holds only for null; ordering a null is false.
    static func compare(_ op: BinaryOp, _ a: Value, _ b: Value) -> Bool {
        if a.isNull || b.isNull {
            switch op {
            case .eq: return a.isNull && b.isNull
            case .ne: return a.isNull != b.isNull
            default: return false
            }
        }
        let c = Value.order(a, b)
        switch op {
        case .eq: return c == 0
        case .ne: return c != 0
        case .lt: return c < 0
        case .le: return c <= 0
        case .gt: return c > 0
        case .ge: return c >= 0
        default: return false
        }
    }

    static func containsIgnoringCase(_ hay: String, _ needle: String) -> Bool {
        if needle.isEmpty { return true }
        return hay.lowercased().contains(needle.lowercased())
    }
}

/// A compiled regular expression. A match cut short by Ctrl-C or the time limit reads as no
/// match; the evaluator then reports the interruption after the stage.
struct RegexBox: Sendable {
    let regex: LinearRegex
    let stop: @Sendable () -> Bool
    init(_ regex: LinearRegex, stop: @escaping @Sendable () -> Bool) { self.regex = regex; self.stop = stop }
    func matches(_ s: String) -> Bool { (try? regex.matches(s, stop: stop)) ?? false }
}

/// Functions callable in expressions.
enum Function: String, CaseIterable {
    case length, lower, upper, words, trim

    var summary: String {
        switch self {
        case .length: return "length(text): number of characters"
        case .lower: return "lower(text): text in lower case"
        case .upper: return "upper(text): text in upper case"
        case .words: return "words(text): number of words"
        case .trim: return "trim(text): text without surrounding white space"
        }
    }

    var resultType: ValueType {
        switch self {
        case .length, .words: return .int
        case .lower, .upper, .trim: return .string
        }
    }

    func apply(_ args: [Value]) -> Value {
        guard case .string(let s)? = args.first else { return .null }
        switch self {
        case .length: return .int(s.count)
        case .lower: return .string(s.lowercased())
        case .upper: return .string(s.uppercased())
        case .words: return .int(s.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }.count)
        case .trim:
            return .string(String(s.drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace }).reversed()))
        }
    }
}
