/// Binds field names to columns and checks types, so a query fails before it runs, at the exact
/// place that is wrong.
struct ExprCompiler {
    let columns: [Column]
    /// Asked by regular expressions every few thousand steps whether to stop.
    var stop: @Sendable () -> Bool = { false }

    func compile(_ e: Expr) throws -> (CompiledExpr, ValueType) {
        switch e {
        case .field(let name, let range):
            guard let i = columns.firstIndex(where: { $0.name == name }) ?? columns.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw unknownField(name, range)
            }
            return (.column(i), columns[i].type)
        case .literal(let v, _):
            return (.constant(v), v.type == .null ? .any : v.type)
        case .unary(.not, let inner, _):
            let (c, t) = try compile(inner)
            try requireBool(t, inner, "not")
            return (.not(c), .bool)
        case .binary(let op, let a, let b, let opRange):
            return try binary(op, a, b, opRange)
        case .matches(let a, let pattern, let flags, let range):
            let (c, t) = try compile(a)
            try requireText(t, a, "matches")
            return (.matches(c, RegexBox(try LinearRegex.compile(pattern, flags: flags, at: range), stop: stop)), .bool)
        case .inList(let a, let items, let negated, _):
            let (c, t) = try compile(a)
            var compiled: [CompiledExpr] = []
            for item in items {
                let (ci, ti) = try compile(item)
                guard t.comparable(with: ti) else {
                    throw QueryError.evaluation("cannot compare \(t.noun) with \(ti.noun)", at: item.range,
                                                hint: hintForMismatch(t, ti))
                }
                compiled.append(ci)
            }
            return (.inList(c, compiled, negated: negated), .bool)
        case .call(let name, let args, let range):
            guard let f = Function(rawValue: name) else {
                let s = Suggest.closest(to: name, among: Function.allCases.map(\.rawValue))
                throw QueryError.evaluation("unknown function '\(name)'", at: range,
                                            hint: s.map { "did you mean '\($0)'?" } ?? "functions: " + Function.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard args.count == 1 else {
                throw QueryError.evaluation("\(name) takes one argument, not \(args.count)", at: range, hint: f.summary)
            }
            let (c, t) = try compile(args[0])
            try requireText(t, args[0], name)
            return (.call(f, [c]), f.resultType)
        }
    }

    private func binary(_ op: BinaryOp, _ a: Expr, _ b: Expr, _ opRange: Range<Int>) throws -> (CompiledExpr, ValueType) {
        switch op {
        case .and, .or:
            let (ca, ta) = try compile(a), (cb, tb) = try compile(b)
            try requireBool(ta, a, op.rawValue)
            try requireBool(tb, b, op.rawValue)
            return (op == .and ? .and(ca, cb) : .or(ca, cb), .bool)
        case .contains, .notContains:
            let (ca, ta) = try compile(a)
            let (cb, tb) = try compileOperand(b, against: ta)
            try requireText(ta, a, op.rawValue)
            try requireText(tb, b, op.rawValue)
            return (.contains(ca, cb, negated: op == .notContains), .bool)
        default:
            let (ca, ta) = try compile(a)
            let (cb, tb) = try compileOperand(b, against: ta)
            guard ta.comparable(with: tb) else {
                throw QueryError.evaluation("cannot compare \(ta.noun) with \(tb.noun) using '\(op.rawValue)'",
                                            at: opRange, hint: hintForMismatch(ta, tb))
            }
            if ta == .list || tb == .list, op != .eq && op != .ne {
                throw QueryError.evaluation("lists can only be compared with == or !=", at: opRange)
            }
            return (.compare(op, ca, cb), .bool)
        }
    }

    /// The right-hand side of a comparison; an unknown bare word compared with text gets a hint to quote it.
    private func compileOperand(_ e: Expr, against left: ValueType) throws -> (CompiledExpr, ValueType) {
        do {
            return try compile(e)
        } catch var error as QueryError {
            if case .field(let name, _) = e, left == .string, error.message.hasPrefix("unknown field") {
                error.hint = "to compare with the text \(name), quote it: \"\(name)\""
            }
            throw error
        }
    }

    private func unknownField(_ name: String, _ range: Range<Int>) -> QueryError {
        let names = columns.map(\.name)
        if let s = Suggest.closest(to: name, among: names) {
            return .evaluation("unknown field '\(name)'", at: range, hint: "did you mean '\(s)'?")
        }
        return .evaluation("unknown field '\(name)'", at: range, hint: "fields here: " + names.joined(separator: ", "))
    }

    private func requireBool(_ t: ValueType, _ e: Expr, _ what: String) throws {
        guard t == .bool || t == .any else {
            throw QueryError.evaluation("'\(what)' needs a true/false condition, not \(t.noun)", at: e.range,
                                        hint: "compare it, e.g. words > 100")
        }
    }

    private func requireText(_ t: ValueType, _ e: Expr, _ what: String) throws {
        guard t == .string || t == .any else {
            throw QueryError.evaluation("'\(what)' works on text, not \(t.noun)", at: e.range)
        }
    }

    private func hintForMismatch(_ a: ValueType, _ b: ValueType) -> String? {
        if a.isNumeric && b == .string { return "remove the quotes to compare numbers" }
        if a == .string && b.isNumeric { return "quote the number to compare text: \"…\"" }
        return nil
    }
}
