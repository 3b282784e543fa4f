/// Runs a parsed statement against a corpus and returns a table.
public struct Evaluator {
    public let corpus: Corpus

    public init(corpus: Corpus) { self.corpus = corpus }

    public func run(_ statement: Statement) throws(QueryError) -> Table {
        switch statement {
        case .pipeline(let p): return try run(p)
        case .why(let target, let n, let range): return try Why(corpus: corpus).explain(target, n, range: range)
        }
    }

    func run(_ p: Pipeline) throws(QueryError) -> Table {
        var table = try read(p.source)
        for stage in p.stages { table = try apply(stage, to: table) }
        return table
    }

    private func read(_ clause: SourceClause) throws(QueryError) -> Table {
        guard let source = Catalog.source(named: clause.name) else {
            let hint = Suggest.closest(to: clause.name, among: Catalog.sourceNames).map { "did you mean '\($0)'?" }
                ?? "sources: " + Catalog.sourceNames.joined(separator: ", ")
            throw .evaluation("unknown source '\(clause.name)'", at: clause.range, hint: hint)
        }
        var ids: [Int] = []
        if clause.articles.isEmpty {
            ids = corpus.articles.map(\.id)
        } else {
            for ref in clause.articles {
                let id = try resolve(ref)
                if !ids.contains(id) { ids.append(id) }
            }
        }
        return Table(columns: source.columns, rows: source.rows(corpus, ids))
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
        let compiler = ExprCompiler(columns: table.columns)
        do {
            switch stage {
            case .filter(let e, _):
                let (c, t) = try compiler.compile(e)
                guard t == .bool || t == .any else {
                    throw QueryError.evaluation("where needs a true/false condition, not \(t.noun)", at: e.range,
                                                hint: "compare it, e.g. words > 100 or title ~ \"levee\"")
                }
                var out = Table(columns: table.columns)
                out.rows = table.rows.filter { c.evaluate($0) == .bool(true) }
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

            case .count:
                return Table(columns: [Column("count", .int)], rows: [[.int(table.rows.count)]])
            }
        } catch let e as QueryError {
            throw e
        } catch {
            throw .evaluation("\(error)", at: stage.range)
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
    /// Runs one statement of the query language: `try corpus.query("articles | count")`.
    public func query(_ statement: String) throws(QueryError) -> Table {
        let parsed: Statement
        switch Parser.parse(statement) {
        case .success(let s): parsed = s
        case .failure(let e): throw e
        }
        return try Evaluator(corpus: self).run(parsed)
    }
}
