// Who the articles quote, and what they name most: SiftKit's public API from a program of its
// own. The articles are the files and folders given, or the samples bundled with sift.
//
//   who-is-quoted [FILE|FOLDER…]
import Foundation
import SiftKit

let corpus = Corpus()
let paths = Array(CommandLine.arguments.dropFirst())
if paths.isEmpty {
    corpus.loadSamples()
} else {
    let report = corpus.load(paths)
    for issue in report.issues {
        FileHandle.standardError.write(Data("who-is-quoted: \(issue)\n".utf8))
    }
    if report.loaded.isEmpty { exit(2) }
}

/// A count right-aligned in four columns.
func column(_ n: Int) -> String {
    let digits = String(n)
    return String(repeating: " ", count: max(0, 4 - digits.count)) + digits
}

// Typed results: every quote, with its speaker, text, kind and cue.
let quotes = corpus.quotes
let direct = quotes.filter { $0.kind == .direct }
print("\(corpus.count) articles, \(quotes.count) quotes (\(direct.count) direct)")

// The role each source is given, from the typed sources.
var roles: [String: String] = [:]
for source in corpus.sources {
    if let role = source.role, roles[source.name] == nil { roles[source.name] = role }
}

// A record of one's own, for rows of another shape than a source's.
struct SpeakerCount: TableRecord {
    var speaker: String
    var count: Int

    init(row: TableRow) throws(QueryError) {
        speaker = row["speaker"]?.string ?? "unattributed"
        count = row["count"]?.int ?? 0
    }
}

do {
    print("\nWho is quoted")
    let top = try corpus.query("quotes | where speaker != null | group by speaker | count | sort count desc | take 5",
                               as: SpeakerCount.self)
    for s in top {
        print("\(column(s.count))  \(s.speaker)\(roles[s.speaker].map { " (\($0))" } ?? "")")
    }

    // A query that returns a source's own records.
    print("\nFirst direct quotes")
    for quote in try corpus.query("quotes | where kind == \"direct\" | take 3", as: QuoteRecord.self) {
        print("  \(quote.speaker ?? "unattributed"), \(quote.article): “\(quote.text)”")
    }

    // Or a table of values.
    let long = try corpus.query("articles | where words > 400 | count")
    print("\nArticles over 400 words: \(long.rows[0][0])")
} catch {
    print("query failed: \(error)")
    exit(1)
}

// The names mentioned most, merged across articles.
print("\nMost mentioned")
let entities = corpus.entities.sorted { $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.name < $1.name }
for entity in entities.prefix(5) {
    print("\(column(entity.mentions))  \(entity.name), \(entity.type.rawValue) in \(entity.articleCount) articles")
}
