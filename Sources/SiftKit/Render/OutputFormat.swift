/// How a result table is written.
package enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json, jsonl, markdown

    package static func named(_ name: String) -> OutputFormat? {
        switch name.lowercased() {
        case "md": return .markdown
        case "ndjson": return .jsonl
        case "text", "aligned": return .table
        default: return OutputFormat(rawValue: name.lowercased())
        }
    }
}

/// Where the output goes, which decides colour and cutting.
package struct RenderOptions: Sendable {
    /// Fit rows into this many columns (a terminal's width); nil never cuts.
    package var width: Int?
    /// Use ANSI colour (a terminal without NO_COLOR).
    package var color: Bool
    /// On a terminal, long text wraps inside its column (unless the program asks to cut instead).
    package var wrap: Bool

    package init(width: Int? = nil, color: Bool = false, wrap: Bool = true) {
        self.width = width
        self.color = color
        self.wrap = wrap
    }

    /// Plain output for a file or a pipe.
    package static let plain = RenderOptions()
}

package enum TableWriter {
    package static func render(_ table: Table, as format: OutputFormat, options: RenderOptions = .plain) -> String {
        switch format {
        case .table: return TextTable.render(table, options: options)
        case .csv: return CSV.render(table)
        case .json: return JSON.render(table)
        case .jsonl: return JSON.renderLines(table)
        case .markdown: return MarkdownTable.render(table)
        }
    }
}
