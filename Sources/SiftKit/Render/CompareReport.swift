/// `compare A B` for a person: who both articles name and who only one does, the sources, the
/// statements quoted in both with their word diff, the quotes only one carries, and the facts
/// that differ, in two columns.
package enum CompareReport {
    package static func render(_ table: Table, left: String, right: String, width: Int, color: Bool) -> String {
        let bold = color ? "\u{1B}[1m" : "", reset = color ? "\u{1B}[0m" : ""
        let red = color ? "\u{1B}[31m" : "", green = color ? "\u{1B}[32m" : ""
        let column = max(20, (width - 3) / 2)
        var out = bold + "1: " + TerminalText.sanitize(left) + reset + "   ⟷   " + bold + "2: " + TerminalText.sanitize(right) + reset + "\n"
        func cell(_ v: Value) -> String { TerminalText.sanitize(v.description) }
        func rows(_ sections: [String], _ diffs: [String]) -> [[Value]] {
            table.rows.filter { sections.contains($0[0].string ?? "") && diffs.contains($0[4].string ?? "") }
        }
        func heading(_ title: String) { out += "\n" + bold + title + reset + "\n" }
        func list(_ title: String, _ names: [String]) {
            guard !names.isEmpty else { return }
            heading(title + " (\(names.count))")
            out += wrap(names.joined(separator: ", "), width: width - 2).map { "  " + $0 }.joined(separator: "\n") + "\n"
        }
        for (section, plural) in [("person", "People"), ("organization", "Organisations"), ("place", "Places")] {
            list("\(plural) named in both", rows([section], ["same"]).map { cell($0[2]) })
            list("\(plural) named only in 1", rows([section], ["only left"]).map { cell($0[2]) })
            list("\(plural) named only in 2", rows([section], ["only right"]).map { cell($0[3]) })
        }

        let sources = rows(["source"], ["same", "changed", "only left", "only right"])
        if !sources.isEmpty {
            heading("Sources")
            out += twoColumns(sources.map { (cell($0[2]), cell($0[3])) }, column: column)
        }
        let both = rows(["quote"], ["same", "changed"])
        if !both.isEmpty {
            heading("Same statement, quoted in both")
            for q in both {
                out += "  " + cell(q[1]) + "\n"
                out += twoColumns([("“" + cell(q[2]) + "”", "“" + cell(q[3]) + "”")], column: column)
                let diff = cell(q[5]).replacingAll("[-", with: red + "[-").replacingAll("-]", with: "-]" + reset)
                    .replacingAll("{+", with: green + "{+").replacingAll("+}", with: "+}" + reset)
                out += wrap(diff, width: width - 6).map { "    " + $0 }.joined(separator: "\n") + "\n"
            }
        }
        for (diff, side, n) in [("only left", 2, 1), ("only right", 3, 2)] {
            let only = rows(["quote"], [diff])
            guard !only.isEmpty else { continue }
            heading("Quoted only in \(n) (\(only.count))")
            for q in only {
                let speaker = q[1] == .null ? "(no speaker)" : cell(q[1])
                out += wrap("\(speaker), \(cell(q[5])): “\(cell(q[side]))”", width: width - 4).enumerated()
                    .map { ($0.offset == 0 ? "  " : "    ") + $0.element }.joined(separator: "\n") + "\n"
            }
        }
        let facts = rows(["number", "event place", "event date"], ["changed"])
        if !facts.isEmpty {
            heading("Facts that differ")
            out += twoColumns(facts.map { ("\(cell($0[0])) (\(cell($0[1]))): " + cell($0[2]), cell($0[3])) }, column: column)
        }
        return out
    }

    private static func twoColumns(_ pairs: [(String, String)], column: Int) -> String {
        var out = ""
        for (l, r) in pairs {
            let a = wrap(l, width: column - 2), b = wrap(r, width: column - 2)
            for i in 0..<max(a.count, b.count) {
                let left = i < a.count ? a[i] : ""
                let right = i < b.count ? b[i] : ""
                out += "  " + DisplayWidth.pad(left, to: column - 2) + " │ " + right + "\n"
            }
        }
        return out
    }

    /// Words packed into lines of at most `width` columns (a longer word is split, never cut).
    static func wrap(_ text: String, width: Int) -> [String] { WordWrap.lines(text, width: width) }
}
