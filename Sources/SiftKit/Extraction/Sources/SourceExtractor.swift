/// Lists an article's sources: every speaker of a quote or of reported speech, with the role and
/// affiliation taken from the appositive after a name (", a managing director at the German
/// Marshall Fund") or, failing that, from the title before it ("United Kingdom (UK) Foreign
/// Secretary"), and a category from the role's words.
struct SourceExtractor {
    let article: Article
    let t: TokenText
    let mentions: [Mention]
    let entities: [LocalEntity]

    func run(_ quotes: [Quote]) -> [Source] {
        var order: [SpeakerRef] = []
        var counts: [SpeakerRef: Int] = [:]
        for q in quotes {
            guard let s = q.speaker else { continue }
            if counts[s] == nil { order.append(s) }
            counts[s, default: 0] += 1
        }
        return order.map { speaker in
            switch speaker {
            case .group(let text), .unnamed(let text):
                return Source(speaker: speaker, role: nil, affiliation: nil, category: groupCategory(text), quotes: counts[speaker]!)
            case .entity(let e):
                let entity = entities[e]
                guard entity.type == .person else {
                    let outlet = isOutlet(entity.name)
                    return Source(speaker: speaker, role: nil, affiliation: nil, category: outlet ? .journalist : .organization, quotes: counts[speaker]!)
                }
                var (role, affiliation) = roleAndAffiliation(of: entity)
                if affiliation == nil, let role { affiliation = institution(for: role) ?? datelinePlace(for: role) }
                return Source(speaker: speaker, role: role, affiliation: affiliation,
                              category: category(role: role), quotes: counts[speaker]!)
            }
        }
    }

    // MARK: - Role and affiliation

    private func roleAndAffiliation(of entity: LocalEntity) -> (String?, String?) {
        for m in entity.mentions {
            if let a = mentions[m].appositive, let parsed = parseAppositive(a), parsed.0 != nil { return parsed }
        }
        for m in entity.mentions {
            if let title = mentions[m].title, let parsed = parseTitle(title, before: mentions[m]), parsed.0 != nil { return parsed }
        }
        return (nil, nil)
    }

    /// The organisation a role belongs to when the article names it elsewhere: a councilman of
    /// the "Riverton Town Council", a senator of the "Senate".
    private func institution(for role: String) -> String? {
        let words = role.lowercased().split(separator: " ").map(String.init)
        var organizations: [(name: String, words: [Substring])]? = nil  // made on first need, once
        for w in words {
            for suffix in ["woman", "man", "lor", "or", "ian"] where w.hasSuffix(suffix) && w.count > suffix.count + 3 {
                let stem = Substring(String(w.dropLast(suffix.count)))
                if organizations == nil {
                    organizations = entities.filter { $0.type == .organization }.map { ($0.name, $0.name.lowercased().split(separator: " ")) }
                }
                if let org = organizations!.first(where: { $0.words.contains(stem) }) { return org.name }
            }
        }
        return nil
    }

    /// A town official with no stated place serves the town in the dateline.
    private func datelinePlace(for role: String) -> String? {
        guard let dateline = article.dateline else { return nil }
        let words = role.lowercased().split(separator: " ").map(String.init)
        guard words.contains(where: { Lexicon.localRoles.contains($0) }) else { return nil }
        let place = article.text(dateline.place).split(separator: ",")[0]
        // "RIVERTON" → "Riverton"
        return place.split(separator: " ").map { w in w.count > 1 && w == w.uppercased() ? w.prefix(1) + w.dropFirst().lowercased() : String(w) }.joined(separator: " ")
    }

    private func tokens(in span: Span) -> Range<Int> {
        var lo = 0, hi = t.tokens.count
        // Binary search for the first token at or after span.start.
        while lo < hi { let mid = (lo + hi) / 2; if t.start(mid) < span.start { lo = mid + 1 } else { hi = mid } }
        var e = lo
        while e < t.tokens.count && t.end(e) <= span.end { e += 1 }
        return lo..<e
    }

    private func mentionStarting(at k: Int) -> Mention? { mentions.first { $0.tokens.lowerBound == k } }

    /// "a managing director at the German Marshall Fund think tank" → ("managing director",
    /// "German Marshall Fund"); "an expert on European security issues at Duke University's Sanford
    /// School of Public Policy" → ("expert on European security issues", "Duke University's …").
    private func parseAppositive(_ span: Span) -> (String?, String?)? {
        var r = tokens(in: span)
        guard !r.isEmpty else { return nil }
        if t.isAny(r.lowerBound, WordLists.articles) { r = (r.lowerBound + 1)..<r.upperBound }
        // "a baker whose shop on Mill Street flooded": the role ends where a relative clause begins.
        if let rel = r.first(where: { t.isAny($0, WordLists.relativeWords) }) { r = r.lowerBound..<rel }
        guard !r.isEmpty else { return nil }
        for k in r where t.isAny(k, WordLists.affiliationPrepositions) {
            var j = k + 1
            while j < r.upperBound && (t.is(j, "the") || t.isDerivedAdjective(j)) { j += 1 }
            guard j < r.upperBound, let first = mentionStarting(at: j),
                  first.type == .organization || first.type == .place || (first.type == .other && first.tokens.count > 1)
                    || (first.type == .person && t.possessiveLength(first.tokens.upperBound - 1) > 0) else { continue }
            // The affiliation: this name and any that follow it through possessives.
            var last = first
            while t.possessiveLength(last.tokens.upperBound - 1) > 0, let next = mentionStarting(at: last.tokens.upperBound) { last = next }
            let role = k > r.lowerBound ? t.phrase(r.lowerBound, k) : nil
            return (role, article.text(Span(first.span.start, last.span.end)))
        }
        return (t.phrase(r.lowerBound, r.upperBound), nil)
    }

