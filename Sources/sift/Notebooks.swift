import SiftKit

extension Shell {
    /// `.save FILE`: the session as a notebook, written atomically; an existing file only with `.save!`.
    func save(to requested: String, overwrite: Bool, location: String?) -> Outcome {
        let path = requested.hasSuffix(".md") ? requested : requested + ".sift.md"
        if !overwrite && AtomicFile.exists(path) {
            return fail("\(path) exists; use .save! \(path) to replace it", location: location)
        }
        let nb = notebookForSaving(in: FilePaths.directory(of: FilePaths.absolute(path)))
        do {
            try AtomicFile.write(NotebookFormat.write(nb), to: path)
            savedCells = nb.cells.count
            if interactive { Terminal.writeError("saved \(nb.cells.count) cell\(nb.cells.count == 1 ? "" : "s") to \(TerminalText.sanitize(path))\n") }
            return .ok
        } catch {
            return fail("could not save: \(error.reason)", location: location)
        }
    }

    /// The session as a notebook to be written in folder `dir`: article paths relative to it.
    func notebookForSaving(in dir: String) -> Notebook {
        var nb = notebook
        nb.version = SiftVersion.string
        nb.articles = startupInputs.map { $0 == "samples" ? "samples" : FilePaths.relative($0, from: dir) }
        // .load cells name files relative to the notebook, like the front matter.
        nb.cells = nb.cells.map { cell in
            guard case .statement(let s, let out) = cell, s.lowercased().hasPrefix(".load ") else { return cell }
            let paths = s.split(separator: " ").dropFirst().map { FilePaths.relative(FilePaths.absolute(String($0)), from: dir) }
            return .statement(".load " + paths.joined(separator: " "), output: out)
        }
        return nb
    }

    /// `.open FILE`: loads a notebook's articles and replays its cells, showing each as the REPL
    /// did: the note, the prompt with the statement, its output.
    func open(_ path: String, location: String?) -> Outcome {
        let text: String
        do { text = try TextFile.read(path) } catch { return fail("\(error.path): \(error.reason)", location: location) }
        let nb = NotebookFormat.read(text)
        return replay(nb, from: FilePaths.directory(of: FilePaths.absolute(path)), echo: !silent) ? .ok : .failed
    }

    /// A replayed cell as the REPL showed it when it was typed.
    private func echo(_ cell: Notebook.Cell) {
        let dim = Terminal.colorAllowed(forced: color) ? "\u{1B}[2m" : "", reset = dim.isEmpty ? "" : "\u{1B}[0m"
        // The blank line between one cell's output and the next cell comes before the cell.
        if printedResults > 0 { Terminal.write("\n") }
        printedResults = 0
        switch cell {
        case .note(let text):
            // Each line of the note word-wrapped to the terminal.
            let lines = text.trimmed.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
                Terminal.width.map { WordWrap.lines(TerminalText.sanitize(String(line)), width: $0) } ?? [TerminalText.sanitize(String(line))]
            }
            Terminal.write(dim + lines.joined(separator: "\n") + reset + "\n")
        case .statement(let s, _):
            let lines = s.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.sanitize(String($0)) }
            Terminal.write("sift> " + lines.joined(separator: "\n...> ") + "\n")
        }
    }

    /// Loads a notebook's articles (relative to its folder) and runs its cells in order. Only
    /// .format and .load run from a notebook: it cannot write files or run other scripts.
    @discardableResult
    func replay(_ nb: Notebook, from dir: String, echo: Bool = false) -> Bool {
        var ok = true
        let articles = nb.articles.filter { $0 != "samples" }.map { resolve($0, in: dir) }
        if nb.articles.contains("samples") { loadSamples() }
        if !articles.isEmpty { load(articles) }
        if nb.articles.isEmpty && corpus.isEmpty { loadSamples() }
        startupInputs = inputs
        for cell in nb.cells {
            if echo, case .statement(let s, _) = cell, s.trimmed.hasPrefix("."), !Shell.replayedCommand(s) {
                continue
            } else if echo {
                self.echo(cell)
            }
            switch cell {
            case .note(let text):
                notebook.cells.append(.note(text))
            case .statement(let s, _):
                let lower = s.trimmed.lowercased()
                if lower.hasPrefix(".load ") {
                    let paths = s.split(separator: " ").dropFirst().map { resolve(String($0), in: dir) }
                    if load(paths).hadFailures { ok = false }
                    record(".load " + paths.joined(separator: " "))
                } else if lower.hasPrefix(".format") {
                    if meta(s) == .failed { ok = false }
                } else if lower.hasPrefix(".") {
                    continue  // .save, .run, .open … never run from a notebook (see replayedCommand)
                } else if !execute(s) {
                    ok = false
                }
            }
        }
        return ok
    }

    /// The meta commands a notebook replays: those that change what later statements see.
    static func replayedCommand(_ s: String) -> Bool {
        let lower = s.trimmed.lowercased()
        return lower.hasPrefix(".load ") || lower.hasPrefix(".format")
    }

    private func resolve(_ path: String, in dir: String) -> String {
        path.hasPrefix("/") ? path : FilePaths.normalized(dir + "/" + path)
    }
}

