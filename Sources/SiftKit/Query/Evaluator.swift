/// Runs a parsed statement against a corpus and returns a table.
package struct Evaluator {
    package let corpus: Corpus
    /// Stops this query (and the extraction it starts): the corpus's own token unless the caller
    /// passed one of its own for this query.
    package let cancellation: CancellationToken

    package init(corpus: Corpus, cancellation: CancellationToken? = nil) {
        self.corpus = corpus
        self.cancellation = cancellation ?? corpus.cancellation
    }

    package func run(_ statement: Statement) throws(QueryError) -> QueryOutput {
        switch statement {
        case .pipeline(let p):
            if let c = p.chart { return .chart(try Chart(c.kind, table: try run(p), range: c.range)) }
            if case .compare(let a, let b) = p.source.spec, p.stages.isEmpty {
                let (ia, ib) = (try resolve(a), try resolve(b))
                return .comparison(try run(p), left: corpus.article(id: ia)!.name, right: corpus.article(id: ib)!.name)
            }
            return .table(try run(p))
        case .binding(let name, let p, _):
            let table = try run(p)
            corpus.bind(name, table)
            return .binding(name: name, table: table)
        case .show(let ref, let range):
            let id = try resolve(ref)
            try extracted(range)
            let document = ArticleDocument(corpus: corpus, id: id)
            try cancellation.check(range)
            return .document(document)
        case .why(let target, let n, let range):
            try extracted(range)
            let table = try Why(corpus: corpus).explain(target, n, range: range)
            try cancellation.check(range)
            return .table(table)
        case .whyNamed(let target, let name, let range):
            try extracted(range)
            let table = try Why(corpus: corpus).explain(target, named: name, range: range)
            try cancellation.check(range)
            return .table(table)
        }
    }

    /// Extracts what is not extracted yet, or fails if the query is stopped first: the one place
    /// a query waits for extraction, so the rows read after it are never cut short.
    private func extracted(_ range: Range<Int>) throws(QueryError) {
        guard corpus.extract(stoppingOn: cancellation) else { throw cancellation.error(range) }
    }

    func run(_ p: Pipeline) throws(QueryError) -> Table {
        let table = try read(p.source, fields: Evaluator.fieldsRead(by: p.stages))
        try cancellation.check(p.source.range)
        return try apply(p.stages, to: table)
    }

    /// The stages in order (on a table with no rows, they give the columns a pipeline ends with).
    func apply(_ stages: [Stage], to input: Table) throws(QueryError) -> Table {
        var table = input
        var k = 0
        while k < stages.count {
            // "group by speaker | count": the aggregate after a group works on its groups.
            if case .group(let keys, nil, let r) = stages[k], k + 1 < stages.count, case .aggregate(let agg, _) = stages[k + 1] {
                table = try apply(.group(keys, agg, r), to: table)
                k += 2
                continue
            }
            table = try apply(stages[k], to: table)
            try cancellation.check(stages[k].range)
            k += 1
        }
        return table
    }

    /// The fields of the source that `stages` read, or nil when the result shows them all.
    static func fieldsRead(by stages: [Stage]) -> Set<String>? {
        var fields: Set<String> = []
        func add(_ e: Expr) { e.collectFields(into: &fields) }
        func add(_ agg: Aggregate?) {
            switch agg {
            case .sum(let e)?, .avg(let e)?, .min(let e)?, .max(let e)?, .list(let e)?: add(e)
            case .count?, nil: break
            }
        }
        for stage in stages {
            switch stage {
            case .filter(let e, _): add(e)
            case .sort(let keys, _): keys.forEach { add($0.expr) }
            case .take: break
            case .select(let items, _):
                for item in items {
                    if case .field("*", _) = item.expr { return nil }
                    add(item.expr)
                }
                return fields
            case .aggregate(let agg, _):
                add(agg)
                return fields
            case .group(let keys, let agg, _):
                keys.forEach(add)
                add(agg)
                if agg != nil { return fields }
            case .distinct(let keys, _):
                keys.forEach(add)
                return fields
            }
        }
        return nil
    }

    private func read(_ clause: SourceClause, fields: Set<String>? = nil) throws(QueryError) -> Table {
        switch clause.spec {
        case .kwic(let pattern, let width):
            return try Kwic(corpus: corpus, cancellation: cancellation).run(pattern, width: width ?? 40, articles: try articleIDs(clause), range: clause.range)
        case .compare(let a, let b):
            try extracted(clause.range)
            return Compare(corpus: corpus).run(try resolve(a), try resolve(b))
        case .named(let raw):
            if let bound = corpus.binding(raw) {
                guard clause.articles.isEmpty else {
                    throw .evaluation("'in' reads articles of a source, not of the binding '\(raw)'", at: clause.range,
                                      hint: "filter it instead: \(raw) | where article == \"…\"")
                }
                return bound
            }
            let name = raw.lowercased()
            guard let source = Catalog.source(named: name) else {
                let candidates = Catalog.sourceNames + Parser.statementKeywords + corpus.bindings.keys.sorted()
                let hint = Suggest.closest(to: raw, among: candidates).map { "did you mean '\($0)'?" }
                    ?? "sources: " + Catalog.sourceNames.joined(separator: ", ")
                throw .evaluation("unknown source '\(raw)'", at: clause.range, hint: hint)
            }
            if source.usesExtraction { try extracted(clause.range) }
            let needs = Needs(columns: fields.map { f in Set(source.columns.indices.filter { f.contains(source.columns[$0].name.lowercased()) }) })
            return Table(columns: source.columns, rows: source.rows(corpus, try articleIDs(clause), needs))
        }
    }

    private func articleIDs(_ clause: SourceClause) throws(QueryError) -> [Int] {
        if clause.articles.isEmpty { return corpus.articles.map(\.id) }
        var ids: [Int] = []
        for ref in clause.articles {
            let id = try resolve(ref)
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    func resolve(_ ref: ArticleRef) throws(QueryError) -> Int {
        switch corpus.resolve(ref.text) {
        case .found(let id):
            return id
        case .ambiguous(let names):
            throw .evaluation("article '\(ref.text)' is ambiguous", at: ref.range,
                              hint: "it could be " + names.prefix(5).joined(separator: ", "))
        case .notFound:
            if corpus.isEmpty {
                throw .evaluation("no article '\(ref.text)': no articles are loaded", at: ref.range)
            }
            if Int(ref.text) != nil {
                throw .evaluation("no article with id \(ref.text)", at: ref.range,
                                  hint: "ids run from 1 to \(corpus.count)")
            }
            let s = Suggest.closest(to: ref.text, among: corpus.names)
            throw .evaluation("no article named '\(ref.text)'", at: ref.range,
                              hint: s.map { "did you mean '\($0)'?" } ?? "list them with: articles")
        }
    }

    private func apply(_ stage: Stage, to table: Table) throws(QueryError) -> Table {
        let token = cancellation
        let compiler = ExprCompiler(columns: table.columns, stop: { token.isRequested })
        do {
            switch stage {
            case .filter(let e, _):
                let (c, t) = try compiler.compile(e)
                guard t == .bool || t == .any else {
                    throw QueryError.evaluation("where needs a true/false condition, not \(t.noun)", at: e.range,
                                                hint: "compare it, e.g. words > 100 or title ~ \"levee\"")
                }
                var out = Table(columns: table.columns)
                for (i, row) in table.rows.enumerated() {
                    if i & 0xFF == 0 { try cancellation.check(stage.range) }
                    if c.evaluate(row) == .bool(true) { out.rows.append(row) }
                }
                return out

            case .select(let items, _):
                var columns: [Column] = []
                var exprs: [CompiledExpr] = []
                for item in items {
                    if case .field("*", _) = item.expr {
                        for (i, col) in table.columns.enumerated() { columns.append(col); exprs.append(.column(i)) }
                        continue
                    }
                    let (c, t) = try compiler.compile(item.expr)
                    columns.append(Column(item.alias ?? name(of: item.expr, in: table), t == .any ? .string : t))
                    exprs.append(c)
                }
                var out = Table(columns: columns)
                out.rows = table.rows.map { row in exprs.map { $0.evaluate(row) } }
                return out

            case .sort(let keys, _):
                let compiled = try keys.map { (try compiler.compile($0.expr).0, $0.descending) }
                let keyed = table.rows.map { row in (row, compiled.map { $0.0.evaluate(row) }) }
                let sorted = keyed.enumerated().sorted { x, y in
                    for (k, (_, desc)) in compiled.enumerated() {
                        let a = x.element.1[k], b = y.element.1[k]
                        // Nulls last, whichever the direction.
                        if a.isNull != b.isNull { return b.isNull }
                        let c = Value.order(a, b)
                        if c != 0 { return desc ? c > 0 : c < 0 }
                    }
                    return x.offset < y.offset  // stable
                }
                var out = Table(columns: table.columns)
                out.rows = sorted.map { $0.element.0 }
                return out

            case .take(let n, _):
                var out = table
                if out.rows.count > n { out.rows.removeSubrange(n...) }
                return out

            case .aggregate(let agg, _):
                let (column, compute) = try aggregator(agg, compiler, table)
                return Table(columns: [column], rows: [[compute(table.rows)]])

            case .group(let keys, let agg, _):
                let compiled = try keys.map { try compiler.compile($0) }
                let (column, compute) = try aggregator(agg ?? .count, compiler, table)
                // Groups in order of first appearance; each holds the indices of its rows.
                var order: [[Value]] = []
                var members: [[Int]] = []
                var groupOf: [[Value]: Int] = [:]
                var groupOfOne: [Value: Int] = [:]  // one key: no array per row
                for (r, row) in table.rows.enumerated() {
                    let g: Int?
                    if compiled.count == 1 {
                        let v = compiled[0].0.evaluate(row)
                        g = groupOfOne[v]
                        if g == nil { groupOfOne[v] = order.count }
                    } else {
                        let key = compiled.map { $0.0.evaluate(row) }
                        g = groupOf[key]
                        if g == nil { groupOf[key] = order.count }
                    }
                    if let g {
                        members[g].append(r)
                    } else {
                        order.append(compiled.map { $0.0.evaluate(row) })
                        members.append([r])
                    }
                }
                var columns = zip(keys, compiled).map { Column(name(of: $0.0, in: table), $0.1.1 == .any ? .string : $0.1.1) }
                columns.append(column)
                var out = Table(columns: columns)
                let counting: Bool = { if case .count = agg ?? .count { return true }; return false }()
                out.rows = zip(order, members).map { key, rows in
                    key + [counting ? .int(rows.count) : compute(rows.map { table.rows[$0] })]
                }
                return out

            case .distinct(let keys, _):
                let compiled = try keys.map { try compiler.compile($0) }
                var seen: Set<[Value]> = []
                var out = Table(columns: zip(keys, compiled).map { Column(name(of: $0.0, in: table), $0.1.1 == .any ? .string : $0.1.1) })
                for row in table.rows {
                    let key = compiled.map { $0.0.evaluate(row) }
                    if seen.insert(key).inserted { out.rows.append(key) }
                }
                return out
            }
        } catch let e as QueryError {
            throw e
        } catch {
            throw .evaluation("\(error)", at: stage.range)
        }
    }

    /// The column and the function an aggregate reduces rows with.
    private func aggregator(_ agg: Aggregate, _ compiler: ExprCompiler, _ table: Table) throws -> (Column, ([[Value]]) -> Value) {
        switch agg {
        case .count:
            return (Column("count", .int), { .int($0.count) })
        case .list(let e):
            let (c, _) = try compiler.compile(e)
            return (Column("list_" + name(of: e, in: table), .list), { rows in
                var seen: Set<Value> = []
                return .list(rows.map { c.evaluate($0) }.filter { !$0.isNull && seen.insert($0).inserted })
            })
        case .min(let e), .max(let e):
            let (c, t) = try compiler.compile(e)
            let isMax = { if case .max = agg { return true }; return false }()
            return (Column(agg.name + "_" + name(of: e, in: table), t == .any ? .string : t), { rows in
                let values = rows.map { c.evaluate($0) }.filter { !$0.isNull }
                return (isMax ? values.max { Value.order($0, $1) < 0 } : values.min { Value.order($0, $1) < 0 }) ?? .null
            })
        case .sum(let e), .avg(let e):
            let (c, t) = try compiler.compile(e)
            guard t.isNumeric || t == .any else {
                throw QueryError.evaluation("\(agg.name) needs numbers, and \(name(of: e, in: table)) is \(t.noun)", at: e.range)
            }
            let isSum = { if case .sum = agg { return true }; return false }()
            return (Column(agg.name + "_" + name(of: e, in: table), isSum && t == .int ? .int : .double), { rows in
                let values = rows.compactMap { c.evaluate($0).number }
                if isSum { return t == .int ? .int(Int(values.reduce(0, +))) : .double(values.reduce(0, +)) }
                return values.isEmpty ? .null : .double(values.reduce(0, +) / Double(values.count))
            })
        }
    }

    /// A selected expression's column name: the field's own name, or a call's function name.
    private func name(of e: Expr, in table: Table) -> String {
        switch e {
        case .field(let n, _): return table.columns.first { $0.name.lowercased() == n.lowercased() }?.name ?? n
        case .call(let f, let args, _):
            if case .field(let n, _)? = args.first { return "\(f)_\(n)" }
            return f
        default: return "value"
        }
    }
}

extension Corpus {
    /// Runs one statement of the query language and returns what it produced; `cancellation`
    /// stops it (the corpus's own token when nil).
    package func run(_ statement: String, cancellation token: CancellationToken? = nil) throws(QueryError) -> QueryOutput {
        let cancellation = token ?? self.cancellation
        let parsed: Statement
        switch Parser.parse(statement) {
        case .success(let s): parsed = s
        case .failure(let e): throw e
        }
        do {
            return try Evaluator(corpus: self, cancellation: cancellation).run(parsed)
        } catch {
            // Whatever failed while the query was being stopped failed because of the stop.
            if cancellation.isRequested { throw cancellation.error(0..<statement.utf8.count) }
            throw error
        }
    }

    /// Runs one statement of the query language and returns its rows.
    ///
    /// ```swift
    /// let table = try corpus.query("quotes | group by speaker | count | sort count desc")
    /// for row in table.rows { print(row[0], row[1]) }
    /// ```
    ///
    /// A statement that shows an article (`show`) or draws a chart returns the rows it is made of;
    /// `let name = …` binds its result as a source for the statements after it.
    /// - Parameter statement: One statement of the query language.
    /// - Returns: The rows it gives.
    /// - Throws: ``QueryError`` for a statement that does not parse or cannot run, with the byte
    ///   range of the offending text.
    public func query(_ statement: String) throws(QueryError) -> Table {
        try run(statement).table
    }

    /// Runs one statement, stopped when `cancellation` is requested or its time limit passes:
    /// a stop button, or a deadline, for this query alone. Other queries on the corpus, on this
    /// thread or others, go on.
    ///
    /// ```swift
    /// let stop = CancellationToken()
    /// stop.limit(seconds: 5)
    /// let table = try corpus.query("kwic /ceasefire/i", cancellation: stop)
    /// ```
    /// - Throws: ``QueryError`` as ``query(_:)`` does, and "cancelled" or "the query ran out of
    ///   time" when stopped (never part of the rows).
    public func query(_ statement: String, cancellation: CancellationToken) throws(QueryError) -> Table {
        try run(statement, cancellation: cancellation).table
    }
}
