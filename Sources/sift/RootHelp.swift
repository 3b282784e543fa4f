/// The text of `sift --help` around the options argument-parser lists.
enum RootHelp {
    static let abstract = "Who is quoted, who is cited, and what is named in news articles."

    static let usage = """
        sift [OPTIONS] [FILE|DIR|GLOB…]
        sift -e QUERY [-e QUERY…] [OPTIONS] [FILE|DIR|GLOB…]
        sift NOTEBOOK.sift.md
        … | sift [OPTIONS] [FILE|DIR|GLOB…]
        sift SUBCOMMAND [OPTIONS] …      (run, check, export, extract, merge: below)
        """

    static var discussion: String { """
        sift starts the REPL on a terminal (the bundled samples when no file is given), runs the \
        queries given with -e and exits, reads standard input that is not a terminal as a script, \
        or opens the one notebook given: loads its articles and replays it. Options go before or \
        after a subcommand's name; 'sift SUBCOMMAND --help' describes each.

        Folders are searched recursively for *.txt; a file given twice loads once. Data sets: \
        *.jsonl (one article an object a line: text, id, title, date, outlet, url), *.csv and \
        *.tsv (a header row and a text column); '-' reads articles from standard input.

        Examples:
          sift                     # explore the bundled sample articles
          sift -e 'articles'
          sift -e 'articles | where words > 400 | count' corpus/
          sift --format json -e 'sentences in 2 | take 3'
          sift -e 'quotes | group by speaker | count | sort count desc | chart bar'
          sift run scripts/overview.sift ../articles/*.txt
          sift check sessions/*.sift.md

        In the REPL: Tab completes, Up recalls history (\(historyPath)), \
        Ctrl-C drops the line or stops a query, Ctrl-D leaves. `# text` adds a note; .save FILE \
        writes the session as a notebook. Statements on one line are separated by `;`; meta \
        commands (.help where, .schema quotes, .output FILE) work in the REPL, in scripts and in \
        -e alike.

        Each statement prints its own result: two -e with --format json print two JSON arrays, \
        one after the other (use jsonl for one stream of rows, or one -e per run for one document).

        Exit status: 0 success, 1 a query or script error (or, for check, an output that \
        changed), 2 bad usage or an input that could not be loaded.
        """ }

    /// Where the REPL keeps its history (honours XDG_STATE_HOME).
    static var historyPath: String {
        FilePaths.stateDirectory.map { $0 + "/history" } ?? "not kept: no home folder"
    }
}
