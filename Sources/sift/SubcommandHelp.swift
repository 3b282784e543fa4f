/// `sift run --help`, `sift check --help`, `sift export --help`: each subcommand's own usage.
enum SubcommandHelp {
    static func text(_ subcommand: String) -> String? {
        switch subcommand {
        case "run": return """
            Usage: sift run SCRIPT [SCRIPT.sift…] [OPTIONS] [FILE|DIR|GLOB…]

            Runs scripts of queries in order, one statement a line (a line ending in | or a next line
            starting with | continues it; # starts a comment; ; separates statements on a line), on
            the articles given (the bundled samples when none is). Every leading *.sift is a script;
            '-' reads the script from standard input.

            Options (before or after 'run'):
              -k, --keep-going     go on after a failing statement (and to the next script)
              -f, --format FORMAT  table (default), csv, json, jsonl, markdown
              -o, --output FILE    results to FILE instead of the screen
                  --timeout SECONDS, --max-file-size MIB, --input-format F, --text-field NAME …
                                   as for sift (see sift --help)

            Exit status: 0 success, 1 a statement failed, 2 bad usage or an unreadable script or input.

            Example:
              sift run scripts/overview.sift scripts/who-is-quoted.sift ~/articles/
            """
        case "check": return """
            Usage: sift check NOTEBOOK.sift.md… [OPTIONS]

            Re-runs each notebook on the articles it names (relative to it) and compares every
            output with the saved one: a unified diff for each cell that differs. A chart is
            compared by its data.

            Exit status: 0 all match, 1 some output differs, 2 a notebook or its articles cannot be read.

            Example:
              sift check sessions/*.sift.md
            """
        case "export": return """
            Usage: sift export NOTEBOOK.sift.md --to ipynb|html|md [-o FILE] [--rerun]

            Writes the notebook with its saved outputs as Jupyter's nbformat 4.5 (charts as
            Vega-Lite v5), one self-contained HTML handout (notes as Markdown, tables, coloured
            diffs and speakers, SVG charts, a print stylesheet) or Markdown; next to the notebook
            unless -o names the file. Written atomically.

            Options:
                  --to FORMAT      ipynb, html or md
              -o, --output FILE    the file to write
                  --rerun          run the cells first and export the fresh outputs (exit 2 when
                                   an article is missing)

            Example:
              sift export sessions/two-reports.sift.md --to html
            """
        default: return nil
        }
    }
}
