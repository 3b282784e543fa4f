/// A session as a notebook: the articles it read, and its cells in order — Markdown notes, and
/// statements (queries and meta commands) with the output each produced.
public struct Notebook: Equatable, Sendable {
    public enum Cell: Equatable, Sendable {
        /// Markdown text, as typed after `#` in the REPL or written in the file.
        case note(String)
        /// A statement or meta command and its output as text (nil: not run yet, or no output).
        case statement(String, output: String?)
    }

    /// sift's version when the notebook was written.
    public var version: String
    /// Articles to load before replaying: paths relative to the notebook, or "samples".
    public var articles: [String]
    public var cells: [Cell]

    public init(version: String = SiftVersion.string, articles: [String] = [], cells: [Cell] = []) {
        self.version = version
        self.articles = articles
        self.cells = cells
    }

    public var statements: [String] {
        cells.compactMap { if case .statement(let s, _) = $0 { return s } else { return nil } }
    }
}
