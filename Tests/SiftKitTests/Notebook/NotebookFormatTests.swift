import Testing
@testable import SiftKit

@Suite("Notebook files")
struct NotebookFormatTests {
    @Test func writeThenReadIsTheSameNotebook() {
        let nb = Notebook(version: "0.1.0", articles: ["samples", "../articles/a b.txt"], cells: [
            .note("# Title\n\nSome *notes*."),
            .statement("articles | count", output: "count\n─────\n    4\n"),
            .statement(".format json", output: nil),
            .statement("quotes |\n  where text ~ \"```\"", output: "[]\n"),
            .note("More notes with ```code``` in them."),
        ])
        let text = NotebookFormat.write(nb)
        #expect(text.hasPrefix("---\nsift: 0.1.0\narticles:\n  - samples\n  - \"../articles/a b.txt\"\n---\n"))
        #expect(text.contains("````sift\nquotes |\n  where text ~ \"```\"\n````"))
        #expect(NotebookFormat.read(text) == nb)
    }

    @Test func readsHandWrittenNotebooks() {
        let text = """
        ---
        sift: 0.1.0
        articles:
          - samples
        ---
        Intro paragraph.

        ```sift
        articles
        ```
        ```python
        print("not sift: a note")
        ```

        ```sift
        quotes | count
        ```

        ```output
        count
        ─────
           74
        ```
        """
        let nb = NotebookFormat.read(text)
        #expect(nb.articles == ["samples"])
        #expect(nb.statements == ["articles", "quotes | count"])
        #expect(nb.cells[1] == .statement("articles", output: nil))
        #expect(nb.cells[2] == .note("```python\nprint(\"not sift: a note\")\n```"))
        #expect(nb.cells[3] == .statement("quotes | count", output: "count\n─────\n   74\n"))
    }

    @Test func ipynbIsNbformat45() {
        let nb = Notebook(version: "0.1.0", articles: ["samples"], cells: [.note("Hello"), .statement("articles | count", output: "count\n─────\n    4\n")])
        let json = NotebookExport.ipynb(nb)
        #expect(json.contains("\"nbformat\": 4"))
        #expect(json.contains("\"nbformat_minor\": 5"))
        #expect(json.contains("\"cell_type\": \"code\", \"id\": \"cell-2\""))
        #expect(json.contains("\"text\": [\"count\\n\", \"─────\\n\", \"    4\\n\"]"))
    }

    @Test func unifiedDiffShowsWhatChanged() {
        let d = UnifiedDiff.diff("a\nb\nc\n", "a\nB\nc\n", from: "saved", to: "now")
        #expect(d == "--- saved\n+++ now\n@@ -1,4 +1,4 @@\n a\n-b\n+B\n c\n \n")
    }
}