/// `sift check` and `sift export`.
enum NotebookCommands {
    /// Re-runs a notebook and compares every output with the saved one: a unified diff for each
    /// cell that differs. Returns the exit status: 0 all match, 1 some differ, 2 unreadable.
    static func check(_ path: String, settings: ShellSettings) -> Int32 {
        guard let (nb, dir) = read(path) else { return 2 }
        let shell = Shell(settings)
        shell.silent = true
        shell.quiet = true
        shell.replay(nb, from: dir)
        if shell.loadFailed { return 2 }
        let saved = nb.cells.compactMap { cell -> (String, String?)? in
            guard case .statement(let s, let out) = cell, !s.trimmed.hasPrefix(".") else { return nil }
            return (s, out)
        }
        let now = shell.notebook.cells.compactMap { cell -> String? in
            guard case .statement(let s, let out) = cell, !s.trimmed.hasPrefix(".") else { return nil }
            return out
        }
        var differing = 0
        for (i, (statement, expected)) in saved.enumerated() {
            let actual = i < now.count ? now[i] : nil
            guard let expected, expected != actual else { continue }
            differing += 1
            Terminal.write("cell \(i + 1): \(TerminalText.sanitize(statement.replacingAll("\n", with: " ")))\n")
            Terminal.write(TerminalText.sanitize(UnifiedDiff.diff(expected, actual ?? "", from: "saved", to: "now"), keepNewlines: true))
        }
        let total = saved.count
        if differing == 0 {
            Terminal.writeError("\(TerminalText.sanitize(path)): \(total) cell\(total == 1 ? "" : "s") checked, all match\n")
            return 0
        }
        Terminal.writeError("\(TerminalText.sanitize(path)): \(differing) of \(total) cells differ\n")
        return 1
    }

    /// Writes a notebook as ipynb, html or md, next to it (or to `output`), with its saved
    /// outputs — or, with `rerun`, with outputs made afresh (exit 2 when an article is missing).
    static func export(_ path: String, to format: String, output: String?, rerun: Bool, settings: ShellSettings) -> Int32 {
        guard let (nb, dir) = read(path) else { return 2 }
        let base = path.hasSuffix(".sift.md") ? String(path.dropLast(".sift.md".count)) : path
        let kind = format.lowercased()
        guard ["ipynb", "html", "md", "markdown"].contains(kind) else {
            Terminal.writeError("sift: unknown export format '\(TerminalText.sanitize(format))'; choose ipynb, html or md\n")
            return 2
        }
        // The statements run again in any case: their tables, documents and charts are what the
        // HTML and ipynb draw, wherever they still give the output that was saved.
        let shell = Shell(settings)
        shell.silent = true
        shell.quiet = true
        shell.captureOutputs = true
        shell.muteLoadFailures = !rerun
        shell.replay(nb, from: dir)
        if rerun && shell.loadFailed {
            Terminal.writeError("sift: \(TerminalText.sanitize(path)): cannot re-run: articles are missing (export without --rerun keeps the saved outputs)\n")
            return 2
        }
        let cells = exportCells(nb, fresh: shell, rerun: rerun)
        let text: String
        switch kind {
        case "ipynb":
            text = NotebookExport.ipynb(version: nb.version, articles: nb.articles, cells: cells)
        case "html":
            text = NotebookExport.html(title: FilePaths.baseName(base), cells: cells)
        default:
            var saved = nb
            if rerun { saved.cells = shell.notebook.cells }
            text = NotebookFormat.write(saved)
        }
        let target = output ?? base + (kind == "ipynb" ? ".ipynb" : kind == "html" ? ".html" : ".export.md")
        do {
            try AtomicFile.write(text, to: target)
            Terminal.writeError("wrote \(TerminalText.sanitize(target))\n")
            return 0
        } catch {
            Terminal.writeError("sift: \(TerminalText.sanitize(error.path)): \(error.reason)\n")
            return 2
        }
    }

    /// The notebook's cells with the outputs to export: the saved text (or the fresh one with
    /// `rerun`), and the statement's result when it gives that same text again.
    private static func exportCells(_ nb: Notebook, fresh shell: Shell, rerun: Bool) -> [NotebookExport.Cell] {
        let freshTexts = shell.notebook.cells.compactMap { cell -> String?? in
            guard case .statement(let s, let out) = cell, !s.trimmed.hasPrefix(".") else { return nil }
            return .some(out)
        }
        var i = 0
        return nb.cells.map { cell in
            switch cell {
            case .note(let text): return .note(text)
            case .statement(let s, let saved):
                guard !s.trimmed.hasPrefix(".") else { return .statement(s, text: saved, output: nil) }
                defer { i += 1 }
                let now = i < freshTexts.count ? freshTexts[i] : nil
                let output = i < shell.capturedOutputs.count ? shell.capturedOutputs[i] : nil
                if rerun { return .statement(s, text: now, output: output) }
                return .statement(s, text: saved, output: saved != nil && now == saved ? output : nil)
            }
        }
    }

    private static func read(_ path: String) -> (Notebook, String)? {
        do {
            let nb = NotebookFormat.read(try TextFile.read(path))
            return (nb, FilePaths.directory(of: FilePaths.absolute(path)))
        } catch {
            Terminal.writeError("sift: \(TerminalText.sanitize(error.path)): \(error.reason)\n")
            return nil
        }
    }
}
