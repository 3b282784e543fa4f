import SiftKit

/// The text of `.help`: every source, stage and meta command with a line each.
enum Help {
    static func text(topic: String?) -> String {
        var out = ""
        out += "Statements are a source, then stages joined by |:\n"
        out += "  articles | where words > 400 | sort words desc | take 3\n\n"
        out += "Sources (add `in ID, NAME…` to read some articles only):\n"
        for s in Catalog.sources {
            out += "  " + DisplayWidth.pad(s.name, to: 12) + s.summary + "\n"
            out += "  " + String(repeating: " ", count: 12) + "fields: " + s.columns.map(\.name).joined(separator: ", ") + "\n"
        }
        out += """

        Stages:
          where COND       keep rows where COND holds: == != < <= > >= ~ (contains, any case) !~
                           and, or, not, ( ), matches /regex/i, in ("a", "b"), null
          select F, …      keep these fields (select title as headline; select *)
          sort F [desc], … order rows (nulls last)
          take N           the first N rows
          count            how many rows

        Meta commands:
          .format NAME     table, csv, json, jsonl, markdown
          .load PATH…      load more articles (files, folders, patterns)
          .help            this text
          .quit            leave (Ctrl-D too)

        Examples:
          articles
          paragraphs in 1 | where kind != "body"
          sentences | where text ~ "levee" | select article, text | take 5

        """
        return out
    }
}
