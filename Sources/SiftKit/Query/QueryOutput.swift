/// What a statement produces: a table, an article to read (`show`), a chart, or a new binding (`let`).
package enum QueryOutput: Sendable {
    case table(Table)
    /// `compare A B` on its own: rows, which a terminal shows as a two-column report.
    case comparison(Table, left: String, right: String)
    case document(ArticleDocument)
    /// `… | chart bar`: the rows, to draw.
    case chart(Chart)
    case binding(name: String, table: Table)

    /// The output as a table, whatever it is: `show` gives one row a paragraph; `let` the bound rows.
    package var table: Table {
        switch self {
        case .table(let t): return t
        case .comparison(let t, _, _): return t
        case .binding(_, let t): return t
        case .document(let d): return d.table
        case .chart(let c): return c.table
        }
    }
}
