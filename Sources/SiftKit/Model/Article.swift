/// Where an article's text came from.
public enum ArticleOrigin: Hashable, Sendable {
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
public enum TextEncoding: String, Hashable, Sendable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 with BOM"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case windows1252 = "Windows-1252"
}

/// A dateline: "WASHINGTON —", "Riverton (Northern Wire) –", "LONDON, March 3 (Reuters) -".
public struct Dateline: Hashable, Sendable {
    /// The place (and date, when given): "WASHINGTON", "LONDON, March 3".
    public var place: Span
    /// The agency in parentheses, when given: "Reuters".
    public var agency: Span?
    /// The whole dateline including its dash, which the story text starts after.
    public var whole: Span
}

/// One news article: its decoded text and the structure found in it.
/// Every span is a UTF-8 byte offset into `bytes`.
public struct Article: Sendable {
    /// 1-based position in the corpus load order (0 before it joins a corpus).
    public internal(set) var id: Int = 0
    /// The name the article is known by: its path relative to the folder it was loaded from,
    /// or its base name when the file itself was given.
    public internal(set) var name: String
    public let origin: ArticleOrigin
    /// The decoded text as UTF-8 (for a UTF-8 file, its bytes as they are; a BOM is dropped).
    public let bytes: [UInt8]
    public let encoding: TextEncoding
    /// How many mojibake sequences ("Ã¡" for "á") were repaired while decoding.
    public let mojibakeRepairs: Int
    public let paragraphs: [Paragraph]
    public let sentences: [Sentence]
    public let tokens: [Token]
    public let dateline: Dateline?
    /// What the data set said about it (outlet, date, URL, title); empty for a text file.
    public internal(set) var metadata = ArticleMetadata()

    public init(name: String, origin: ArticleOrigin, bytes: [UInt8], encoding: TextEncoding = .utf8,
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
    }

    /// The file path for articles read from disk, else nil.
    public var path: String? {
        if case .file(let p) = origin { return p }
        return nil
    }

    /// The text of a span.
    public func text(_ span: Span) -> String {
        let lo = min(max(0, span.start), bytes.count), hi = min(max(lo, span.end), bytes.count)
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    public func text(_ token: Token) -> String { text(token.span) }

    /// The whole text.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public var headline: Paragraph? { paragraphs.first { $0.kind == .headline } }
    public var byline: Paragraph? { paragraphs.first { $0.kind == .byline } }
    /// The data set's title, else the headline found in the text.
    public var title: String? { metadata.title ?? headline.map { text($0.span) } }
    public var datelineText: String? { dateline.map { text($0.place) } }

    public var bodyParagraphs: [Paragraph] { paragraphs.filter { $0.kind == .body } }

    /// Sentences of body paragraphs: the story.
    public var bodySentences: [Sentence] {
        paragraphs.lazy.filter { $0.kind == .body }.flatMap { sentences[$0.sentences] }
    }

    /// Words (and numbers) in the body paragraphs.
    public var wordCount: Int {
        var n = 0
        for p in paragraphs where p.kind == .body {
            for t in tokens[p.tokens] where t.isWordLike { n += 1 }
        }
        return n
    }
}
