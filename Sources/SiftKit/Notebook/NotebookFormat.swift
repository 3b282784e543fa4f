/// The `*.sift.md` file format: YAML-style front matter listing the articles and the version,
/// then Markdown. Each statement is a ```sift fenced block; its output is the fenced block right
/// after it (```output). Everything else is a note. Readable on GitHub, diffable in git.
///
///     ---
///     sift: 0.1.0
///     articles:
///       - samples
///       - ../articles/flood.txt
///     ---
///
///     Who is quoted most?
///
///     ```sift
///     quotes | group by speaker | count
///     ```
///
///     ```output
///     …
///     ```
package enum NotebookFormat {
    package static func write(_ nb: Notebook) -> String {
        var out = "---\nsift: \(nb.version)\narticles:\n"
        for a in nb.articles { out += "  - \(yamlScalar(a))\n" }
        out += "---\n"
        for cell in nb.cells {
            switch cell {
            case .note(let text):
                out += "\n" + text.trimmed + "\n"
            case .statement(let statement, let output):
                let f1 = fence(for: statement)
                out += "\n" + f1 + "sift\n" + statement + "\n" + f1 + "\n"
                if let output {
                    let f2 = fence(for: output)
                    out += "\n" + f2 + "output\n" + output + (output.hasSuffix("\n") || output.isEmpty ? "" : "\n") + f2 + "\n"
                }
            }
        }
        return out
    }

    /// Reads a notebook; lenient about what is not a sift block (it becomes a note).
    package static func read(_ text: String) -> Notebook {
        var nb = Notebook(version: "", articles: [], cells: [])
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { l -> String in
            var s = String(l)
            if s.hasSuffix("\r") { s.removeLast() }
            return s
        }
        // Front matter.
        if lines.first?.trimmed == "---", let end = lines.dropFirst().firstIndex(where: { $0.trimmed == "---" }) {
            var inArticles = false
            for line in lines[1..<end] {
                let t = line.trimmed
                if t.hasPrefix("sift:") { nb.version = String(t.dropFirst(5)).trimmed; inArticles = false }
                else if t == "articles:" { inArticles = true }
                else if t.hasPrefix("articles:"), case let rest = String(t.dropFirst(9)).trimmed, rest.hasPrefix("[") {
                    // The flow form: articles: [a.txt, "b c.txt"]
                    let inner = rest.dropFirst().prefix { $0 != "]" }
                    nb.articles += inner.split(separator: ",").map { unquote(String($0).trimmed) }.filter { !$0.isEmpty }
                    inArticles = false
                }
                else if inArticles && t.hasPrefix("- ") { nb.articles.append(unquote(String(t.dropFirst(2)).trimmed)) }
                else if !t.isEmpty && !t.hasPrefix("#") { inArticles = false }
            }
            lines.removeSubrange(0...end)
        }
        var note: [String] = []
        func flushNote() {
            let text = note.joined(separator: "\n").trimmed
            if !text.isEmpty { nb.cells.append(.note(text)) }
            note = []
        }
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if let (fence, info) = opening(line), info == "sift" {
                flushNote()
                let (body, next) = block(lines, from: i + 1, fence: fence)
                var output: String? = nil
                var j = next
                while j < lines.count && lines[j].trimmed.isEmpty { j += 1 }
                if j < lines.count, let (f2, info2) = opening(lines[j]), info2 == "output" || info2 == "text" {
                    let (out, after) = block(lines, from: j + 1, fence: f2)
                    output = out.isEmpty ? "" : out + "\n"
                    i = after
                } else {
                    i = next
                }
                nb.cells.append(.statement(body, output: output))
                continue
            }
            note.append(line)
            i += 1
        }
        flushNote()
        return nb
    }

    /// ```` ``` ```` or longer, and the info string after it.
    private static func opening(_ line: String) -> (String, String)? {
        let t = line.trimmed
        guard t.hasPrefix("```") else { return nil }
        let fence = String(t.prefix { $0 == "`" })
        return (fence, String(t.dropFirst(fence.count)).trimmed.lowercased())
    }

    private static func block(_ lines: [String], from start: Int, fence: String) -> (String, Int) {
        var body: [String] = []
        var i = start
        while i < lines.count {
            if lines[i].trimmed == fence { return (body.joined(separator: "\n"), i + 1) }
            body.append(lines[i])
            i += 1
        }
        return (body.joined(separator: "\n"), i)
    }

    /// A fence longer than any run of backticks in the text.
    private static func fence(for text: String) -> String {
        var longest = 0, run = 0
        for c in text { if c == "`" { run += 1; longest = max(longest, run) } else { run = 0 } }
        return String(repeating: "`", count: max(3, longest + 1))
    }

    private static func yamlScalar(_ s: String) -> String {
        let plain = s.allSatisfy { $0.isLetter || $0.isNumber || "/._-~".contains($0) } && !s.isEmpty
        return plain ? s : "\"" + s.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }

    private static func unquote(_ s: String) -> String {
        guard s.count >= 2, s.hasPrefix("\""), s.hasSuffix("\"") else { return s }
        return String(s.dropFirst().dropLast()).replacingAll("\\\"", with: "\"").replacingAll("\\\\", with: "\\")
    }
}
