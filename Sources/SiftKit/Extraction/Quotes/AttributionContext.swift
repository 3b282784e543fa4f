/// What the attribution rules read about one article: its tokens, names and quoted spans, with
/// indexes from token to mention and to sentence.
struct AttributionContext {
    let article: Article
    let t: TokenText
    let mentions: [Mention]
    let entities: [LocalEntity]
    let spans: [QuoteSpan]
    /// Per token: inside quotation marks.
    let quoted: [Bool]
    /// Per token: the mention whose name ends there (-1: none).
    let mentionEnding: [Int32]
    /// Per token: the mention whose name starts there (-1: none).
    let mentionStarting: [Int32]
    /// Per token: its sentence.
    let sentenceOf: [Int32]

    init(article: Article, t: TokenText, mentions: [Mention], entities: [LocalEntity], spans: [QuoteSpan], quoted: [Bool]) {
        self.article = article
        self.t = t
        self.mentions = mentions
        self.entities = entities
        self.spans = spans
        self.quoted = quoted
        var ending = [Int32](repeating: -1, count: article.tokens.count)
        var starting = [Int32](repeating: -1, count: article.tokens.count)
        for (i, m) in mentions.enumerated() {
            ending[m.tokens.upperBound - 1] = Int32(i)
            starting[m.tokens.lowerBound] = Int32(i)
        }
        mentionEnding = ending
        mentionStarting = starting
        var sentence = [Int32](repeating: -1, count: article.tokens.count)
        for (i, s) in article.sentences.enumerated() { for k in s.tokens { sentence[k] = Int32(i) } }
        sentenceOf = sentence
    }

    /// Which tokens lie inside quotation marks (the marks themselves excluded).
    static func quotedMask(_ article: Article, _ spans: [QuoteSpan]) -> [Bool] {
        var mask = [Bool](repeating: false, count: article.tokens.count)
        for q in spans {
            var k = q.open + 1
            while k < article.tokens.count && Int(article.tokens[k].start) < q.text.end {
                if Int(article.tokens[k].start) >= q.text.start { mask[k] = true }
                k += 1
            }
        }
        return mask
    }

    func sentence(_ k: Int) -> Sentence { article.sentences[Int(sentenceOf[k])] }

    func isSpeechVerb(_ k: Int) -> Bool {
        guard t.isWord(k), t.contains(Lexicon.speechVerbWords, k) else { return false }
        // "the report", "his remarks", "a call": a noun, not a verb.
        if k > 0, t.isWord(k - 1), t.contains(Lexicon.determiners, k - 1), !t.is(k - 1, "that") { return false }
        return true
    }
}
