/// The aligned table a person reads: a header, a rule, one line a row; numbers right-aligned.
/// On a terminal the columns share its width (`ColumnWidths`) and long text wraps inside its
/// column — or, with `wrap` off, is cut with "…". A window onto longer text (kwic's contexts) is
/// cut, not wrapped, so keywords stay on one line; the left one, right-aligned, keeps its end,
/// the words nearest the keyword. A table marked `keepWhole` (`why`) is never cut.
enum TextTable {
    static func render(_ table: Table, options: RenderOptions) -> String {
        let headers = table.columns.map { TerminalText.sanitize($0.name) }
        let cells = table.rows.map { row in row.map { TerminalText.sanitize($0.description) } }
        var widths = headers.map(DisplayWidth.of)
        for row in cells { for (i, c) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(c)) } }
        let numeric = table.columns.map { $0.type.isNumeric }
        let alignRight = table.columns.map { $0.type.isNumeric || $0.rightAligned }
        let window = table.columns.map { !$0.type.isNumeric && ($0.rightAligned || $0.window) }

        var lines: [[[String]]] = cells.map { row in row.map { [$0] } }
        var shown = headers.count
        if let limit = options.width {
            // A column narrower than its floor is unreadable: columns that cannot get theirs are
            // left out from the right, and a last line names them (as DuckDB's shell does).
            let floors = headers.indices.map { i in
                min(widths[i], numeric[i] ? widths[i] : max(min(DisplayWidth.of(headers[i]), 16), widths[i] > 30 ? 20 : 12))
            }
            while shown > 1 && floors[..<shown].reduce(0, +) + 2 * (shown - 1) > limit { shown -= 1 }
            widths = ColumnWidths.share(Array(widths[..<shown]), fixed: Array(numeric[..<shown]), floors: Array(floors[..<shown]), limit: limit)
            let wrap = options.wrap || table.keepWhole
            lines = cells.map { row in row[..<shown].enumerated().map { i, c in
                if DisplayWidth.of(c) <= widths[i] { return [c] }
                if window[i] && !table.keepWhole {
                    return [alignRight[i] ? DisplayWidth.truncateLeading(c, to: widths[i]) : DisplayWidth.truncate(c, to: widths[i])]
                }
                return wrap ? WordWrap.lines(c, width: widths[i]) : [DisplayWidth.truncate(c, to: widths[i])]
            } }
        }
        let bold = options.color ? "\u{1B}[1m" : "", reset = options.color ? "\u{1B}[0m" : ""
        var out = ""
        let header = headers[..<shown].enumerated().map { i, h in
            DisplayWidth.pad(DisplayWidth.truncate(h, to: widths[i]), to: widths[i], alignRight: alignRight[i])
        }.joined(separator: "  ")
        out += bold + trimRight(header) + reset + "\n"
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for row in lines {
            let height = row.map(\.count).max() ?? 1
            for k in 0..<height {
                let line = row.enumerated().map { i, c in DisplayWidth.pad(k < c.count ? c[k] : "", to: widths[i], alignRight: alignRight[i]) }
                    .joined(separator: "  ")
                out += trimRight(line) + "\n"
            }
        }
        if table.rows.isEmpty { out += "(no rows)\n" }
        if shown < headers.count {
            let rest = headers[shown...]
            let note = "(\(rest.count) more column\(rest.count == 1 ? "" : "s") not shown: \(rest.joined(separator: ", ")); select them, or widen the terminal)"
            out += WordWrap.lines(note, width: options.width ?? 80).joined(separator: "\n") + "\n"
        }
        return out
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
    package func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return replacing(target, with: replacement)
    }
}
