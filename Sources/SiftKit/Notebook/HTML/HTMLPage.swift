import Ink

extension NotebookExport {
    /// One page a teacher can hand out: notes rendered as Markdown (with Ink), each statement
    /// and its output — tables as tables, `show` with its quotes coloured by speaker — and an
    /// inline stylesheet for the screen and for print. No scripts, nothing fetched.
    /// - Parameter title: the file's name: the page's title when no note has a heading.
    package static func html(title: String, cells: [Cell]) -> String {
        let parser = MarkdownParser()
        var body = ""
        var heading: String? = nil
        var headed = false
        for cell in cells {
            switch cell {
            case .note(let text):
                // Notes are text: any HTML in them is shown, not obeyed. Each "<" goes through Ink
                // as a private-use character (Ink passes raw HTML on) and comes out as "&lt;",
                // in code spans too.
                let markdown = parser.parse(text.replacingAll("<", with: "\u{E000}"))
                if !headed, let t = markdown.title { heading = t.replacingAll("\u{E000}", with: "<") }
                headed = true
                body += "<div class=\"note\">\n" + markdown.html.replacingAll("\u{E000}", with: "&lt;") + "\n</div>\n"
            case .statement(let s, let text, let output):
                // Commands (.format, .load) set up the statements after them: not part of the handout.
                if s.trimmed.hasPrefix(".") { continue }
                headed = true
                body += "<pre class=\"q\"><code>" + HTMLText.escape(s) + "</code></pre>\n"
                switch output {
                case .table(let t)?, .comparison(let t, _, _)?: body += HTMLTable.render(t)
                case .document(let d)?: body += HTMLDocument.render(d)
                case .chart(let c)?: body += HTMLChart.render(c)
                case .binding(let name, let t)?: body += "<p class=\"binding\">\(HTMLText.escape(name)): \(t.count) rows</p>\n"
                case nil:
                    guard let text else { break }
                    // A saved error (its text starts with the phase, as ErrorFormatter writes it) shows as one.
                    let failed = text.hasPrefix(QueryError.Phase.syntax.rawValue + ":") || text.hasPrefix(QueryError.Phase.evaluation.rawValue + ":")
                    body += "<pre class=\"\(failed ? "err" : "out")\">" + HTMLText.diff(text, keepMarks: true) + "</pre>\n"
                }
            }
        }
        // The notebook's own first heading is the title; only a notebook without one gets the file's name.
        let top = heading == nil ? "<h1>\(HTMLText.escape(title))</h1>\n" : ""
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(heading ?? title))</title>
        <style>
        \(HTMLStyle.css)
        </style></head><body>
        \(top)\(body)</body></html>

        """
    }
}
