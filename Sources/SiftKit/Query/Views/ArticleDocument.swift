/// `show ART`: an article to read, paragraph by paragraph, with its structure labelled and every
/// quote — and reported speech — marked with the number of its speaker in a legend.
package struct ArticleDocument: Sendable {
    package struct Mark: Sendable, Hashable {
        /// UTF-8 byte range within the block's text.
        package var range: Range<Int>
        /// 1-based position of the speaker in `legend`.
        package var speaker: Int
        /// Reported speech (no quotation marks), not a quote.
        package var reported = false
    }

    package struct Block: Sendable, Hashable {
        /// 1-based paragraph number.
        package var n: Int
        package var kind: ParagraphKind
        package var text: String
        package var marks: [Mark]
        /// The dateline, as a byte range within `text`.
        package var dateline: Range<Int>?
    }

    package var article: String
    package var blocks: [Block]
    /// Speaker names, in order of first quote.
    package var legend: [String]

    init(corpus: Corpus, id: Int) {
        let a = corpus.article(id: id)!
        let analysis = corpus.analysis(id: id) ?? .empty
        article = a.name
        legend = []
        var blocks: [Block] = []
        let quotes = analysis.quotes.sorted { $0.text.start < $1.text.start }
        let quoted = quotes.filter { $0.kind != .indirect }
        let index = corpus.entityIndex
        for (i, p) in a.paragraphs.enumerated() {
            var marks: [Mark] = []
            for q in quotes where q.text.overlaps(p.span) {
                // Reported speech that holds a quoted fragment shows the fragment only.
                if q.kind == .indirect && quoted.contains(where: { $0.text.overlaps(q.text) }) { continue }
                let name = index.sourceName(q.speaker, article: id) ?? "(no speaker)"
                if !legend.contains(name) { legend.append(name) }
                let lo = max(q.text.start, p.span.start) - p.span.start
                let hi = min(q.text.end, p.span.end) - p.span.start
                marks.append(Mark(range: lo..<hi, speaker: legend.firstIndex(of: name)! + 1, reported: q.kind == .indirect))
            }
            var dateline: Range<Int>? = nil
            if let d = a.dateline, p.span.contains(d.whole) { dateline = (d.whole.start - p.span.start)..<(d.whole.end - p.span.start) }
            blocks.append(Block(n: i + 1, kind: p.kind, text: a.text(p.span), marks: marks, dateline: dateline))
        }
        self.blocks = blocks
    }

    /// One row a paragraph: n, kind, text (quotes in [[…]](speaker) marks, reported speech in
    /// [~…~](speaker)), for csv, json and the like.
    package var table: Table {
        Table(columns: [Column("n", .int), Column("kind", .string), Column("text", .string)],
              rows: blocks.map { [.int($0.n), .string($0.kind.rawValue), .string(ArticleDocument.marked($0))] })
    }

    /// A block's text with its quotes in bracket marks, [[text]](1), and reported speech in [~text~](1).
    static func marked(_ b: Block) -> String {
        var bytes = Array(b.text.utf8)
        for m in b.marks.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            let hi = min(m.range.upperBound, bytes.count), lo = min(m.range.lowerBound, hi)
            bytes.insert(contentsOf: Array(((m.reported ? "~]" : "]]") + "(\(m.speaker))").utf8), at: hi)
            bytes.insert(contentsOf: Array((m.reported ? "[~" : "[[").utf8), at: lo)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
