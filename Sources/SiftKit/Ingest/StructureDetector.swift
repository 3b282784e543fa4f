/// Finds the parts of an article that are not its story: headline, standfirst and subheads,
/// byline, photo captions, leftover web markup (embeds), and the dateline that opens the story.
struct StructureDetector {
    let b: UnsafeBufferPointer<UInt8>
    let tokens: [Token]

    /// Labels like "EXCLUSIVE" or "UPDATE" that are not a dateline's place (Lexicons/Kickers.swift).
    static let kickers = WordSet(words: kickerData.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Sets each draft's kind and returns the dateline, if any.
    func classify(_ drafts: inout [ParagraphDraft]) -> Dateline? {
        markEmbeds(&drafts)
        let content = drafts.indices.filter { drafts[$0].kind != .embed }
        guard let first = content.first else { return nil }

        var lead = 0  // how far into `content` the front matter (headline, standfirst, byline) reaches
        let blankSeparated = isBlankSeparated(drafts)
        if content.count > 2, hasHeadlineAndStandfirst(drafts[first], drafts[content[1]], drafts[content[2]]) {
            // PolNeAR: "Candidates vie for vets' support; " / "Trump and Clinton point out…" / blank line.
            drafts[first].kind = .headline
            drafts[content[1]].kind = .subhead
            lead = 2
        } else if content.count > 1, isHeadline(drafts[first], next: drafts[content[1]], blankSeparated: blankSeparated) {
            drafts[first].kind = .headline
            lead = 1
        }
        for (n, i) in content.enumerated() where drafts[i].kind == .body {
            if n < lead + 3 && isByline(drafts[i]) || isCreditLine(drafts[i]) {
                drafts[i].kind = .byline
            } else if isCaption(drafts[i]) {
                drafts[i].kind = .caption
            }
        }
        let body = content.filter { drafts[$0].kind == .body }
        var found: Dateline? = nil
        if let firstBody = body.first, content.firstIndex(of: firstBody)! <= lead + 3 {
            found = dateline(drafts[firstBody])
        }
        for (n, i) in body.enumerated() where n > 0 && n + 1 < body.count {
            if isSubhead(drafts[i]) && drafts[body[n + 1]].span.length > drafts[i].span.length {
                drafts[i].kind = .subhead
            }
        }
        return found
    }

    // MARK: - Embeds

    /// Paragraphs holding web markup (`<blockquote …>`, `<a href=…>`, `<tweet …>`), a tweet's
    /// "pic.twitter.com" link, and every paragraph inside an unclosed block element.
    private func markEmbeds(_ drafts: inout [ParagraphDraft]) {
        var open = false
        for i in drafts.indices {
            let span = drafts[i].span
            let tags = markup(span)
            if open || tags.any || Text.find(b, "pic.twitter.com/", in: span.range) != nil {
                drafts[i].kind = .embed
            }
            if tags.opensBlock { open = true }
            if tags.closesBlock { open = false }
        }
    }

    private struct Markup { var any = false, opensBlock = false, closesBlock = false }

    /// Looks for `<name …>` and `</name>` tags; blockquote, pre, script, iframe, div, figure and
    /// table open blocks (PageFurniture.blockElements).
    private func markup(_ span: Span) -> Markup {
        var m = Markup()
        var i = span.start
        while i < span.end - 2 {
            defer { i += 1 }
            guard b[i] == 0x3C else { continue }  // <
            var j = i + 1
            let closing = b[j] == 0x2F
            if closing { j += 1 }
            let nameStart = j
            while j < span.end && (CharClass.isASCIILetter(b[j]) || (j > nameStart && CharClass.isASCIIDigit(b[j]))) { j += 1 }
            guard j > nameStart, j < span.end else { continue }
            let after = b[j]
            guard after == 0x3E || after == 0x20 || after == 0x2F || after == 0x09 else { continue }
            guard Text.find(b, ">", in: j..<span.end) != nil else { continue }
            m.any = true
            let name = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart..<j]), as: UTF8.self).lowercased()
            if PageFurniture.blockElements.contains(name) {
                if closing { m.closesBlock = true; m.opensBlock = false } else { m.opensBlock = true }
            }
        }
        return m
    }

    // MARK: - Headline, byline, captions, subheads

    private func words(_ d: ParagraphDraft) -> Int {
        tokens[d.tokens].reduce(0) { $0 + ($1.isWordLike ? 1 : 0) }
    }

    /// The last token that is not a closing quote mark or bracket.
    private func lastMeaningful(_ d: ParagraphDraft) -> Token? {
        var k = d.tokens.upperBound - 1
        while k >= d.tokens.lowerBound {
            let t = tokens[k]
            let c = b[Int(t.start)]
            if t.kind == .quote || (t.kind == .punct && (c == 0x29 || c == 0x5D)) { k -= 1; continue }
            return t
        }
        return nil
    }

    /// Ends like a sentence: . ! ? … or a word ending in a dot.
    private func endsWithTerminal(_ d: ParagraphDraft) -> Bool {
        guard let t = lastMeaningful(d) else { return false }
        if t.kind == .punct {
            let c = b[Int(t.start)]
            return c == 0x2E || c == 0x21 || c == 0x3F || c == 0xE2
        }
        return t.kind == .word && b[Int(t.end) - 1] == 0x2E
    }

    /// Ends with any punctuation that says the text goes on or stops: . ! ? : ; , and dashes.
    private func endsWithPunctuation(_ d: ParagraphDraft) -> Bool {
        guard let last = d.tokens.last.map({ tokens[$0] }) else { return false }
        if last.kind == .dash || last.kind == .quote { return true }
        return endsWithTerminal(d) || (last.kind == .punct && b[Int(last.start)] != 0x29)
    }

    /// Share of the longer words (four letters or more) that are capitalised: title case.
    private func titleCaseShare(_ d: ParagraphDraft) -> Double {
        var long = 0, capital = 0
        for t in tokens[d.tokens] where t.kind == .word && t.length >= 4 {
            long += 1
            if t.flags.contains(.capitalized) { capital += 1 }
        }
        return long == 0 ? 0 : Double(capital) / Double(long)
    }

    /// A short first line: without final punctuation (the BBC style), or, in text whose
    /// paragraphs are set apart by blank lines, a single sentence of at most 20 words
    /// (PolNeAR: "Trump’s East European Achilles Heel.").
    private func isHeadline(_ d: ParagraphDraft, next: ParagraphDraft, blankSeparated: Bool) -> Bool {
        let n = words(d)
        guard n >= 1, n <= 30, d.span.length <= 250, dateline(d, colon: false) == nil, !isByline(d) else { return false }
        guard !Text.contains(b, d.span, byte: 0x0A) else { return false }
        if !endsWithTerminal(d) { return !endsWithPunctuation(d) || lastIsQuote(d) }
        if blankSeparated && next.blankLinesBefore > 0 && n <= 20 {
            let sentences = SentenceSplitter.split(b, tokens, d.tokens).count
            if sentences == 1 || (sentences == 2 && n <= 12) { return true }
        }
        return titleCaseShare(d) >= 0.6 && (next.blankLinesBefore > 0 || d.span.length * 2 < next.span.length)
    }

    /// A headline line and a standfirst line, with no blank line between them and one after.
    private func hasHeadlineAndStandfirst(_ h: ParagraphDraft, _ dek: ParagraphDraft, _ after: ParagraphDraft) -> Bool {
        dek.blankLinesBefore == 0 && after.blankLinesBefore > 0 && h.span.length <= 250 && dek.span.length <= 300
            && words(h) <= 30 && dateline(h, colon: false) == nil && dateline(dek) == nil && !isByline(dek)
            && !isByline(h) && !Text.contains(b, h.span, byte: 0x0A)
    }

    /// Whether most paragraphs are set apart by blank lines (BBC, PolNeAR) rather than one a line.
    private func isBlankSeparated(_ drafts: [ParagraphDraft]) -> Bool {
        let apart = drafts.dropFirst().filter { $0.blankLinesBefore > 0 }.count
        return drafts.count > 1 && apart * 2 >= drafts.count - 1
    }

    private func lastIsQuote(_ d: ParagraphDraft) -> Bool {
        d.tokens.last.map { tokens[$0].kind == .quote } ?? false
    }

    /// "By Jane Doe", "By JANE DOE and JOHN ROE, Reuters".
    private func isByline(_ d: ParagraphDraft) -> Bool {
        guard d.tokens.count >= 2, d.span.length <= 120 else { return false }
        let t0 = tokens[d.tokens.lowerBound], t1 = tokens[d.tokens.lowerBound + 1]
        guard t0.length == 2, b[Int(t0.start)] == 0x42, b[Int(t0.start) + 1] | 0x20 == 0x79 else { return false }
        return t1.kind == .word && t1.flags.contains(.capitalized) && words(d) <= 15 && !endsWithTerminal(d)
    }

    /// "Reporting by …; Editing by …", "Additional reporting by …" at the end of wire copy.
    private func isCreditLine(_ d: ParagraphDraft) -> Bool {
        guard d.span.length <= 200, d.tokens.count >= 3 else { return false }
        for prefix in PageFurniture.creditLines {
            if Text.hasPrefix(b, at: d.span.start, prefix) { return true }
        }
        return false
    }

    /// Photo captions: a credit in parentheses at the end ("(Photo: Reuters)", "(AP Photo/Evan
    /// Vucci)"), or a paragraph that opens with "Photo:", "Image caption", "Pictured:".
    private func isCaption(_ d: ParagraphDraft) -> Bool {
        guard d.span.length <= 600 else { return false }
        let s = d.span
        for prefix in PageFurniture.captionOpenings {
            if Text.hasPrefix(b, at: s.start, prefix) { return true }
        }
        if b[s.end - 1] == 0x29, let open = Text.lastIndex(b, of: 0x28, in: s.range) {
            for credit in PageFurniture.captionCredits {
                if Text.hasPrefix(b, at: open, credit) { return true }
            }
        }
        for tail in PageFurniture.creditEndings {
            let n = tail.utf8CodeUnitCount
            if s.length > n, Text.hasPrefix(b, at: s.end - n, tail),
               Text.find(b, "Photo", in: s.range) != nil || Text.find(b, "photo", in: s.range) != nil {
                return true
            }
        }
        return false
    }

    /// A short line with no final punctuation between two story paragraphs ("Relationship revival").
    private func isSubhead(_ d: ParagraphDraft) -> Bool {
        let n = words(d)
        guard n >= 1, n <= 10, d.span.length <= 90, !endsWithPunctuation(d) else { return false }
        guard let first = d.tokens.first.map({ tokens[$0] }) else { return false }
        return (first.kind == .word && first.flags.contains(.capitalized)) || first.kind == .number
    }

    // MARK: - Dateline

    /// "WASHINGTON —", "ST. LOUIS, Mo. —", "LONDON, March 3 (Reuters) -", "Riverton (Northern Wire) –".
    /// An all-capitals place may stand alone before its dash (or colon); a place in ordinary case
    /// needs the agency in parentheses, so that "Trump — …" is not taken for a dateline.
    func dateline(_ d: ParagraphDraft, colon: Bool = true) -> Dateline? {
        let r = d.tokens
        var k = r.lowerBound
        func tok(_ i: Int) -> Token? { i < r.upperBound ? tokens[i] : nil }
        func isPunct(_ t: Token, _ c: UInt8) -> Bool { t.kind == .punct && b[Int(t.start)] == c }

        // The place: all-capital words (and their dots), or capitalised words.
        var caps = true
        var placeWords = 0
        while let t = tok(k), k - r.lowerBound < 6 {
            if t.kind == .word && t.flags.contains(.allCaps) && caps {
                placeWords += 1
            } else if t.kind == .word && t.flags.contains(.capitalized) && placeWords == 0 {
                caps = false
                placeWords += 1
            } else if t.kind == .word && t.flags.contains(.capitalized) && !caps {
                placeWords += 1
            } else if isPunct(t, 0x2E) && !t.flags.contains(.spaceBefore) && placeWords > 0 {
                // ST. LOUIS
            } else {
                break
            }
            k += 1
        }
        guard placeWords > 0, placeWords <= 4 else { return nil }
        let firstWord = tokens[r.lowerBound]
        if Self.kickers.contains(b, Int(firstWord.start), Int(firstWord.end)) { return nil }
        var placeEnd = k
        // ", Ore." / ", March 3" / ", Ukraine"
        if let t = tok(k), isPunct(t, 0x2C) {
            var j = k + 1
            while let u = tok(j), j - k <= 4,
                  (u.kind == .word && u.flags.contains(.capitalized)) || u.kind == .number
                    || (isPunct(u, 0x2E) && !u.flags.contains(.spaceBefore)) || isPunct(u, 0x2C) {
                j += 1
            }
            if j > k + 1 { k = j; placeEnd = j }
            if let last = tok(placeEnd - 1), isPunct(last, 0x2C) { placeEnd -= 1 }
        }
        // "(Reuters)"
        var agency: Span? = nil
        if let t = tok(k), isPunct(t, 0x28) {
            var j = k + 1
            while let u = tok(j), j - k <= 6, !isPunct(u, 0x29) { j += 1 }
            guard let close = tok(j), isPunct(close, 0x29), j > k + 1 else { return nil }
            agency = Span(Int(tokens[k + 1].start), Int(tokens[j - 1].end))
            k = j + 1
        }
        guard caps || agency != nil else { return nil }
        guard let dash = tok(k), dash.flags.contains(.spaceAfter), k + 1 < r.upperBound,
              dash.kind == .dash || (colon && caps && isPunct(dash, 0x3A)) else { return nil }
        let place = Span(Int(tokens[r.lowerBound].start), Int(tokens[placeEnd - 1].end))
        return Dateline(place: place, agency: agency, whole: Span(place.start, Int(dash.end)))
    }
}

extension Text {
    static func contains(_ b: UnsafeBufferPointer<UInt8>, _ span: Span, byte: UInt8) -> Bool {
        var i = span.start
        while i < span.end { if b[i] == byte { return true }; i += 1 }
        return false
    }

    static func lastIndex(_ b: UnsafeBufferPointer<UInt8>, of byte: UInt8, in range: Range<Int>) -> Int? {
        var i = range.upperBound - 1
        while i >= range.lowerBound { if b[i] == byte { return i }; i -= 1 }
        return nil
    }
}
