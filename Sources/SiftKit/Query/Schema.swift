/// `.schema [SOURCE]`: the fields of every source (and binding) and their types, one row a field.
package enum Schema {
    package static func table(_ name: String? = nil, corpus: Corpus) throws(QueryError) -> Table {
        var named: [(String, [Column])] = Catalog.sources.map { ($0.name, $0.columns) }
        named += [("kwic", Kwic.columns), ("compare", Compare.columns)]
        let bindings = corpus.bindings
        named += bindings.keys.sorted().map { ($0, bindings[$0]!.columns) }
        if let name {
            let wanted = name.lowercased()
            named = named.filter { $0.0.lowercased() == wanted }
            guard !named.isEmpty else {
                let all = Catalog.sourceNames + ["kwic", "compare"] + bindings.keys.sorted()
                throw .evaluation("no source or binding named '\(name)'", at: 0..<0,
                                  hint: Suggest.closest(to: name, among: all).map { "did you mean '\($0)'?" } ?? "sources: " + all.joined(separator: ", "))
            }
        }
        let rows: [[Value]] = named.flatMap { source, columns in
            columns.map { [.string(source), .string($0.name), .string($0.type == .double ? "number" : $0.type.rawValue)] }
        }
        return Table(columns: [Column("source", .string), Column("field", .string), Column("type", .string)], rows: rows)
    }
}
