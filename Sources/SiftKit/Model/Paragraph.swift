/// The role a paragraph plays in an article. Only `body` paragraphs are the story.
public enum ParagraphKind: String, Sendable, CaseIterable {
    case body, headline, subhead, caption, byline, embed
}

public struct Paragraph: Hashable, Sendable {
    /// The paragraph's text, without its line end.
    public var span: Span
    public var kind: ParagraphKind
    /// Indices into `Article.sentences`.
    public var sentences: Range<Int>
    /// Indices into `Article.tokens`.
    public var tokens: Range<Int>

    public init(span: Span, kind: ParagraphKind, sentences: Range<Int> = 0..<0, tokens: Range<Int> = 0..<0) {
        self.span = span
        self.kind = kind
        self.sentences = sentences
        self.tokens = tokens
    }
}

public struct Sentence: Hashable, Sendable {
    public var span: Span
    /// Index into `Article.paragraphs`.
    public var paragraph: Int
    /// Indices into `Article.tokens`.
    public var tokens: Range<Int>

    public init(span: Span, paragraph: Int, tokens: Range<Int>) {
        self.span = span
        self.paragraph = paragraph
        self.tokens = tokens
    }
}
