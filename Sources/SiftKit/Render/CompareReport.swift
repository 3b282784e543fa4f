/// `compare A B` for a person: the entities both articles name and those only one does, then
/// sources, aligned quotes with their word diff, and differing numbers, in two columns.
public enum CompareReport {
    public static func render(_ table: Table, left: String, right: String, width: Int, color: Bool) -> String {
        let bold = color ? "\u{1B}[1m" : "", reset = color ? "\u{1B}[0m" : ""
        let red = color ? "\u{1B}[31m" : "", green = color ? "\u{1B}[32m" : ""
        let column = max(20, (width - 3) / 2)
        var out = bold + "1: " + TerminalText.sanitize(left) + reset + "   ⟷   " + bold + "2: " + TerminalText.sanitize(right) + reset + "\n"
        func cell(_ v: Value) -> String { TerminalText.sanitize(v.description) }
        func rows(_ section: String) -> [[Value]] { table.rows.filter { $0[0].string == section } }
        func list(_ title: String, _ names: [String]) {
            guard !names.isEmpty else { return }
            out += "\n" + bold + title + " (\(names.count))" + reset + "\n"
            out += wrap(names.joined(separator: ", "), width: width - 2).map { "  " + $0 }.joined(separator: "\n") + "\n"
        }
        let entities = rows("entity")
        list("Named in both", entities.filter { $0[3].string == "both" }.map { cell($0[1]) })
        list("Named only in 1", entities.filter { $0[3].string == "only left" }.map { cell($0[1]) })
        list("Named only in 2", entities.filter { $0[3].string == "only right" }.map { cell($0[2]) })

        let sources = rows("source")
        if !sources.isEmpty {
            out += "\n" + bold + "Sources" + reset + "\n"
            out += twoColumns(sources.map { (cell($0[1]), cell($0[2])) }, column: column)
        }
        let quotes = table.rows.filter { $0[0].string?.hasPrefix("quote") == true }
        if !quotes.isEmpty {
            out += "\n" + bold + "Same statement, quoted in both" + reset + "\n"
            for q in quotes {
                let speaker = q[0].string.map { String($0.dropFirst("quote (".count).dropLast()) } ?? ""
                out += "  " + TerminalText.sanitize(speaker) + "\n"
                out += twoColumns([("“" + cell(q[1]) + "”", "“" + cell(q[2]) + "”")], column: column)
                out += wrap(cell(q[3]), width: width - 6).map { line in
                    "    " + line.replacingAll("[-", with: red + "[-").replacingAll("-]", with: "-]" + reset)
                        .replacingAll("{+", with: green + "{+").replacingAll("+}", with: "+}" + reset)
                }.joined(separator: "\n") + "\n"
            }
        }
        let numbers = table.rows.filter { $0[0].string?.hasPrefix("number") == true }
        if !numbers.isEmpty {
            out += "\n" + bold + "Numbers that differ" + reset + "\n"
            out += twoColumns(numbers.map { (cell($0[1]), cell($0[2])) }, column: column)
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
