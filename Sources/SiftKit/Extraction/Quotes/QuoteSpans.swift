/// A span of text between quotation marks, possibly running over several paragraphs.
struct QuoteSpan: Hashable {
    /// Token index of the opening mark.
    var open: Int
    /// Token index of the closing mark (its last token, for '' ''); nil when the paragraph ended first.
    var close: Int?
    /// The quoted text, without the marks.
    var text: Span
    /// Indices into `Article.paragraphs` of the first and last paragraph.
    var firstParagraph: Int
    var lastParagraph: Int
    /// Token indices of the marks that re-open the quote in later paragraphs.
    var reopenings: [Int] = []
}

/// Finds quoted spans in the story, with the marks of the article's own convention as the first
/// level (see `QuoteConvention`): straight and curly double quotes, guillemets either way round,
/// low-high quotes and doubled single quotes (''…'', ``…''); or single quotes, told apart from
/// apostrophes. The other family nests inside. A quote left open at a paragraph's end continues
/// when the next paragraph opens with a quote mark (the news convention for a quote that runs
/// on); so does a quote whose mark re-opens after a sentence's end inside the same paragraph (a
/// run-on quote whose paragraphs were flattened into one). Otherwise it closes at the
/// paragraph's end. Unbalanced marks never stop the scan.
enum QuoteSpans {
    static func find(in article: Article, t: TokenText, convention: QuoteConvention) -> [QuoteSpan] {
        var out: [QuoteSpan] = []
        let tokens = article.tokens
        var current: QuoteSpan? = nil
        var open = false  // current != nil, kept apart: asking the optional copies the span per token
        var closer: UInt32 = 0
        var textStart = 0
        let body = article.paragraphs.indices.filter { article.paragraphs[$0].kind == .body }
        for (bi, p) in body.enumerated() {
            let para = article.paragraphs[p]
            var k = para.tokens.lowerBound
            if open {
                // Continues only when this paragraph directly follows and opens with a mark.
                if let m = QuoteMarks.mark(t, k, para, convention, isOpen: false),
                   m.role != .close || (convention.firstLevel == .single && QuoteMarks.opensShape(t, k, para)),
                   bi > 0, body[bi - 1] == p - 1 {
                    current!.reopenings.append(k)
                    k += m.width
                } else {
                    // Closed by the end of its paragraph.
                    var q = current!
                    let end = article.paragraphs[q.lastParagraph].span.end
                    q.text = Span(textStart, end)
                    out.append(q)
                    current = nil
                    open = false
                }
            }
            while k < para.tokens.upperBound {
                guard let m = QuoteMarks.mark(t, k, para, convention, isOpen: open) else {
                    k += 1
                    continue
                }
                if var q = current {
                    let reopens = m.role != .close && QuoteMarks.opensShape(t, k, para) && QuoteMarks.followsSentenceEnd(t, k, para)
                    let closes: Bool
                    switch m.role {
                    case .close: closes = true
                    case .either: closes = !reopens
                    case .open: closes = m.scalar == closer  // „ … “
                    }
                    if closes {
                        q.close = k + m.width - 1
                        q.lastParagraph = p
                        q.text = Span(textStart, Int(tokens[k].start))
                        out.append(q)
                        current = nil
                        open = false
                    } else if reopens {
                        // "…the Olympics. "The amber light is flashing.": the quote runs on.
                        current!.reopenings.append(k)
                    } else {
                        // A second opening mark: the first quote was never closed.
                        q.lastParagraph = p
                        q.text = Span(textStart, Int(tokens[k - 1].end))
                        out.append(q)
                        current = QuoteSpan(open: k, close: nil, text: Span(0, 0), firstParagraph: p, lastParagraph: p)
                        closer = m.partner
                        textStart = Int(tokens[k + m.width - 1].end)
                    }
                } else if m.role == .either && QuoteMarks.closesShape(t, k, para) && !QuoteMarks.opensShape(t, k, para) {
                    // A stray closing mark ("… need "significant" changes"): nothing opens here.
                } else if m.role != .close || opensDespiteShape(tokens[k], k, para) {
                    current = QuoteSpan(open: k, close: nil, text: Span(0, 0), firstParagraph: p, lastParagraph: p)
                    open = true
                    closer = m.role == .close ? m.scalar : m.partner
                    textStart = Int(tokens[k + m.width - 1].end)
                }
                k += m.width
            }
            if open { current!.lastParagraph = p }
        }
        if var q = current {
            q.text = Span(textStart, article.paragraphs[q.lastParagraph].span.end)
            out.append(q)
        }
        return out.filter { !$0.text.isEmpty }
    }

    /// A closing-style mark used to open (”Mr. Trump embodies …”): at a paragraph's start, or
    /// after a space and glued to the next word, with no quote open.
    static func opensDespiteShape(_ t: Token, _ k: Int, _ para: Paragraph) -> Bool {
        k == para.tokens.lowerBound || (t.flags.contains(.spaceBefore) && !t.flags.contains(.spaceAfter))
    }
}
