import Foundation
import Testing

@Suite("Notebooks: save, open, check, export", .serialized)
struct NotebookCommandTests {
    @Test func saveThenCheckRoundTripAndAnEditedOutputFails() throws {
        let dir = TempDir()
        let nb = dir.path + "/lesson.sift.md"
        let session = "# Who is quoted?\narticles | count\n.format csv\nquotes | group by kind | sort kind\n.save \(nb)\n"
        let r = try Sift.run([], stdin: session, cwd: dir.url)
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: nb, encoding: .utf8)
        #expect(text.hasPrefix("---\nsift: "))
        #expect(text.contains("\nWho is quoted?\n"))
        #expect(text.contains("```sift\n.format csv\n```"))
        #expect(text.contains("```output\nkind,count\n"))

        let ok = try Sift.run(["check", nb])
        #expect(ok.status == 0)
        #expect(ok.stderr.contains("2 cells checked, all match"))

        // Saving again over it needs .save!
        let again = try Sift.run([], stdin: "articles | count\n.save \(nb)\n", cwd: dir.url)
        #expect(again.status == 1)
        #expect(again.stderr.contains("exists; use .save! "))
        #expect(try String(contentsOfFile: nb, encoding: .utf8) == text)

        try text.replacingOccurrences(of: "    4\n```", with: "    5\n```").write(toFile: nb, atomically: true, encoding: .utf8)
        let bad = try Sift.run(["check", nb])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("cell 1: articles | count\n--- saved\n+++ now\n"))
        #expect(bad.stdout.contains("-    5\n+    4\n"))
        #expect(bad.stderr.contains("1 of 2 cells differ"))
    }

    @Test func notebookArticlesAreRelativeToTheNotebook() throws {
        let dir = TempDir()
        dir.write("articles/one.txt", "One\n\n\"We are ready,\" said Ruth Ng.\n")
        let nb = dir.path + "/notes/one.sift.md"
        try FileManager.default.createDirectory(atPath: dir.path + "/notes", withIntermediateDirectories: true)
        let r = try Sift.run(["articles/one.txt"], stdin: "quotes | select speaker, text\n.save notes/one\n", cwd: dir.url)
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: nb, encoding: .utf8)
        #expect(text.contains("articles:\n  - ../articles/one.txt\n"))
        // From anywhere, the notebook finds its articles.
        let check = try Sift.run(["check", nb])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let open = try Sift.run([nb])
        #expect(open.stdout.contains("Ruth Ng"))
        // A missing article is a load failure, not a crash.
        try FileManager.default.removeItem(atPath: dir.path + "/articles/one.txt")
        #expect(try Sift.run(["check", nb]).status == 2)
    }

    @Test func anOpenedNotebookReplaysEachCellAsTheREPLShowedIt() throws {
        let nb = Sift.repo.appendingPathComponent("sessions/two-reports.sift.md").path
        let r = try Sift.run([nb])
        #expect(r.status == 0, "\(r.stderr)")
        // The note, the prompt with its statement, then the table the statement made.
        #expect(r.stdout.hasPrefix("# Two reports, one event\n"))
        #expect(r.stdout.contains("side by side.\nsift> articles in 1, 2 | select id, article, title, dateline, words\nid  article"))
        #expect(r.stdout.contains("\n\nNames both reports use, and names only one does:\nsift> compare 1 2 | where section in (\"person\", \"organization\", \"place\") | group by diff | count\ndiff "))
        let prompts = r.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("sift> ") }
        #expect(prompts.count == 7)
    }

    @Test func theExampleNotebooksCheck() throws {
        let folder = Sift.repo.appendingPathComponent("sessions")
        let notebooks = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sift.md") }
        #expect(notebooks.count >= 2)
        for name in notebooks {
            let r = try Sift.run(["check", folder.appendingPathComponent(name).path])
            #expect(r.status == 0, "\(name): \(r.stdout)")
        }
    }

    @Test func exportsWriteIpynbHtmlAndMarkdown() throws {
        let dir = TempDir()
        let nb = dir.write("w.sift.md", try String(contentsOf: Sift.repo.appendingPathComponent("sessions/teaching-worksheet.sift.md"), encoding: .utf8))
        for format in ["ipynb", "html", "md"] {
            let r = try Sift.run(["export", nb, "--to", format])
            #expect(r.status == 0, "\(format): \(r.stderr)")
        }
        let html = try String(contentsOfFile: dir.path + "/w.html", encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<table>"))
        #expect(!html.contains("<script"))
        let md = try String(contentsOfFile: dir.path + "/w.export.md", encoding: .utf8)
        #expect(md == (try String(contentsOfFile: nb, encoding: .utf8)))
        #expect(try Sift.run(["export", nb, "--to", "pdf"]).status == 2)
    }

    @Test func everyFormatExportsTheSavedOutputsAndRerunNeedsTheArticles() throws {
        let dir = TempDir()
        dir.write("articles/one.txt", "One\n\n\"We are ready,\" said Ruth Ng.\n")
        let r = try Sift.run(["articles/one.txt"], stdin: "# Ready?\nquotes | select speaker, text\narticles | count\n.save one\n", cwd: dir.url)
        #expect(r.status == 0, "\(r.stderr)")
        let nb = dir.path + "/one.sift.md"
        // An output edited by hand is what every format exports: the saved text, not a fresh run.
        let saved = try String(contentsOfFile: nb, encoding: .utf8)
        try saved.replacingOccurrences(of: "    1\n```", with: "    7\n```").write(toFile: nb, atomically: true, encoding: .utf8)
        for format in ["html", "ipynb", "md"] {
            let e = try Sift.run(["export", nb, "--to", format, "-o", dir.path + "/out." + format])
            #expect(e.status == 0, "\(format): \(e.stderr)")
            let out = try String(contentsOfFile: dir.path + "/out." + format, encoding: .utf8)
            #expect(out.contains("    7"), "\(format) exports the saved output")
            #expect(out.contains("Ruth Ng"), "\(format)")
        }
        // The HTML still draws the outputs that a re-run gives unchanged as tables.
        let html = try String(contentsOfFile: dir.path + "/out.html", encoding: .utf8)
        #expect(html.contains("<td>Ruth Ng</td>"))
        // --rerun exports fresh outputs.
        #expect(try Sift.run(["export", nb, "--to", "md", "--rerun", "-o", dir.path + "/fresh.md"]).status == 0)
        #expect(try String(contentsOfFile: dir.path + "/fresh.md", encoding: .utf8).contains("    1\n```"))
        // With the articles gone, the saved outputs still export (exit 0, no complaint) …
        try FileManager.default.removeItem(atPath: dir.path + "/articles/one.txt")
        let missing = try Sift.run(["export", nb, "--to", "html", "-o", dir.path + "/gone.html"])
        #expect(missing.status == 0, "\(missing.stderr)")
        #expect(!missing.stderr.contains("one.txt"))
        #expect(try String(contentsOfFile: dir.path + "/gone.html", encoding: .utf8).contains("Ruth Ng"))
        // … and --rerun fails with exit 2, writing nothing.
        let rerun = try Sift.run(["export", nb, "--to", "ipynb", "--rerun", "-o", dir.path + "/gone.ipynb"])
        #expect(rerun.status == 2)
        #expect(rerun.stderr.contains("articles are missing"))
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/gone.ipynb"))
        #expect(try Sift.run(["--rerun", nb]).status == 2)
    }

    /// A venv under .build with Jupyter's nbformat, jsonschema and altair 5 (which ships the
    /// Vega-Lite v5 schema) from PyPI; nil when it cannot be made (no PyPI here).
    static let notebookPython: String? = {
        let venv = Sift.repo.appendingPathComponent(".build/notebook-venv").path
        let python = venv + "/bin/python"
        let ready = "import nbformat, jsonschema, altair; assert altair.SCHEMA_VERSION.startswith('v5')"
        if (try? Sift.run(["-c", ready], program: python))?.status == 0 { return python }
        let make = try? Sift.run(["-c", "python3 -m venv \(venv) && \(venv)/bin/pip install -q nbformat jsonschema altair==5.5.0"], program: "/bin/sh")
        guard make?.status == 0, (try? Sift.run(["-c", ready], program: python))?.status == 0 else { return nil }
        return python
    }()

    static let validateNotebook = """
    import json, os, sys, nbformat, jsonschema, altair
    nb = nbformat.read(sys.argv[1], as_version=4)
    nbformat.validate(nb)
    schema = json.load(open(os.path.join(os.path.dirname(altair.__file__), "vegalite/v5/schema/vega-lite-schema.json")))
    charts = 0
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            spec = out.get("data", {}).get("application/vnd.vegalite.v5+json")
            if spec is not None:
                jsonschema.validate(spec, schema)
                assert out["data"]["text/plain"], "a chart has a text fallback"
                charts += 1
    print(len(nb.cells), charts)
    """

    /// The exported notebook validates with Jupyter's own nbformat package, and its charts'
    /// Vega-Lite outputs against the Vega-Lite v5 schema.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "needs python3"))
    func ipynbWithChartsValidatesWithNbformatAndTheVegaLiteSchema() throws {
        guard let python = Self.notebookPython else {
            print("skipped: nbformat, jsonschema and altair 5 could not be installed from PyPI")
            return
        }
        let dir = TempDir()
        let worksheet = try String(contentsOf: Sift.repo.appendingPathComponent("sessions/teaching-worksheet.sift.md"), encoding: .utf8)
        let nb = dir.write("w.sift.md", worksheet)
        #expect(try Sift.run(["export", nb, "--to", "ipynb"]).status == 0)
        let plain = try Sift.run(["-c", Self.validateNotebook, dir.path + "/w.ipynb"], program: python)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect((Int(plain.stdout.split(separator: " ").first ?? "") ?? 0) > 5)

        let session = "# Charts\nquotes | group by speaker | count | sort count desc | take 5 | chart bar\n"
            + "sources | group by article, category | count | chart stacked\nquotes in 1 | group by paragraph | count | chart line\n.save charts\n"
        #expect(try Sift.run([], stdin: session, cwd: dir.url).status == 0)
        #expect(try Sift.run(["export", dir.path + "/charts.sift.md", "--to", "ipynb"]).status == 0)
        let charts = try Sift.run(["-c", Self.validateNotebook, dir.path + "/charts.ipynb"], program: python)
        #expect(charts.status == 0, "\(charts.stderr)")
        #expect(charts.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "4 3")
    }

    @Test func checkComparesAChartsDataNotItsDrawing() throws {
        let dir = TempDir()
        let r = try Sift.run([], stdin: "quotes | group by kind | count | sort kind | chart bar\n.save kinds\n", cwd: dir.url)
        #expect(r.status == 0, "\(r.stderr)")
        let nb = dir.path + "/kinds.sift.md"
        let text = try String(contentsOfFile: nb, encoding: .utf8)
        // The saved output is the chart's data, which a terminal draws as bars.
        #expect(text.contains("```output\nchart bar: count by kind\nkind      count\n"))
        #expect(!text.contains("█"))
        #expect(try Sift.run(["check", nb]).status == 0)
        let edited = text.components(separatedBy: "\n").map { $0.hasPrefix("direct ") ? "direct  999" : $0 }.joined(separator: "\n")
        #expect(edited != text)
        try edited.write(toFile: nb, atomically: true, encoding: .utf8)
        let changed = try Sift.run(["check", nb])
        #expect(changed.status == 1, "\(changed.stdout)")
    }
}
