import Foundation
import Testing

/// The HTML handout, opened in a real browser: headless Chromium (Debian's `chromium`).
@Suite("The HTML handout in a browser", .serialized)
struct HTMLExportTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static let notebook = """
    ---
    sift: 0.1.0
    articles:
      - samples
    ---

    # A handout

    Some *emphasis*, a [link](https://example.org), a note over
    two lines, and a list:

    - one
    - two <script>console.error("from a note")</script>
    - code: `words < 400`

    ```sift
    compare 2 4 | where section == "quote" and diff == "changed" | select about, detail
    ```

    ```sift
    quotes in 1 | select speaker, text | take 4
    ```

    ```sift
    numbers in 1 | select text, value | take 3
    ```

    ```sift
    kwic "levee" in 1 | take 3
    ```

    ```sift
    show 2
    ```

    ```sift
    quotes | group by speaker | count | sort count desc | take 5 | chart bar
    ```

    ```sift
    sources | group by article, category | count | chart stacked
    ```

    ```sift
    quotes in 1 | group by paragraph | count | chart line
    ```

    """

    /// Loads a page in headless Chromium: its DOM after load, and the console messages it logged.
    static func open(_ file: String) throws -> (dom: String, console: [String]) {
        let r = try Sift.run(["120", chromium!, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                              "--enable-logging=stderr", "--v=0", "--dump-dom", "file://" + file], program: "/usr/bin/timeout")
        #expect(r.status == 0, "chromium: \(r.stderr.suffix(500))")
        return (r.stdout, r.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init))
    }

    @Test(.enabled(if: chromium != nil, "needs chromium (apt-get install chromium); the HTML export is not checked in a browser"))
    func theHandoutRendersWithNoConsoleErrorsAndColouredDiffs() throws {
        let dir = TempDir()
        let nb = dir.write("handout.sift.md", Self.notebook)
        let e = try Sift.run(["export", nb, "--to", "html", "--rerun"])
        #expect(e.status == 0, "\(e.stderr)")
        let html = try String(contentsOfFile: dir.path + "/handout.html", encoding: .utf8)
        // One self-contained file: nothing to fetch, no scripts.
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=") && !html.contains("<link"))
        #expect(html.contains("@media print"))

        // The detector sees console errors at all: a page that logs one is caught.
        let bad = dir.write("bad.html", "<html><body><script>console.error('boom')</script></body></html>")
        #expect(try Self.open(bad).console.contains { $0.contains("boom") })

        let (dom, console) = try Self.open(dir.path + "/handout.html")
        #expect(console.isEmpty, "\(console)")
        // The notebook's own heading, once, with no file-name title above it.
        #expect(dom.contains("<title>A handout</title>"))
        #expect(dom.components(separatedBy: "<h1>").count == 2)
        #expect(!dom.contains(">handout<"))
        // Notes as Markdown: emphasis, a link, one paragraph over two lines, a list; their HTML is text.
        #expect(dom.contains("<em>emphasis</em>"))
        #expect(dom.contains("<a href=\"https://example.org\">link</a>"))
        #expect(dom.contains("a note over two lines"))
        #expect(dom.contains("<li>one</li>"))
        #expect(dom.contains("&lt;script&gt;"))
        #expect(dom.contains("<code>words &lt; 400</code>"))
        // Word diffs as coloured deletions and insertions, with no bracket marks left.
        #expect(dom.contains("<del>") && dom.contains("<ins>"))
        #expect(!dom.contains("[-") && !dom.contains("{+"))
        // Quote text coloured by speaker, whole numbers without ".0", kwic's left context right-aligned.
        #expect(dom.contains("<td><span class=\"s1\">This is the worst flooding"))  // (the first quote, from unnamed officials, has no speaker to colour)
        #expect(dom.contains("<td class=\"n\">60</td>") && !dom.contains(">60.0<"))
        #expect(dom.contains("<td class=\"r\">"))
        // show: quotes coloured, reported speech underlined.
        #expect(dom.contains("class=\"s2 reported\""))
        // Charts as inline SVG: five bars, a stacked bar's segments with a legend, a line.
        #expect(dom.components(separatedBy: "<svg").count == 4)
        let bar = try #require(dom.range(of: "chart-bar")).upperBound
        #expect(dom[bar...].prefix(while: { _ in true }).components(separatedBy: "</figure>")[0].components(separatedBy: "<rect").count == 6)
        #expect(dom.contains("<polyline"))
        #expect(dom.contains(">Ellen Marsh</text>"))
    }
}
