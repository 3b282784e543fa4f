/// A session as a notebook: the articles it read, and its cells in order — Markdown notes, and
/// statements (queries and meta commands) with the output each produced.
package struct Notebook: Equatable, Sendable {
    package enum Cell: Equatable, Sendable {
        /// Markdown text, as typed after `#` in the REPL or written in the file.
        case note(String)
        /// A statement or meta command and its output as text (nil: not run yet, or no output).
        case statement(String, output: String?)
    }

    /// sift's version when the notebook was written.
    package var version: String
    /// Articles to load before replaying: paths relative to the notebook, or "samples".
    package var articles: [String]
    package var cells: [Cell]

    package init(version: String = SiftVersion.string, articles: [String] = [], cells: [Cell] = []) {
        self.version = version
        self.articles = articles
        self.cells = cells
    }

    package var statements: [String] {
        cells.compactMap { if case .statement(let s, _) = $0 { return s } else { return nil } }
    }
}
