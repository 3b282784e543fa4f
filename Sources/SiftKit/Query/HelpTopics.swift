/// The language reference as data: every source, stage and statement with its syntax, a line
/// saying what it does, and examples that run on the bundled samples (a test runs every one).
/// A program that hosts the language adds topics of its own for its commands (sift's dot
/// commands: Sources/sift/Help.swift), which the overview lists after the language's.
package struct HelpTopic: Sendable {
    /// `command`: one of the host program's commands; the language has none.
    package enum Kind: String, Sendable { case source, stage, statement, command }
    package var name: String
    package var kind: Kind
    package var syntax: String
    package var summary: String
    package var examples: [String]

    package init(name: String, kind: Kind, syntax: String, summary: String, examples: [String]) {
        self.name = name
        self.kind = kind
        self.syntax = syntax
        self.summary = summary
        self.examples = examples
    }
}

package enum HelpTopics {
    package static let all: [HelpTopic] = [
        // Sources
        HelpTopic(name: "articles", kind: .source, syntax: "articles [in ART, …]",
                  summary: "one row per article: id, article, title, dateline, paragraphs, sentences, words",
                  examples: ["articles", "articles | where words > 400 | select article, words"]),
        HelpTopic(name: "paragraphs", kind: .source, syntax: "paragraphs [in ART, …]",
                  summary: "one row per paragraph with its kind: body, headline, subhead, caption, byline, embed",
                  examples: ["paragraphs in 1 | where kind != \"body\"", "paragraphs | group by kind"]),
        HelpTopic(name: "sentences", kind: .source, syntax: "sentences [in ART, …]",
                  summary: "one row per sentence of the story: article, paragraph, n, text, start, end",
                  examples: ["sentences in wire-flood.txt | take 3", "sentences | where text ~ \"levee\" | count"]),
        HelpTopic(name: "quotes", kind: .source, syntax: "quotes [in ART, …]",
                  summary: "who said what: article, speaker, text, cue, kind (direct, partial, indirect), start, end, paragraph, id, speaker_text (the words as written), rule, speaker_role (\"spokesman\" in \"a spokesman for Sony\"), gender (of a speaker who is a person: female, male, unknown)",
                  examples: ["quotes | where kind == \"direct\" | select speaker, text | take 5",
                             "quotes | group by speaker | count | sort count desc",
                             "quotes in 2 | where speaker ~ \"marsh\""]),
        HelpTopic(name: "sources", kind: .source, syntax: "sources [in ART, …]",
                  summary: "cited people and bodies: name, role, affiliation, category, article, quotes, id, gender",
                  examples: ["sources | where category == \"expert\"", "sources | group by category", "sources | group by gender | count"]),
        HelpTopic(name: "entities", kind: .source, syntax: "entities [in ART, …]",
                  summary: "people, organisations and places, merged across articles: name, type, aliases, mentions, articles, id, entity_key, gender (people: female, male or unknown, from evidence; `why entity` shows it)",
                  examples: ["entities | where type == \"person\" | sort mentions desc | take 5", "entities | where articles > 1"]),
        HelpTopic(name: "mentions", kind: .source, syntax: "mentions [in ART, …]",
                  summary: "every name as written: article, entity, type, text, start, end",
                  examples: ["mentions | where entity == \"Ellen Marsh\" | select article, text"]),
        HelpTopic(name: "numbers", kind: .source, syntax: "numbers [in ART, …]",
                  summary: "numbers in the story: article, text, value, unit, qualifier, start, end",
                  examples: ["numbers | where unit == \"USD\"", "numbers | where qualifier != null"]),
        HelpTopic(name: "dates", kind: .source, syntax: "dates [in ART, …]",
                  summary: "dates and times: article, text, start, end, resolved (ISO 8601 where the text fixes it)",
                  examples: ["dates | where resolved != null"]),
        HelpTopic(name: "kwic", kind: .source, syntax: "kwic \"PHRASE\" | kwic /REGEX/i  [width N] [in ART, …]",
                  summary: "keyword in context, aligned on the keyword: article, left, keyword, right, start",
                  examples: ["kwic \"levee\" width 30", "kwic /brother-?in-?law/i", "kwic \"state\" in 4"]),
        HelpTopic(name: "compare", kind: .source, syntax: "compare ART ART",
                  summary: "two reports side by side: section, about, left, right, diff (same, changed, only left, only right), detail, left_start, left_end, right_start, right_end; people, organisations, places, sources, quotes in both (word diff) or one, numbers, event places and dates that differ",
                  examples: ["compare 1 2", "compare 1 2 | where diff == \"changed\"",
                             "compare herald-flood.txt wire-flood.txt | where section == \"quote\" and diff == \"only right\""]),
        // Statements
        HelpTopic(name: "show", kind: .statement, syntax: "show ART",
                  summary: "the article with paragraph numbers, its parts labelled, and quotes marked by speaker",
                  examples: ["show 1", "show wire-followup.txt"]),
        HelpTopic(name: "why", kind: .statement, syntax: "why quote N | why entity N|\"NAME\" | why source N|\"NAME\"",
                  summary: "the evidence behind an extracted item: cue, rule, speaker resolution, the sentence marked",
                  examples: ["why quote 3", "why entity 1", "why source 2", "why entity \"Ellen Marsh\"", "why source \"Dana Whitfield\""]),
        HelpTopic(name: "let", kind: .statement, syntax: "let NAME = PIPELINE",
                  summary: "names a result; the name is a source afterwards (.vars lists them)",
                  examples: ["let marsh = quotes | where speaker == \"Ellen Marsh\"", "let direct = quotes | where kind == \"direct\""]),
        // Stages
        HelpTopic(name: "where", kind: .stage, syntax: "where CONDITION",
                  summary: "keeps rows: == != < <= > >=, ~ (contains, any case) !~, matches /re/i, in (…), not in (…), and, or, not, null",
                  examples: ["articles | where words > 400 and dateline == \"RIVERTON\"",
                             "quotes | where text matches /levee|flood/i",
                             "sources | where category in (\"expert\", \"official\")"]),
        HelpTopic(name: "select", kind: .stage, syntax: "select EXPR [as NAME], …   (EXPR: a field, *, length(f), lower(f), upper(f), words(f), trim(f))",
                  summary: "keeps, renames and computes fields",
                  examples: ["quotes | select speaker as who, text | take 3", "sentences | select article, words(text) as size | take 3"]),
        HelpTopic(name: "sort", kind: .stage, syntax: "sort EXPR [asc|desc], …",
                  summary: "orders rows by one or more keys (nulls last)",
                  examples: ["articles | sort dateline, words desc", "sentences | sort length(text) desc | take 1"]),
        HelpTopic(name: "take", kind: .stage, syntax: "take N",
                  summary: "the first N rows",
                  examples: ["entities | take 5"]),
        HelpTopic(name: "count", kind: .stage, syntax: "count",
                  summary: "how many rows (per group after group by)",
                  examples: ["quotes | count", "quotes | group by kind | count"]),
        HelpTopic(name: "group", kind: .stage, syntax: "group by EXPR, … [count | sum F | avg F | min F | max F | list F]",
                  summary: "one row per distinct key with an aggregate (count by default); the aggregate may follow as the next stage",
                  examples: ["quotes | group by speaker", "articles | group by dateline sum words", "quotes | group by speaker | list article"]),
        HelpTopic(name: "distinct", kind: .stage, syntax: "distinct EXPR, …",
                  summary: "the distinct values of some fields",
                  examples: ["quotes | distinct speaker", "mentions | distinct type"]),
        HelpTopic(name: "sum", kind: .stage, syntax: "sum F | avg F | min F | max F | list F",
                  summary: "one value over all rows (or per group after group by)",
                  examples: ["articles | sum words", "articles | avg words", "quotes | list speaker"]),
        HelpTopic(name: "chart", kind: .stage, syntax: "chart bar|line|stacked",
                  summary: "draws the rows (the last stage): bars of the last column of numbers, labelled by the first text column; line: over the first column in row order; stacked: bars of the first column split by the second. Unicode bars on a terminal, SVG in the HTML export, Vega-Lite in ipynb; a notebook keeps the data",
                  examples: ["quotes | group by speaker | count | sort count desc | take 10 | chart bar",
                             "quotes in 1 | group by paragraph | count | chart line",
                             "sources | group by article, category | count | chart stacked"]),
    ]

    /// The topic for a word: a source, stage or statement (aliases: avg → sum, order → sort).
    package static func topic(_ name: String) -> HelpTopic? {
        let n = name.lowercased()
        let alias = ["avg": "sum", "min": "sum", "max": "sum", "list": "sum", "order": "sort", "limit": "take", "by": "group",
                     "matches": "where", "in": "where"][n] ?? n
        return all.first { $0.name == alias }
    }

    /// The reference in brief: how a statement reads, then every topic on a line under its
    /// kind — the language's, then `commands`, the host's own, under "Commands".
    package static func overview(commands: [HelpTopic] = []) -> String {
        var out = "A statement is a source, then stages joined by |:\n  quotes | where kind == \"direct\" | group by speaker | count\n"
        let topics = all + commands
        for (kind, title) in [(HelpTopic.Kind.source, "Sources"), (.statement, "Statements"), (.stage, "Stages"), (.command, "Commands")] {
            guard topics.contains(where: { $0.kind == kind }) else { continue }
            out += "\n\(title):\n"
            for t in topics where t.kind == kind {
                // The aggregates share a topic; the overview names each of them.
                let name = t.name == "sum" ? "sum, avg, min, max, list" : t.name
                out += "  " + (name.count < 12 ? DisplayWidth.pad(name, to: 12) : name + "\n" + String(repeating: " ", count: 14)) + t.summary + "\n"
            }
        }
        return out
    }

    /// `.help NAME`
    package static func text(_ t: HelpTopic) -> String {
        var out = "\(t.syntax)\n  \(t.summary)\n"
        if !t.examples.isEmpty {
            out += "Examples:\n" + t.examples.map { "  " + $0 + "\n" }.joined()
        }
        return out
    }
}
