/// Builds an `Article` from decoded text: lines → paragraphs → tokens → kinds → sentences.
package enum ArticleBuilder {
    package static func build(_ text: DecodedText, name: String, origin: ArticleOrigin) -> Article {
        let bytes = text.bytes
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        var dateline: Dateline? = nil
        bytes.withUnsafeBufferPointer { b in
            let lines = Lines.nonBlank(bytes)
            var drafts: [ParagraphDraft] = []
            drafts.reserveCapacity(lines.count)
            for (span, blanks) in ParagraphGrouping.paragraphs(b, lines) {
                let first = tokens.count
                Tokenizer.tokenize(b, span, into: &tokens)
                drafts.append(ParagraphDraft(span: span, tokens: first..<tokens.count, blankLinesBefore: blanks))
            }
            dateline = StructureDetector(b: b, tokens: tokens).classify(&drafts)
            paragraphs.reserveCapacity(drafts.count)
            for d in drafts {
                let p = paragraphs.count
                let firstSentence = sentences.count
                for r in SentenceSplitter.split(b, tokens, d.tokens) where !r.isEmpty {
                    sentences.append(Sentence(span: Span(Int(tokens[r.lowerBound].start), Int(tokens[r.upperBound - 1].end)),
                                              paragraph: p, tokens: r))
                }
                paragraphs.append(Paragraph(span: d.span, kind: d.kind,
                                            sentences: firstSentence..<sentences.count, tokens: d.tokens))
            }
        }
        // Tokens stay as made: a corpus drops them (`Article.releasingTokens`), so a copy without
        // their spare room would be work thrown away.
        return Article(name: name, origin: origin, bytes: bytes.trimmed(), encoding: text.encoding,
                       mojibakeRepairs: text.mojibakeRepairs, paragraphs: paragraphs.trimmed(),
                       sentences: sentences.trimmed(), tokens: tokens, dateline: dateline)
    }

    /// An article from text in memory (tests, the Swift API, the bundled samples).
    package static func build(text: String, name: String, origin: ArticleOrigin = .text) -> Article? {
        guard case .success(let decoded) = TextDecoder.decode(Array(text.utf8)) else { return nil }
        return build(decoded, name: name, origin: origin)
    }
}
