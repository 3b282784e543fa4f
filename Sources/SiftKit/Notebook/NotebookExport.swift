/// Notebook exports: Jupyter's nbformat 4.5 (.ipynb) and a self-contained HTML page.
package enum NotebookExport {
    /// A cell to export: a note, or a statement with the output text to export (the saved one,
    /// or a fresh one when re-run) and, when the statement gave that same text, its result, which
    /// the HTML draws as a table, an article or a chart.
    package enum Cell: Sendable {
        case note(String)
        case statement(String, text: String?, output: QueryOutput?)
    }

    // MARK: - ipynb

    /// A notebook's saved outputs as nbformat 4.5.
    package static func ipynb(_ nb: Notebook) -> String {
        ipynb(version: nb.version, articles: nb.articles, cells: nb.cells.map { cell in
            switch cell {
            case .note(let t): return .note(t)
            case .statement(let s, let out): return .statement(s, text: out, output: nil)
            }
        })
    }

    /// nbformat 4.5 JSON: markdown cells for notes, code cells (language "sift") with the
    /// output as a stdout stream — a chart as a Vega-Lite display, its text as the fallback.
    package static func ipynb(version: String, articles: [String], cells input: [Cell]) -> String {
        var cells: [String] = []
        var count = 0
        for (i, cell) in input.enumerated() {
            let id = "\"id\": \"cell-\(i + 1)\""
            switch cell {
            case .note(let text):
                cells.append("{\"cell_type\": \"markdown\", \(id), \"metadata\": {}, \"source\": \(lines(text))}")
            case .statement(let s, let output, let result):
                count += 1
                var outputs = output.map { out in
                    "[{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": \(lines(out))}]"
                } ?? "[]"
                // A chart JupyterLab draws, with its data as the text fallback.
                if case .chart(let c)? = result, let out = output {
                    outputs = "[{\"output_type\": \"display_data\", \"metadata\": {}, \"data\": {\"\(VegaLite.mimeType)\": \(VegaLite.spec(c)), \"text/plain\": \(lines(out))}}]"
                }
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
}
