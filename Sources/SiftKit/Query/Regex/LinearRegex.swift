/// A regular expression matched by a Pike VM: all threads advance together over the text, so
/// matching takes time linear in the text for any pattern ("(a+)+b" included), and it checks
/// `Cancellation` every few thousand steps, so Ctrl-C and the query's time limit stop it.
/// Leftmost-first semantics (the first alternative that matches wins), like Perl and Swift Regex.
struct LinearRegex: Sendable {
    enum Instruction: Sendable {
        case scalar(Unicode.Scalar)
        case any
        case set(Int)  // index into `sets`
        case lineStart, lineEnd, wordBoundary, notWordBoundary
        case split(Int, Int)  // try the first, then the second
        case jump(Int)
        case match
    }

    /// Matching stopped before it finished (Ctrl-C or the time limit).
    struct Interrupted: Error {}

    let program: [Instruction]
    let sets: [ScalarSet]
    let ignoreCase: Bool
    static let maxProgram = 200_000

    init(_ pattern: String, ignoreCase: Bool = false) throws(RegexSyntaxError) {
        let (node, inline) = try RegexParser.parse(pattern)
        var compiler = RegexCompiler(ignoreCase: ignoreCase || inline)
        try compiler.emit(node)
        compiler.code.append(.match)
        program = compiler.code
        sets = compiler.sets
        self.ignoreCase = ignoreCase || inline
    }

    /// Whether the pattern matches somewhere in `s`.
    func matches(_ s: String, stop: () -> Bool = { false }) throws(Interrupted) -> Bool {
        let text = Array(s.unicodeScalars)
        return try search(text, from: 0, stop: stop) != nil
    }

    /// Every non-overlapping, non-empty match in `s`, left to right.
    func allMatches(in s: String, stop: () -> Bool = { false }) throws(Interrupted) -> [Range<String.Index>] {
        let text = Array(s.unicodeScalars)
        // UTF-8 offset of each scalar position, to turn positions back into indices.
        var offsets: [Int] = []
        offsets.reserveCapacity(text.count + 1)
        var o = 0
        for u in text {
            offsets.append(o)
            o += UTF8.width(u)
        }
        offsets.append(o)
        var out: [Range<String.Index>] = []
        var from = 0
        while from <= text.count, let (lo, hi) = try search(text, from: from, stop: stop) {
            if hi > lo {
                let a = s.utf8.index(s.utf8.startIndex, offsetBy: offsets[lo])
                let b = s.utf8.index(s.utf8.startIndex, offsetBy: offsets[hi])
                out.append(a..<b)
            }
            from = hi > lo ? hi : lo + 1
        }
        return out
    }

    // MARK: - The VM

    private struct Thread {
        var pc: Int
        var start: Int
    }

