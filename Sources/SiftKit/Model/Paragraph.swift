/// The role a paragraph plays in an article. Only `body` paragraphs are the story.
package enum ParagraphKind: String, Sendable, CaseIterable {
    case body, headline, subhead, caption, byline, embed
}

package struct Paragraph: Hashable, Sendable {
    /// The paragraph's text, without its line end.
    package var span: Span
    package var kind: ParagraphKind
    /// Indices into `Article.sentences`.
    package var sentences: Range<Int> {
        get { sentenceRange.range }
        set { sentenceRange = CompactRange(newValue) }
    }
    /// Indices into `Article.tokens`.
    package var tokens: Range<Int> {
        get { tokenRange.range }
        set { tokenRange = CompactRange(newValue) }
    }

    private var sentenceRange: CompactRange
    private var tokenRange: CompactRange

    package init(span: Span, kind: ParagraphKind, sentences: Range<Int> = 0..<0, tokens: Range<Int> = 0..<0) {
        self.span = span
        self.kind = kind
        sentenceRange = CompactRange(sentences)
        tokenRange = CompactRange(tokens)
    }
}

package struct Sentence: Hashable, Sendable {
    package var span: Span
    /// Index into `Article.paragraphs`.
    package var paragraph: Int {
        get { Int(paragraphIndex) }
        set { paragraphIndex = UInt32(newValue) }
    }
    /// Indices into `Article.tokens`.
    package var tokens: Range<Int> {
        get { tokenRange.range }
        set { tokenRange = CompactRange(newValue) }
    }

    private var paragraphIndex: UInt32
    private var tokenRange: CompactRange

    package init(span: Span, paragraph: Int, tokens: Range<Int>) {
        self.span = span
        paragraphIndex = UInt32(paragraph)
        tokenRange = CompactRange(tokens)
    }
}
