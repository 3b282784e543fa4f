/// The parse tree of a regular expression, and its parser. sift matches regular expressions with
/// its own engine (`LinearRegex`), which runs in time linear in the text and can be stopped, so no
/// pattern can hang a query. The syntax is the common one: literals and escapes, `.`, classes
/// `[a-z]` `[^…]` `\d \w \s \D \W \S`, anchors `^ $ \b \B` (`^` and `$` at the ends of the text), groups `(…)` `(?:…)` `(?<name>…)`,
/// alternation `|`, quantifiers `* + ? {n} {n,} {n,m}` and their lazy forms, and `(?i)` at the
/// start. Back-references and look-around are refused with a clear error.
indirect enum RegexNode: Equatable {
    case empty
    case scalar(Unicode.Scalar)
    case any
    case set(ScalarSet)
    case lineStart, lineEnd, wordBoundary, notWordBoundary
    case concat([RegexNode])
    case alternation([RegexNode])
    case `repeat`(RegexNode, min: Int, max: Int?, greedy: Bool)
}

/// A set of scalars: ranges and named classes, possibly negated.
struct ScalarSet: Equatable, Sendable {
    enum Class: Equatable, Sendable { case digit, word, space }
    var ranges: [ClosedRange<UInt32>] = []
    var classes: [(Class, negated: Bool)] = []
    var negated = false

    static func == (a: ScalarSet, b: ScalarSet) -> Bool {
        a.ranges == b.ranges && a.negated == b.negated && a.classes.map(\.0) == b.classes.map(\.0)
            && a.classes.map(\.negated) == b.classes.map(\.negated)
    }

    func contains(_ s: Unicode.Scalar, ignoreCase: Bool) -> Bool {
        var hit = has(s)
        if !hit && ignoreCase {
            let lower = RegexCase.fold(s)
            hit = has(lower) || has(RegexCase.upper(s))
        }
        return hit != negated
    }

    private func has(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        for r in ranges where r.contains(v) { return true }
        for (c, neg) in classes where c.matches(s) != neg { return true }
        return false
    }
}

extension ScalarSet.Class {
    func matches(_ s: Unicode.Scalar) -> Bool {
        switch self {
        case .digit: return s.properties.numericType == .decimal
        case .word: return RegexCase.isWordScalar(s)
        case .space: return s.properties.isWhitespace
        }
    }
}

/// Case folding and word characters, scalar by scalar.
enum RegexCase {
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value < 0x80 { return s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(s.value | 0x20)! : s }
        let m = s.properties.lowercaseMapping.unicodeScalars
        return m.count == 1 ? m.first! : s
    }

    static func upper(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value < 0x80 { return s.value >= 0x61 && s.value <= 0x7A ? Unicode.Scalar(s.value & ~0x20)! : s }
        let m = s.properties.uppercaseMapping.unicodeScalars
        return m.count == 1 ? m.first! : s
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let c = UInt8(s.value)
            return CharClass.isASCIILetter(c) || CharClass.isASCIIDigit(c) || c == 0x5F
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }
}

/// What is wrong with a pattern, and where (offset in scalars).
struct RegexSyntaxError: Error, Equatable {
    var message: String
    var offset: Int
}

/// Recursive descent over the pattern's scalars, with a depth limit.
struct RegexParser {
    private let p: [Unicode.Scalar]
    private var i = 0
    private var depth = 0
    private(set) var ignoreCase = false
    static let maxDepth = 100
    static let maxRepeat = 1000

    init(_ pattern: String) { p = Array(pattern.unicodeScalars) }

    static func parse(_ pattern: String) throws(RegexSyntaxError) -> (RegexNode, ignoreCase: Bool) {
        var parser = RegexParser(pattern)
        if parser.p.starts(with: Array("(?i)".unicodeScalars)) {
            parser.ignoreCase = true
            parser.i = 4
        }
        let node = try parser.alternation()
        if parser.i < parser.p.count {
            throw RegexSyntaxError(message: "unbalanced ')'", offset: parser.i)
        }
        return (node, parser.ignoreCase)
    }

