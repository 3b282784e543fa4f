/// A paragraph before its kind is known: a span, its tokens, and the layout around it.
struct ParagraphDraft {
    var span: Span
    var tokens: Range<Int>
    /// Blank lines before it; whether a paragraph stood apart or was one of a run of lines.
    var blankLinesBefore: Int
    var kind: ParagraphKind = .body
}

enum ParagraphGrouping {
    /// Groups lines into paragraphs. Most news text has one paragraph a line; hard-wrapped text
    /// (most lines at most about 80 characters, in blocks separated by blank lines) has one a block.
    static func paragraphs(_ b: UnsafeBufferPointer<UInt8>, _ lines: [Line]) -> [(span: Span, blankLinesBefore: Int)] {
        guard isHardWrapped(b, lines) else { return lines.map { ($0.span, $0.blankLinesBefore) } }
        var out: [(span: Span, blankLinesBefore: Int)] = []
        for line in lines {
            if line.blankLinesBefore == 0, let last = out.last {
                out[out.count - 1].span = Span(last.span.start, line.span.end)
            } else {
                out.append((line.span, line.blankLinesBefore))
            }
        }
        return out
    }

    static func isHardWrapped(_ b: UnsafeBufferPointer<UInt8>, _ lines: [Line]) -> Bool {
        guard lines.count >= 6 else { return false }
        let short = lines.filter { $0.span.length <= 100 }.count
        guard short * 10 >= lines.count * 9 else { return false }
        // Most lines continue a block: they follow another line with no blank line between.
        let continued = lines.dropFirst().filter { $0.blankLinesBefore == 0 }.count
        let blocks = lines.filter { $0.blankLinesBefore > 0 }.count
        return blocks >= 1 && continued * 2 >= lines.count
            && lines.filter { $0.span.length >= 50 }.count * 2 >= lines.count
            && brokenMidSentence(b, lines) * 2 >= continued
    }

    /// Lines followed by a continuation line that stop mid-sentence (no final punctuation): in
    /// wrapped text most do; in one-paragraph-a-line text none do.
    private static func brokenMidSentence(_ b: UnsafeBufferPointer<UInt8>, _ lines: [Line]) -> Int {
        var n = 0
        for (line, next) in zip(lines, lines.dropFirst()) where next.blankLinesBefore == 0 {
            let last = b[line.span.end - 1]
            if !(last == 0x2E || last == 0x21 || last == 0x3F || last == 0x22 || last == 0x3A || last == 0x9D) { n += 1 }
        }
        return n
    }
}