    /// "United Kingdom (UK) Foreign Secretary" → ("Foreign Secretary", "United Kingdom");
    /// "Russian President" → ("President", "Russia"); "retired Lt Gen" → ("retired Lt Gen", nil).
    private func parseTitle(_ span: Span, before m: Mention) -> (String?, String?)? {
        let r = tokens(in: span)
        guard !r.isEmpty else { return nil }
        var affiliation: String? = nil
        var roleStart = r.lowerBound
        var k = r.lowerBound
        while k < r.upperBound {
            if t.contains(Lexicon.honorifics, k) || (t.isPunct(k, 0x2E) && k == roleStart) {  // "Mr." is no role
                k += 1
                roleStart = k
                continue
            }
            if let inner = mentionStarting(at: k), inner.tokens.upperBound <= r.upperBound {
                if affiliation == nil { affiliation = article.text(inner.span) }
                k = inner.tokens.upperBound
                roleStart = k
                continue
            }
            if t.isPunct(k, 0x28) {  // "(UK)"
                while k < r.upperBound && !t.isPunct(k, 0x29) { k += 1 }
                k += 1
                roleStart = k
                continue
            }
            if let country = t.lookup(Gazetteer.demonyms, k), affiliation == nil {
                affiliation = country
                k += 1
                roleStart = k
                continue
            }
            // "Riverton Mayor": capitalised words before the role that are no role themselves.
            if affiliation == nil && t.isCapitalized(k) && !t.contains(Lexicon.roles, k) && !t.contains(Lexicon.roleModifiers, k) {
                var e = k
                while e < r.upperBound && t.isCapitalized(e) && !t.contains(Lexicon.roles, e) && !t.contains(Lexicon.roleModifiers, e) { e += 1 }
                if e < r.upperBound {
                    affiliation = t.phrase(k, e)
                    k = e
                    roleStart = k
                    continue
                }
            }
            break
        }
        guard roleStart < r.upperBound else { return (nil, affiliation) }
        var end = r.upperBound
        while end > roleStart && t.isPunct(end - 1, 0x2E) { end -= 1 }
        return (t.phrase(roleStart, end), affiliation)
    }

    // MARK: - Category

    private func category(role: String?) -> SourceCategory {
        guard var role else { return .other }
        // "the mayor's brother-in-law" is no official: a possessive word describes someone else.
        let sets = [(SourceCategory.journalist, Lexicon.journalistRoles), (.expert, Lexicon.expertRoles), (.official, Lexicon.officialRoles)]
        return role.withUTF8 { b -> SourceCategory in
            guard !b.contains(where: { $0 >= 0x80 }) else {
                let words = String(decoding: b, as: UTF8.self).lowercased().split(separator: " ")
                    .filter { !$0.hasSuffix("'s") && !$0.hasSuffix("’s") }
                    .flatMap { $0.split(whereSeparator: { !$0.isLetter && $0 != "-" }) }.map(String.init)
                return sets.first { _, set in words.contains(where: { set.contains($0) }) }?.0 ?? .other
            }
            // ASCII: the words between spaces, but possessives; in each, the runs of letters and
            // hyphens, looked up from the bytes (the tables ignore case).
            var pieces: [Range<Int>] = []
            var i = 0
            while i < b.count {
                while i < b.count && b[i] == 0x20 { i += 1 }
                let start = i
                while i < b.count && b[i] != 0x20 { i += 1 }
                if i - start >= 2 && b[i - 2] == 0x27 && b[i - 1] | 0x20 == 0x73 { continue }
                var j = start
                while j < i {
                    while j < i && !Self.isRoleByte(b[j]) { j += 1 }
                    let piece = j
                    while j < i && Self.isRoleByte(b[j]) { j += 1 }
                    if j > piece { pieces.append(piece..<j) }
                }
            }
            return sets.first { _, set in pieces.contains { set.contains(b, $0.lowerBound, $0.upperBound) } }?.0 ?? .other
        }
    }

    @inline(__always)
    private static func isRoleByte(_ c: UInt8) -> Bool { CharClass.isASCIILetter(c) || c == 0x2D }

    private func groupCategory(_ text: String) -> SourceCategory {
        let words = text.lowercased().split(separator: " ").map(String.init)
        if words.contains(where: { Lexicon.journalistRoles.contains($0) }) { return .journalist }
        if isOutlet(text) { return .journalist }
        return .anonymous
    }

    private func isOutlet(_ name: String) -> Bool {
        guard let last = name.split(separator: " ").last else { return false }
        return Lexicon.outletWords.contains(String(last))
    }
}
