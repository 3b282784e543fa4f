/// The role a paragraph plays in an article. Only `body` paragraphs are the story.
package enum ParagraphKind: String, Sendable, CaseIterable {
    case body, headline, subhead, caption, byline, embed
}

package struct Paragraph: Hashable, Sendable {
    /// The paragraph's text, without its line end.
    package var span: Span
    package var kind: ParagraphKind
    /// Indices into `Article.sentences`.
    @CompactRange package var sentences: Range<Int>
    /// Indices into `Article.tokens`.
    @CompactRange package var tokens: Range<Int>

    package init(span: Span, kind: ParagraphKind, sentences: Range<Int> = 0..<0, tokens: Range<Int> = 0..<0) {
        self.span = span
        self.kind = kind
        self.sentences = sentences
        self.tokens = tokens
    }
}

package struct Sentence: Hashable, Sendable {
    package var span: Span
    /// Index into `Article.paragraphs`.
    @CompactIndex package var paragraph: Int
    /// Indices into `Article.tokens`.
    @CompactRange package var tokens: Range<Int>

    package init(span: Span, paragraph: Int, tokens: Range<Int>) {
        self.span = span
        self.paragraph = paragraph
        self.tokens = tokens
    }
}
