import Dispatch

/// `kwic "ceasefire" width 30`: keyword in context. Every match in the story, with `width`
/// characters of context on each side, ready to read aligned on the keyword.
struct Kwic {
    let corpus: Corpus
    let cancellation: CancellationToken

    static let columns = [Column("article", .string), Column("left", .string, rightAligned: true, window: true), Column("keyword", .string),
                          Column("right", .string, window: true), Column("start", .int)]

    func run(_ pattern: KwicPattern, width: Int, articles ids: [Int], range: Range<Int>) throws(QueryError) -> Table {
        let matcher: @Sendable (String) -> [Range<String.Index>]
        switch pattern {
        case .phrase(let phrase):
            let needle = phrase.lowercased()
            matcher = { text in Kwic.phraseMatches(needle, in: text) }
        case .regex(let p, let flags):
            let re = try LinearRegex.compile(p, flags: flags, at: range)
            // A match cut short reads as none; the stop is reported as an error below.
            let token = cancellation
            matcher = { text in (try? re.allMatches(in: text, stop: { token.isRequested })) ?? [] }
        }
        // Articles are independent: match them on all cores, then keep the rows in id order.
        let found = ids.compactMap { corpus.article(id: $0) }
        let asciiNeedle: [UInt8]? = {
            guard case .phrase(let phrase) = pattern, !phrase.isEmpty, phrase.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            return Array(phrase.lowercased().utf8)
        }()
        let perArticle = Parallel.map(found.count) { [matcher] i in
            let a = found[i]
            var rows: [[Value]] = []
            for p in a.paragraphs where p.kind == .body {
                if let needle = asciiNeedle {
                    a.bytes.withUnsafeBufferPointer { b in
                        Kwic.asciiMatches(needle, in: b, p.span) { lo, hi in
                            rows.append(Kwic.row(a, b, p.span, lo, hi, width: width))
                        }
                    }
                    continue
                }
                let text = a.text(p.span)
                for r in matcher(text) {
                    let left = String(text[..<r.lowerBound].suffix(width))
                    let right = String(text[r.upperBound...].prefix(width))
                    let start = p.span.start + text.utf8.distance(from: text.startIndex, to: r.lowerBound)
                    rows.append([.string(a.name), .string(Kwic.flat(left)), .string(String(text[r])),
                                 .string(Kwic.flat(right)), .int(start)])
                }
            }
            return rows
        }
        try cancellation.check(range)
        var table = Table(columns: Kwic.columns)
        for rows in perArticle { table.rows += rows }
        return table
    }

    /// Case-insensitive matches of an ASCII phrase in `b[span]` that start and end on word
    /// boundaries, straight on the bytes: `found(start, end)` for each.
    static func asciiMatches(_ needle: [UInt8], in b: UnsafeBufferPointer<UInt8>, _ span: Span, _ found: (Int, Int) -> Void) {
        let n = needle.count
        let first = needle[0]
        var i = span.start
        let last = span.end - n
        while i <= last {
            if WordHash.lower(b[i]) == first {
                var j = 1
                while j < n && WordHash.lower(b[i + j]) == needle[j] { j += 1 }
                if j == n && !isWordCharacter(before: i, b, floor: span.start) && !isWordCharacter(at: i + n, b, limit: span.end) {
                    found(i, i + n)
                    i += n
                    continue
                }
            }
            i += 1
        }
    }

    /// Whether the character ending just before byte `i` is a letter or digit.
    private static func isWordCharacter(before i: Int, _ b: UnsafeBufferPointer<UInt8>, floor: Int) -> Bool {
        guard i > floor else { return false }
        var s = i - 1
        if b[s] < 0x80 { return CharClass.isASCIILetter(b[s]) || CharClass.isASCIIDigit(b[s]) }
        while s > floor && b[s] & 0xC0 == 0x80 { s -= 1 }
        return isLetterOrDigit(b, s, i)
    }

    /// Whether the character starting at byte `i` is a letter or digit.
    private static func isWordCharacter(at i: Int, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Bool {
        guard i < limit else { return false }
        if b[i] < 0x80 { return CharClass.isASCIILetter(b[i]) || CharClass.isASCIIDigit(b[i]) }
        var e = i + 1
        while e < limit && b[e] & 0xC0 == 0x80 { e += 1 }
        return isLetterOrDigit(b, i, e)
    }

    private static func isLetterOrDigit(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        guard let c = String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self).first else { return false }
        return c.isLetter || c.isNumber
    }

    /// One row: `width` characters (scalars) of context each side of `b[lo..<hi]` within the paragraph.
    static func row(_ a: Article, _ b: UnsafeBufferPointer<UInt8>, _ span: Span, _ lo: Int, _ hi: Int, width: Int) -> [Value] {
        var l = lo, taken = 0
        while l > span.start && taken < width {
            l -= 1
            while l > span.start && b[l] & 0xC0 == 0x80 { l -= 1 }
            taken += 1
        }
        var r = hi
        taken = 0
        while r < span.end && taken < width {
            r += 1
            while r < span.end && b[r] & 0xC0 == 0x80 { r += 1 }
            taken += 1
        }
        return [.string(a.name), .string(flatBytes(b, l, lo)), .string(String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)),
                .string(flatBytes(b, hi, r)), .int(lo)]
    }

    /// Bytes `s..<e` as one line of text (tabs and line breaks read as spaces).
    private static func flatBytes(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> String {
        String(unsafeUninitializedCapacity: e - s) { out in
            for i in s..<e {
                let c = b[i]
                out[i - s] = c == 0x0A || c == 0x0D || c == 0x09 ? 0x20 : c
            }
            return e - s
        }
    }

    /// Case-insensitive matches of a phrase that start and end on word boundaries.
    static func phraseMatches(_ needle: String, in text: String) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        let lower = text.lowercased()
        // Lower-casing keeps "é" and ASCII in place; when it changes the length, match on the text itself.
        let haystack = lower.count == text.count ? lower : text
        var from = haystack.startIndex
        while from < haystack.endIndex, let r = haystack[from...].firstRange(of: needle) {
            let before = r.lowerBound == haystack.startIndex ? nil : haystack[haystack.index(before: r.lowerBound)]
            let after = r.upperBound == haystack.endIndex ? nil : haystack[r.upperBound]
            let boundary = !(before?.isLetter ?? false) && !(before?.isNumber ?? false)
                && !(after?.isLetter ?? false) && !(after?.isNumber ?? false)
            if boundary {
                let lo = text.index(text.startIndex, offsetBy: haystack.distance(from: haystack.startIndex, to: r.lowerBound))
                let hi = text.index(lo, offsetBy: haystack.distance(from: r.lowerBound, to: r.upperBound))
                out.append(lo..<hi)
            }
            from = haystack.index(after: r.lowerBound)
        }
        return out
    }

    /// Context on one line.
    static func flat(_ s: String) -> String {
        String(s.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
    }
}
