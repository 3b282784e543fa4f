/// Notebook exports: Jupyter's nbformat 4.5 (.ipynb) and a self-contained HTML page.
public enum NotebookExport {
    /// A cell to export: a note, or a statement with the output text to export (the saved one,
    /// or a fresh one when re-run) and, when the statement gave that same text, its result, which
    /// the HTML draws as a table, an article or a chart.
    public enum Cell: Sendable {
        case note(String)
        case statement(String, text: String?, output: QueryOutput?)
    }

    // MARK: - ipynb

    /// A notebook's saved outputs as nbformat 4.5.
    public static func ipynb(_ nb: Notebook) -> String {
        ipynb(version: nb.version, articles: nb.articles, cells: nb.cells.map { cell in
            switch cell {
            case .note(let t): return .note(t)
            case .statement(let s, let out): return .statement(s, text: out, output: nil)
            }
        })
    }

    /// nbformat 4.5 JSON: markdown cells for notes, code cells (language "sift") with the
    /// output as a stdout stream.
    public static func ipynb(version: String, articles: [String], cells input: [Cell]) -> String {
        var cells: [String] = []
        var count = 0
        for (i, cell) in input.enumerated() {
            let id = "\"id\": \"cell-\(i + 1)\""
            switch cell {
            case .note(let text):
                cells.append("{\"cell_type\": \"markdown\", \(id), \"metadata\": {}, \"source\": \(lines(text))}")
            case .statement(let s, let output, _):
                count += 1
                let outputs = output.map { out in
                    "[{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": \(lines(out))}]"
                } ?? "[]"
                cells.append("{\"cell_type\": \"code\", \(id), \"execution_count\": \(count), \"metadata\": {\"language\": \"sift\"}, \"source\": \(lines(s)), \"outputs\": \(outputs)}")
            }
        }
        return """
        {
         "nbformat": 4,
         "nbformat_minor": 5,
         "metadata": {
          "kernelspec": {"name": "sift", "display_name": "sift", "language": "sift"},
          "language_info": {"name": "sift", "file_extension": ".sift"},
          "sift": {"version": \(JSON.string(version)), "articles": [\(articles.map(JSON.string).joined(separator: ", "))]}
         },
         "cells": [
          \(cells.joined(separator: ",\n  "))
         ]
        }

        """
    }

    /// A text as nbformat's list of lines, each but the last keeping its "\n".
    private static func lines(_ text: String) -> String {
        var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) + "\n" }
        if let last = parts.last { parts[parts.count - 1] = String(last.dropLast()) }
        if parts.last == "" { parts.removeLast() }
        return "[" + parts.map(JSON.string).joined(separator: ", ") + "]"
    }

    // MARK: - HTML

    /// One page a teacher can hand out: inline CSS, no scripts, tables as tables, `show` with its
    /// quotes coloured by speaker.
    public static func html(title: String, cells: [Cell]) -> String {
        var body = ""
        for cell in cells {
            switch cell {
            case .note(let text):
                body += markdown(text)
            case .statement(let s, let text, let output):
                // Commands (.format, .load) set up the statements after them: not part of the handout.
                if s.trimmed.hasPrefix(".") { continue }
                body += "<pre class=\"q\"><code>" + escape(s) + "</code></pre>\n"
                switch output {
                case .table(let t)?, .comparison(let t, _, _)?: body += table(t)
                case .document(let d)?: body += document(d)
                case .binding(let name, let t)?: body += "<p class=\"note\">\(escape(name)): \(t.count) rows</p>\n"
                case nil: if let text { body += "<pre class=\"out\">" + escape(text) + "</pre>\n" }
                }
            }
        }
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(escape(title))</title>
        <style>
        body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
        pre.q{background:#f4f4f8;border-left:4px solid #558;padding:.5rem .8rem;overflow-x:auto}
        pre.out{border-left:4px solid #ccd;padding:.5rem .8rem;overflow-x:auto}
        table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:14px}
        th,td{border:1px solid #ccd;padding:.2rem .5rem;text-align:left;vertical-align:top}
        th{background:#eef}
        td.n{text-align:right}
        .doc p{margin:.3rem 0}.doc .k{color:#777;font-size:12px;margin-right:.5rem}.doc .n{color:#999;font-size:12px;margin-right:.5rem}
        .s1{background:#d8f1f6}.s2{background:#fbefc6}.s3{background:#f4d9f1}.s4{background:#dcf3d6}.s5{background:#dde3fa}.s6{background:#fadcdc}
        .legend span{margin-right:1rem;padding:0 .3rem}
        </style></head><body>
        <h1>\(escape(title))</h1>
        \(body)</body></html>

        """
    }

    private static func table(_ t: Table) -> String {
        var out = "<table><thead><tr>" + t.columns.map { "<th>" + escape($0.name) + "</th>" }.joined() + "</tr></thead><tbody>\n"
        for row in t.rows {
            out += "<tr>" + zip(t.columns, row).map { c, v in
                (c.type.isNumeric ? "<td class=\"n\">" : "<td>") + escape(v.description) + "</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    private static func document(_ d: ArticleDocument) -> String {
        var out = "<div class=\"doc\">\n"
        for b in d.blocks {
            var bytes = Array(b.text.utf8)
            var html = ""
            var pos = 0
            for m in b.marks.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where m.range.lowerBound >= pos {
                let hi = min(m.range.upperBound, bytes.count)
                html += escape(String(decoding: bytes[pos..<m.range.lowerBound], as: UTF8.self))
                html += "<span class=\"s\((m.speaker - 1) % 6 + 1)\" title=\"\(escape(d.legend[m.speaker - 1]))\">"
                    + escape(String(decoding: bytes[m.range.lowerBound..<hi], as: UTF8.self)) + "</span>"
                pos = hi
            }
            html += escape(String(decoding: bytes[pos...], as: UTF8.self))
            bytes = []
            let kind = b.kind == .body ? "" : "<span class=\"k\">\(b.kind.rawValue.uppercased())</span>"
            out += "<p><span class=\"n\">\(b.n)</span>\(kind)\(html)</p>\n"
        }
        out += "<p class=\"legend\">" + d.legend.enumerated().map { "<span class=\"s\($0.offset % 6 + 1)\">\(escape($0.element))</span>" }.joined() + "</p>\n"
        return out + "</div>\n"
    }

    /// A little Markdown: headings, bullet lists, paragraphs, `code`, **bold** and *emphasis*.
    private static func markdown(_ text: String) -> String {
        var out = ""
        var list = false
        for block in text.split(separator: "\n\n", omittingEmptySubsequences: false).map(String.init) {
            for line in block.split(separator: "\n").map(String.init) {
                let t = line.trimmed
                if t.hasPrefix("- ") || t.hasPrefix("* ") {
                    if !list { out += "<ul>\n"; list = true }
                    out += "<li>" + inline(String(t.dropFirst(2))) + "</li>\n"
                    continue
                }
                if list { out += "</ul>\n"; list = false }
                if let level = t.firstIndex(where: { $0 != "#" }).map({ t.distance(from: t.startIndex, to: $0) }), level > 0, level <= 6, t.dropFirst(level).hasPrefix(" ") {
                    out += "<h\(level + 1)>" + inline(String(t.dropFirst(level + 1))) + "</h\(level + 1)>\n"
                    continue
                }
                out += "<p>" + inline(t) + "</p>\n"
            }
            if list { out += "</ul>\n"; list = false }
        }
        return out
    }

    private static func inline(_ s: String) -> String {
        var out = escape(s)
        for (mark, tag) in [("`", "code"), ("**", "strong"), ("*", "em")] {
            var parts = out.split(separator: mark, omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 3 else { continue }
            var joined = parts.removeFirst()
            var open = true
            for p in parts {
                joined += (open ? "<\(tag)>" : "</\(tag)>") + p
                open.toggle()
            }
            if !open { joined += "</\(tag)>" }
            out = joined
        }
        return out
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                if c.value < 0x20 && c != "\n" && c != "\t" { out += "\\x" + String(c.value, radix: 16) } else { out.unicodeScalars.append(c) }
            }
        }
        return out
    }
}
