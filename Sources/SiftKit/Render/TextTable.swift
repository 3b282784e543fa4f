/// The aligned table a person reads: a header, a rule, one line a row; numbers right-aligned.
/// On a terminal the widest text columns are cut with "…" until the rows fit its width.
enum TextTable {
    static func render(_ table: Table, options: RenderOptions) -> String {
        let headers = table.columns.map { TerminalText.sanitize($0.name) }
        var cells = table.rows.map { row in row.map { TerminalText.sanitize($0.description) } }
        var widths = headers.map(DisplayWidth.of)
        for row in cells { for (i, c) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(c)) } }
        let numeric = table.columns.map { $0.type.isNumeric }
        let alignRight = table.columns.map { $0.type.isNumeric || $0.rightAligned }

        if let limit = options.width {
            fit(&widths, headers: headers, limit: limit, numeric: numeric)
            // A right-aligned text column (kwic's left context) keeps its end, the words nearest the keyword.
            cells = cells.map { row in row.enumerated().map { i, c in
                alignRight[i] && !numeric[i] ? DisplayWidth.truncateLeading(c, to: widths[i]) : DisplayWidth.truncate(c, to: widths[i])
            } }
        }
        let bold = options.color ? "\u{1B}[1m" : "", reset = options.color ? "\u{1B}[0m" : ""
        var out = ""
        let header = headers.enumerated().map { i, h in
            DisplayWidth.pad(DisplayWidth.truncate(h, to: widths[i]), to: widths[i], alignRight: alignRight[i])
        }.joined(separator: "  ")
        out += bold + trimRight(header) + reset + "\n"
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells {
            let line = row.enumerated().map { i, c in DisplayWidth.pad(c, to: widths[i], alignRight: alignRight[i]) }
                .joined(separator: "  ")
            out += trimRight(line) + "\n"
        }
        if table.rows.isEmpty { out += "(no rows)\n" }
        return out
    }

    /// Shrinks the widest columns, never a column below 6 (or its header), until the total fits.
    private static func fit(_ widths: inout [Int], headers: [String], limit: Int, numeric: [Bool]) {
        let gaps = 2 * max(0, widths.count - 1)
        var total = widths.reduce(0, +) + gaps
        while total > limit {
            guard let i = widths.indices
                .filter({ !numeric[$0] && widths[$0] > max(6, min(DisplayWidth.of(headers[$0]), 12)) })
                .max(by: { widths[$0] < widths[$1] }) else { break }
            let floor = max(6, min(DisplayWidth.of(headers[i]), 12))
            let cut = min(total - limit, widths[i] - floor)
            widths[i] -= max(1, cut)
            total -= max(1, cut)
        }
    }

    /// Without trailing spaces (found on the bytes: a padded line may be long).
    private static func trimRight(_ s: String) -> String {
        let u = s.utf8
        var end = u.endIndex
        while end > u.startIndex, u[u.index(before: end)] == 0x20 { end = u.index(before: end) }
        return end == u.endIndex ? s : String(s[..<end])
    }
}

/// A GitHub-flavoured Markdown pipe table.
enum MarkdownTable {
    static func render(_ table: Table) -> String {
        func cell(_ s: String) -> String {
            TerminalText.sanitize(s.replacingAll("|", with: "\\|").replacingAll("\r\n", with: "<br>").replacingAll("\n", with: "<br>"))
        }
        var out = "| " + table.columns.map { cell($0.name) }.joined(separator: " | ") + " |\n"
        out += "|" + table.columns.map { $0.type.isNumeric ? " ---: |" : " --- |" }.joined() + "\n"
        for row in table.rows {
            out += "| " + row.map { cell($0.description) }.joined(separator: " | ") + " |\n"
        }
        return out
    }
}

extension String {
    /// Every occurrence of `target` replaced (Foundation-free).
    public func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return replacing(target, with: replacement)
    }
}
