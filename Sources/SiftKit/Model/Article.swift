/// Where an article's text came from.
package enum ArticleOrigin: Hashable, Sendable {
    /// A file on disk, by the path it was loaded from.
    case file(String)
    /// One of the sample articles bundled with sift.
    case sample
    /// Text handed to the engine directly (`Corpus.add(text:name:)`).
    case text
    /// A record of a data set (a JSON Lines or CSV file, or standard input as "-"), by its line.
    case record(String, line: Int)
}

/// How the bytes of a file were turned into UTF-8 text.
package enum TextEncoding: String, Hashable, Sendable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 with BOM"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case windows1252 = "Windows-1252"
}

/// A dateline: "WASHINGTON —", "Riverton (Northern Wire) –", "LONDON, March 3 (Reuters) -".
package struct Dateline: Hashable, Sendable {
    /// The place (and date, when given): "WASHINGTON", "LONDON, March 3".
    package var place: Span
    /// The agency in parentheses, when given: "Reuters".
    package var agency: Span?
    /// The whole dateline including its dash, which the story text starts after.
    package var whole: Span
}

/// One news article: its decoded text and the structure found in it.
/// Every span is a UTF-8 byte offset into `bytes`.
package struct Article: Sendable {
    /// 1-based position in the corpus load order (0 before it joins a corpus).
    package internal(set) var id: Int = 0
    /// The name the article is known by: its path relative to the folder it was loaded from,
    /// or its base name when the file itself was given.
    package internal(set) var name: String
    package let origin: ArticleOrigin
    /// The decoded text as UTF-8 (for a UTF-8 file, its bytes as they are; a BOM is dropped).
    package let bytes: [UInt8]
    package let encoding: TextEncoding
    /// How many mojibake sequences ("Ã¡" for "á") were repaired while decoding.
    package let mojibakeRepairs: Int
    package let paragraphs: [Paragraph]
    package let sentences: [Sentence]
    /// The tokens paragraphs and sentences index into: empty once released (`releasingTokens`);
    /// `withTokens()` makes them again.
    package private(set) var tokens: [Token]
    /// Whether `tokens` were released to save memory (a corpus keeps its articles so: tokens
    /// take more room than the text, and extraction makes them again in a pass over it). Every
    /// paragraph has a token, so an article with paragraphs and no tokens has released them.
    package var tokensReleased: Bool { tokens.isEmpty && !paragraphs.isEmpty }
    /// Words (and numbers) in the body paragraphs, counted while the tokens are at hand.
    package let wordCount: Int
    package let dateline: Dateline?
    /// What the data set said about it (outlet, date, URL, title); empty for a text file.
    package internal(set) var metadata = ArticleMetadata()

    package init(name: String, origin: ArticleOrigin, bytes: [UInt8], encoding: TextEncoding = .utf8,
                mojibakeRepairs: Int = 0, paragraphs: [Paragraph], sentences: [Sentence],
                tokens: [Token], dateline: Dateline?) {
        self.name = name
        self.origin = origin
        self.bytes = bytes
        self.encoding = encoding
        self.mojibakeRepairs = mojibakeRepairs
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.tokens = tokens
        self.dateline = dateline
        var words = 0
        for p in paragraphs where p.kind == .body {
            for t in tokens[p.tokens] where t.isWordLike { words += 1 }
        }
        wordCount = words
    }

    /// The article without its tokens (what a corpus keeps).
    package func releasingTokens() -> Article {
        guard !tokensReleased else { return self }
        var a = self
        a.tokens = []
        return a
    }

    /// The article with its tokens, made again when they were released: the same tokens the
    /// article was built with, paragraph by paragraph.
    package func withTokens() -> Article {
        guard tokensReleased else { return self }
        var a = self
        a.tokens = Tokenizer.tokens(of: bytes, paragraphs: paragraphs.lazy.map(\.span))
        return a
    }

    /// The file path for articles read from disk, else nil.
    package var path: String? {
        if case .file(let p) = origin { return p }
        return nil
    }

    /// The text of a span.
    package func text(_ span: Span) -> String {
        let lo = min(max(0, span.start), bytes.count), hi = min(max(lo, span.end), bytes.count)
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    package func text(_ token: Token) -> String { text(token.span) }

    /// The whole text.
    package var string: String { String(decoding: bytes, as: UTF8.self) }

    package var headline: Paragraph? { paragraphs.first { $0.kind == .headline } }
    package var byline: Paragraph? { paragraphs.first { $0.kind == .byline } }
    /// The data set's title, else the headline found in the text.
    package var title: String? { metadata.title ?? headline.map { text($0.span) } }
    package var datelineText: String? { dateline.map { text($0.place) } }

    package var bodyParagraphs: [Paragraph] { paragraphs.filter { $0.kind == .body } }

    /// Sentences of body paragraphs: the story.
    package var bodySentences: [Sentence] {
        paragraphs.lazy.filter { $0.kind == .body }.flatMap { sentences[$0.sentences] }
    }
}