    /// The leftmost-first match starting at or after `from`: (start, end) in scalar positions.
    /// `stop` is asked every few thousand steps whether to give up.
    func search(_ text: [Unicode.Scalar], from: Int, stop: () -> Bool = { false }) throws(Interrupted) -> (Int, Int)? {
        if stop() { throw Interrupted() }
        let n = program.count
        var current: [Thread] = []
        var next: [Thread] = []
        current.reserveCapacity(n)
        next.reserveCapacity(n)
        // The step at which each instruction was last added, so a thread is added once a step.
        var mark = [Int](repeating: -1, count: n)
        var stack: [Thread] = []
        var found: (Int, Int)? = nil
        var steps = 0

        func isWord(_ k: Int) -> Bool { k >= 0 && k < text.count && RegexCase.isWordScalar(text[k]) }

        /// Follows jumps, splits and assertions from `t` at position `pos`, in priority order,
        /// adding the threads that wait on a scalar (or match) to `list`.
        func add(_ t: Thread, at pos: Int, step: Int, to list: inout [Thread]) {
            stack.append(t)
            while let t = stack.popLast() {
                if mark[t.pc] == step { continue }
                mark[t.pc] = step
                switch program[t.pc] {
                case .jump(let x): stack.append(Thread(pc: x, start: t.start))
                case .split(let x, let y):
                    stack.append(Thread(pc: y, start: t.start))  // lower priority, popped later
                    stack.append(Thread(pc: x, start: t.start))
                case .lineStart: if pos == 0 { stack.append(Thread(pc: t.pc + 1, start: t.start)) }
                case .lineEnd:  // the end, or before a final line break
                    if pos == text.count || (pos == text.count - 1 && text[pos] == "\n") { stack.append(Thread(pc: t.pc + 1, start: t.start)) }
                case .wordBoundary: if isWord(pos - 1) != isWord(pos) { stack.append(Thread(pc: t.pc + 1, start: t.start)) }
                case .notWordBoundary: if isWord(pos - 1) == isWord(pos) { stack.append(Thread(pc: t.pc + 1, start: t.start)) }
                default: list.append(t)
                }
            }
        }

        var pos = from
        var step = 0
        while true {
            // A new thread starts here, with the lowest priority, until a match is found.
            if found == nil { add(Thread(pc: 0, start: pos), at: pos, step: step, to: &current) }
            if current.isEmpty {
                // Nothing alive: done if a match was found or the text is over; else try the next position.
                if found != nil || pos >= text.count { break }
                step += 1
                pos += 1
                continue
            }
            step += 1
            let scalar: Unicode.Scalar? = pos < text.count ? text[pos] : nil
            let folded = scalar.map { ignoreCase ? RegexCase.fold($0) : $0 }
            threads: for t in current {
                steps += 1
                if steps & 0xFFF == 0 && stop() { throw Interrupted() }
                switch program[t.pc] {
                case .match:
                    found = (t.start, pos)
                    break threads  // the threads after this one have lower priority
                case .scalar(let c):
                    if let folded, folded == c { add(Thread(pc: t.pc + 1, start: t.start), at: pos + 1, step: step, to: &next) }
                case .any:
                    if let scalar, scalar != "\n" { add(Thread(pc: t.pc + 1, start: t.start), at: pos + 1, step: step, to: &next) }
                case .set(let k):
                    if let scalar, sets[k].contains(scalar, ignoreCase: ignoreCase) {
                        add(Thread(pc: t.pc + 1, start: t.start), at: pos + 1, step: step, to: &next)
                    }
                default:
                    break
                }
            }
            if pos >= text.count { break }
            swap(&current, &next)
            next.removeAll(keepingCapacity: true)
            pos += 1
        }
        return found
    }
}

/// Turns a parse tree into VM instructions.
struct RegexCompiler {
    var code: [LinearRegex.Instruction] = []
    var sets: [ScalarSet] = []
    let ignoreCase: Bool

    mutating func emit(_ node: RegexNode) throws(RegexSyntaxError) {
        guard code.count <= LinearRegex.maxProgram else {
            throw RegexSyntaxError(message: "pattern too large once its repetitions are expanded", offset: 0)
        }
        switch node {
        case .empty: break
        case .scalar(let s): code.append(.scalar(ignoreCase ? RegexCase.fold(s) : s))
        case .any: code.append(.any)
        case .set(let set):
            sets.append(set)
            code.append(.set(sets.count - 1))
        case .lineStart: code.append(.lineStart)
        case .lineEnd: code.append(.lineEnd)
        case .wordBoundary: code.append(.wordBoundary)
        case .notWordBoundary: code.append(.notWordBoundary)
        case .concat(let items): for item in items { try emit(item) }
        case .alternation(let branches):
            var jumps: [Int] = []
            for (k, branch) in branches.enumerated() {
                if k < branches.count - 1 {
                    let split = code.count
                    code.append(.split(split + 1, -1))
                    try emit(branch)
                    jumps.append(code.count)
                    code.append(.jump(-1))
                    code[split] = .split(split + 1, code.count)
                } else {
                    try emit(branch)
                }
            }
            for j in jumps { code[j] = .jump(code.count) }
        case .repeat(let inner, let min, let max, let greedy):
            for _ in 0..<min { try emit(inner) }
            if let max {
                var exits: [Int] = []
                for _ in min..<max {
                    exits.append(code.count)
                    code.append(.split(-1, -1))
                    try emit(inner)
                }
                for e in exits { code[e] = greedy ? .split(e + 1, code.count) : .split(code.count, e + 1) }
            } else {
                let loop = code.count
                code.append(.split(-1, -1))
                try emit(inner)
                code.append(.jump(loop))
                code[loop] = greedy ? .split(loop + 1, code.count) : .split(code.count, loop + 1)
            }
        }
    }
}

extension LinearRegex {
    /// Compiles a `/pattern/flags` of a query, with its syntax error placed in the query.
    static func compile(_ pattern: String, flags: String, at range: Range<Int>) throws(QueryError) -> LinearRegex {
        do {
            return try LinearRegex(pattern, ignoreCase: flags.contains("i"))
        } catch {
            throw QueryError.evaluation("invalid regular expression /\(pattern)/", at: range,
                                        hint: "\(error.message) (at character \(error.offset + 1) of the pattern)")
        }
    }
}