    private var atEnd: Bool { i >= p.count }
    private func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < p.count ? p[i + k] : nil }

    private mutating func alternation() throws(RegexSyntaxError) -> RegexNode {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw RegexSyntaxError(message: "groups nested too deeply (over \(Self.maxDepth))", offset: i) }
        var branches = [try sequence()]
        while peek() == "|" {
            i += 1
            branches.append(try sequence())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func sequence() throws(RegexSyntaxError) -> RegexNode {
        var items: [RegexNode] = []
        while let c = peek(), c != "|", c != ")" {
            let atom = try self.atom()
            items.append(try quantified(atom))
        }
        return items.isEmpty ? .empty : items.count == 1 ? items[0] : .concat(items)
    }

    private mutating func quantified(_ atom: RegexNode) throws(RegexSyntaxError) -> RegexNode {
        var node = atom
        while let c = peek() {
            let start = i
            var bounds: (Int, Int?)
            switch c {
            case "*": bounds = (0, nil); i += 1
            case "+": bounds = (1, nil); i += 1
            case "?": bounds = (0, 1); i += 1
            case "{":
                guard let b = try braces() else { return node }  // a literal "{"
                bounds = b
            default: return node
            }
            if case .lineStart = atom { throw RegexSyntaxError(message: "nothing to repeat", offset: start) }
            if case .empty = atom { throw RegexSyntaxError(message: "nothing to repeat", offset: start) }
            var greedy = true
            if peek() == "?" { greedy = false; i += 1 }
            else if peek() == "+" { i += 1 }  // possessive: matched as greedy
            node = .repeat(node, min: bounds.0, max: bounds.1, greedy: greedy)
        }
        return node
    }

    /// `{n}`, `{n,}`, `{n,m}`; nil (and nothing consumed) when the brace is a literal.
    private mutating func braces() throws(RegexSyntaxError) -> (Int, Int?)? {
        let start = i
        var j = i + 1
        func number() -> Int? {
            var v = 0, digits = 0
            while j < p.count, let d = Int(String(p[j])), p[j].isASCII {
                v = min(v * 10 + d, 1_000_000)
                digits += 1
                j += 1
            }
            return digits > 0 ? v : nil
        }
        guard let low = number() else { return nil }
        var high: Int? = low
        if j < p.count && p[j] == "," {
            j += 1
            high = number()
        }
        guard j < p.count && p[j] == "}" else { return nil }
        i = j + 1
        if let high, high < low { throw RegexSyntaxError(message: "{\(low),\(high)}: the maximum is below the minimum", offset: start) }
        if low > Self.maxRepeat || (high ?? 0) > Self.maxRepeat {
            throw RegexSyntaxError(message: "repetition over \(Self.maxRepeat)", offset: start)
        }
        return (low, high)
    }

    private mutating func atom() throws(RegexSyntaxError) -> RegexNode {
        let start = i
        let c = p[i]
        i += 1
        switch c {
        case ".": return .any
        case "^": return .lineStart
        case "$": return .lineEnd
        case "(":
            if peek() == "?" {
                if peek(1) == ":" { i += 2 }
                else if peek(1) == "<", let n = peek(2), n != "=", n != "!" {
                    // A named group: matched as a plain group.
                    while let x = peek(), x != ">" { i += 1 }
                    guard peek() == ">" else { throw RegexSyntaxError(message: "unterminated group name", offset: start) }
                    i += 1
                } else {
                    throw RegexSyntaxError(message: "look-around and inline options other than a leading (?i) are not supported", offset: start)
                }
            }
            let inner = try alternation()
            guard peek() == ")" else { throw RegexSyntaxError(message: "missing ')'", offset: start) }
            i += 1
            return inner
        case ")": throw RegexSyntaxError(message: "unbalanced ')'", offset: start)
        case "[": return .set(try bracket(start))
        case "*", "+", "?": throw RegexSyntaxError(message: "nothing to repeat", offset: start)
        case "\\": return try escape(start, inSet: false).node
        default: return .scalar(c)
        }
    }

    private enum Escaped {
        case scalar(Unicode.Scalar)
        case klass(ScalarSet.Class, negated: Bool)
        case node(RegexNode)

        var node: RegexNode {
            switch self {
            case .scalar(let s): return .scalar(s)
            case .klass(let c, let n): return .set(ScalarSet(ranges: [], classes: [(c, n)], negated: false))
            case .node(let n): return n
            }
        }
    }

    private mutating func escape(_ start: Int, inSet: Bool) throws(RegexSyntaxError) -> Escaped {
        guard let c = peek() else { throw RegexSyntaxError(message: "a pattern cannot end with '\\'", offset: start) }
        i += 1
        switch c {
        case "d": return .klass(.digit, negated: false)
        case "D": return .klass(.digit, negated: true)
        case "w": return .klass(.word, negated: false)
        case "W": return .klass(.word, negated: true)
        case "s": return .klass(.space, negated: false)
        case "S": return .klass(.space, negated: true)
        case "n": return .scalar("\n")
        case "t": return .scalar("\t")
        case "r": return .scalar("\r")
        case "b" where !inSet: return .node(.wordBoundary)
        case "B" where !inSet: return .node(.notWordBoundary)
        case "u", "x":
            var hex = ""
            if peek() == "{" {
                i += 1
                while let h = peek(), h != "}" { hex.unicodeScalars.append(h); i += 1 }
                i += 1
            } else {
                let n = c == "u" ? 4 : 2
                for _ in 0..<n { if let h = peek() { hex.unicodeScalars.append(h); i += 1 } }
            }
            guard let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v) else {
                throw RegexSyntaxError(message: "bad \\\(c) escape", offset: start)
            }
            return .scalar(s)
        case "1"..."9":
            throw RegexSyntaxError(message: "back-references (\\\(c)) are not supported", offset: start)
        default:
            if c.properties.isAlphabetic && c.isASCII {
                throw RegexSyntaxError(message: "unknown escape \\\(c)", offset: start)
            }
            return .scalar(c)
        }
    }

    private mutating func bracket(_ start: Int) throws(RegexSyntaxError) -> ScalarSet {
        var set = ScalarSet()
        if peek() == "^" { set.negated = true; i += 1 }
        var first = true
        while true {
            guard let c = peek() else { throw RegexSyntaxError(message: "missing ']'", offset: start) }
            if c == "]" && !first { i += 1; break }
            first = false
            i += 1
            var low: Unicode.Scalar
            if c == "\\" {
                switch try escape(i - 1, inSet: true) {
                case .scalar(let s): low = s
                case .klass(let k, let n): set.classes.append((k, n)); continue
                case .node: continue
                }
            } else if c == "[" && peek() == ":" {
                throw RegexSyntaxError(message: "POSIX classes like [:alpha:] are not supported; use \\w, \\d or \\s", offset: i - 1)
            } else {
                low = c
            }
            // A range a-z (a '-' before ']' is a literal).
            if peek() == "-", let next = peek(1), next != "]" {
                i += 1
                var high = next
                i += 1
                if next == "\\" {
                    guard case .scalar(let s) = try escape(i - 1, inSet: true) else {
                        throw RegexSyntaxError(message: "a class cannot end a range", offset: i - 1)
                    }
                    high = s
                }
                guard low.value <= high.value else { throw RegexSyntaxError(message: "range out of order", offset: i - 3) }
                set.ranges.append(low.value...high.value)
            } else {
                set.ranges.append(low.value...low.value)
            }
        }
        return set
    }
}
