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

/// Finds quoted spans in the story: straight and curly double quotes, guillemets, low-high
/// quotes and doubled single quotes (''…''); single quotes nest inside them. A quote left open at
/// a paragraph's end continues when the next paragraph opens with a quote mark (the news
/// convention for a quote that runs on); otherwise it closes at the paragraph's end. Unbalanced
/// marks never stop the scan.
enum QuoteSpans {
    enum Role { case open, close, either }

    /// The role of a double-quote mark at token `k`, or nil for a single quote or apostrophe.
    /// Returns also how many tokens the mark takes (2 for ''), and the mark's closing partner.
    static func doubleMark(_ b: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ k: Int, limit: Int) -> (Role, Int, UInt32)? {
        guard k < limit, k < tokens.count else { return nil }  // an empty paragraph has no first token
        let t = tokens[k]
        guard t.kind == .quote else { return nil }
        let v = UTF8Scalars.decode(b, at: Int(t.start)).0
        switch v {
        case 0x201C, 0x201F: return (.open, 1, 0x201D)     // “ ‟ (also closes „ in German style, see below)
        case 0x201D: return (.close, 1, 0x201D)             // ”
        case 0x201E: return (.open, 1, 0x201C)              // „ … “
        case 0xAB: return (.open, 1, 0xBB)                  // « … »
        case 0xBB: return (.close, 1, 0xBB)
        case 0x22, 0xFF02: return (.either, 1, 0x22)        // "
        case 0x27, 0x2018, 0x2019:
            // Two single quotes in a row ('' or ‘‘ ’’) stand for a double quote (NYT style).
            if k + 1 < limit, tokens[k + 1].kind == .quote, tokens[k + 1].start == t.end {
                let w = UTF8Scalars.decode(b, at: Int(tokens[k + 1].start)).0
                if w == v {
                    return (v == 0x2018 ? .open : v == 0x2019 ? .close : .either, 2, 0x27)
                }
            }
            return nil
        default:
            return nil
        }
    }

    /// A closing-style mark used to open (”Mr. Trump embodies …”): at a paragraph's start, or
    /// after a space and glued to the next word, with no quote open.
    static func opensDespiteShape(_ t: Token, _ k: Int, _ para: Paragraph) -> Bool {
        k == para.tokens.lowerBound || (t.flags.contains(.spaceBefore) && !t.flags.contains(.spaceAfter))
    }

    static func find(in article: Article) -> [QuoteSpan] {
        var out: [QuoteSpan] = []
        article.bytes.withUnsafeBufferPointer { b in
            let tokens = article.tokens
            var current: QuoteSpan? = nil
            var closer: UInt32 = 0
            var textStart = 0
            let body = article.paragraphs.indices.filter { article.paragraphs[$0].kind == .body }
            for (bi, p) in body.enumerated() {
                let para = article.paragraphs[p]
                var k = para.tokens.lowerBound
                if current != nil {
                    // Continues only when this paragraph directly follows and opens with a mark.
                    if let (role, width, _) = doubleMark(b, tokens, k, limit: para.tokens.upperBound),
                       role != .close, bi > 0, body[bi - 1] == p - 1 {
                        current!.reopenings.append(k)
                        k += width
                    } else {
                        // Closed by the end of its paragraph.
                        var q = current!
                        let end = article.paragraphs[q.lastParagraph].span.end
                        q.text = Span(textStart, end)
                        out.append(q)
                        current = nil
                    }
                }
                while k < para.tokens.upperBound {
                    guard let (role, width, partner) = doubleMark(b, tokens, k, limit: para.tokens.upperBound) else {
                        k += 1
                        continue
                    }
                    let t = tokens[k]
                    let v = UTF8Scalars.decode(b, at: Int(t.start)).0
                    if var q = current {
                        let closes: Bool
                        switch role {
                        case .close, .either: closes = true
                        case .open: closes = v == closer  // „ … “
                        }
                        if closes {
                            q.close = k + width - 1
                            q.lastParagraph = p
                            q.text = Span(textStart, Int(t.start))
                            out.append(q)
                            current = nil
                        } else {
                            // A second opening mark: the first quote was never closed.
                            q.lastParagraph = p
                            q.text = Span(textStart, Int(tokens[k - 1].end))
                            out.append(q)
                            current = QuoteSpan(open: k, close: nil, text: Span(0, 0), firstParagraph: p, lastParagraph: p)
                            closer = partner
                            textStart = Int(tokens[k + width - 1].end)
                        }
                    } else if role != .close || opensDespiteShape(t, k, para) {
                        current = QuoteSpan(open: k, close: nil, text: Span(0, 0), firstParagraph: p, lastParagraph: p)
                        closer = role == .close ? v : partner
                        textStart = Int(tokens[k + width - 1].end)
                    }
                    k += width
                }
                if current != nil { current!.lastParagraph = p }
            }
            if var q = current {
                q.text = Span(textStart, article.paragraphs[q.lastParagraph].span.end)
                out.append(q)
            }
        }
        return out.filter { !$0.text.isEmpty }
    }
}
