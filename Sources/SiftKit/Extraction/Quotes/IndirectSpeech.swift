/// Reported speech without quotation marks, before resolution: who (the words), the speech verb,
/// and the reported clause.
struct IndirectCandidate {
    var phrase: SpeakerPhrase
    var verb: Int
    var clause: Span
    var rule: AttributionRule
}

/// Finds reported speech: "Zelensky said his country would support the proposal" (the clause
/// after the verb), "Putin ordered the military to stop, the Kremlin said" (the clause before a
/// closing attribution), "…, said Maria Snegovaya, senior fellow at …", "which Moscow says amount
/// to terrorism", and "…, according to a Kremlin statement".
struct IndirectSpeech {
    let c: AttributionContext

    func candidates() -> [IndirectCandidate] {
        var out: [IndirectCandidate] = []
        for s in c.article.sentences where c.article.paragraphs[s.paragraph].kind == .body {
            var found: [IndirectCandidate] = []
            for v in s.tokens where !c.quoted[v] && c.isSpeechVerb(v) && c.t.contains(Lexicon.reportingVerbs, v) {
                if let one = preposed(v, s) ?? postposed(v, s) { found.append(one) }
            }
            if let one = accordingTo(s) { found.append(one) }
            // "Ukraine said it was prepared …, a step that US officials said would …": the first
            // clause ends where the second attribution begins.
            for i in found.indices {
                for other in found where other.verb != found[i].verb {
                    let start = other.phrase.span(c).start
                    guard start > found[i].clause.start && start < found[i].clause.end else { continue }
                    var k = other.verb
                    while k > 0 && c.t.start(k) > found[i].clause.start && !c.t.isPunct(k, 0x2C) { k -= 1 }
                    let end = c.t.isPunct(k, 0x2C) && c.t.start(k) > found[i].clause.start ? c.t.start(k) : start
                    found[i].clause = Span(found[i].clause.start, end)
                }
            }
            out += found.filter { $0.clause.length > 0 }
        }
        return out
    }

    private var t: TokenText { c.t }

    /// "NAME said (that) CLAUSE", "NAME told Fox News CLAUSE", "which NAME says CLAUSE".
    private func preposed(_ v: Int, _ s: Sentence) -> IndirectCandidate? {
        // "Marsh appeared on Channel 7 and said …": a coordinated verb shares the sentence's subject.
        guard let subject = c.subject(before: v, floor: s.tokens.lowerBound)
                ?? (v > s.tokens.lowerBound && t.isAny(v - 1, WordLists.verbConjunctions) ? sentenceSubject(s, before: v) : nil) else { return nil }
        var k = v + 1
        let limit = s.tokens.upperBound
        if k < limit && t.contains(Lexicon.cueNouns, k) { k += 1 }  // "raised concerns that", "expressed hope that"
        if t.contains(Lexicon.objectVerbs, v) {
            // The listener: "told Fox News", "told reporters", "told him".
            if k < limit, c.mentionStarting[k] >= 0 { k = c.mentions[Int(c.mentionStarting[k])].tokens.upperBound }
            else if k < limit, c.isPronoun(k) || t.isAny(k, WordLists.listeners) {
                if t.is(k, "the") { while k < limit && t.isWord(k) && !t.is(k, "that") && k - v < 5 { k += 1 } } else { k += 1 }
                // "told her identical twin early Saturday …": "her" owns the listener's noun, and
                // no clause follows unless "that" opens one.
                if t.is(k - 1, "her"), k < limit, t.isLowerWord(k), !c.isPronoun(k), !t.contains(Lexicon.determiners, k),
                   !t.isAny(k, WordLists.objectComplements) {
                    guard let that = (k..<min(limit, k + 6)).first(where: { t.is($0, "that") }) else { return nil }
                    k = that
                }
            }
        }
        let (clauseStart, afterPhrase) = skipToClause(k, limit: limit)
        k = clauseStart
        guard k < limit else { return nil }
        if t.contains(Lexicon.thatVerbs, v) && !(k > 0 && t.is(k - 1, "that")) && !(t.contains(Lexicon.objectVerbs, v) && t.isAny(k, WordLists.objectComplements)) {
            return nil
        }
        if t.tokens[k].kind == .quote || t.isPunct(k, 0x3A) { return nil }  // direct speech follows
        // "agreed to work", "accused Putin of": a clause needs its own subject, except after a
        // verb that addresses someone ("urged Republicans to vote", "accused Putin of …").
        if t.isAny(k, WordLists.objectComplements) && !t.contains(Lexicon.objectVerbs, v) { return nil }
        // After "in a post on X, formerly Twitter," a lower-case word is more of the phrase, not a clause.
        if afterPhrase && t.isLowerWord(k) && !c.isPronoun(k) && !t.contains(Lexicon.determiners, k) {
            return nil
        }
        var e = limit
        while e > k && (t.tokens[e - 1].kind == .punct || t.tokens[e - 1].kind == .quote) { e -= 1 }
        // A quote the clause opens keeps its closing mark ("the plan is "brave"", not "the plan is "brave").
        // (Only in a clause of ordinary length: a sentence of thousands of quotes stays linear.)
        if e - k <= 400, (k..<e).filter({ t.tokens[$0].kind == .quote }).count % 2 == 1,
           let close = (e..<min(limit, e + 3)).first(where: { t.tokens[$0].kind == .quote }) { e = close + 1 }
        // Stop before a trailing ", according to …" or ", he said", and before another speaker's
        // clause (", while the Harbour Party criticised …", ", whereas …").
        for j in k..<e where t.isPunct(j, 0x2C) && j + 1 < e && (t.is(j + 1, "according") || j + 2 < e && c.isSpeechVerb(j + 2) && c.isPronoun(j + 1)
                                                                || t.is(j + 1, "while") || t.is(j + 1, "whereas")) {
            e = j
            break
        }
        guard clauseIsReported(k, e) else { return nil }
        return IndirectCandidate(phrase: subject, verb: v, clause: Span(t.start(k), t.end(e - 1)), rule: .reported)
    }

    /// Past "that", time words and prepositional phrases ("in a statement", "on March 11",
    /// "during a rally in Michigan") to the clause. Also says whether a phrase was skipped up to
    /// a comma, after which the clause must open like one.
    private func skipToClause(_ start: Int, limit: Int) -> (Int, Bool) {
        var k = start
        var steps = 0
        while k < limit && steps < 30 {
            steps += 1
            if t.is(k, "that") { return (k + 1, false) }
            if t.contains(Gazetteer.weekdays, k) || t.isAny(k, WordLists.timeWords) {
                k += 1; continue
            }
            if t.isPunct(k, 0x2C) { k += 1; continue }
            if t.contains(Lexicon.prepositions, k) && !t.is(k, "to") && !(k + 1 < limit && t.tokens[k + 1].kind == .number) {
                // The phrase's noun phrase: up to a pronoun, "that", a new determiner, a comma.
                var j = k + 1
                var words = 0
                while j < limit && j - k < 15 {
                    if t.is(j, "that") || t.isPunct(j, 0x2C) || t.tokens[j].kind == .quote { break }
                    if words > 0 && (c.isPronoun(j) || t.contains(Lexicon.determiners, j) && !t.isAny(j, WordLists.indefiniteArticles) && !t.contains(Lexicon.prepositions, j - 1)) { break }
                    if t.contains(Lexicon.prepositions, j) { words = 0; j += 1; continue }
                    words += 1
                    j += 1
                }
                if j < limit && t.isPunct(j, 0x2C) { return (j + 1 < limit && t.is(j + 1, "that") ? j + 2 : j + 1, true) }
                k = j
                continue
            }
            break
        }
        return (k, false)
    }

    /// "CLAUSE, NAME said [in a statement]." / "CLAUSE, said NAME, a ROLE." / "CLAUSE, according to NAME."
    private func postposed(_ v: Int, _ s: Sentence) -> IndirectCandidate? {
        let limit = s.tokens.upperBound
        let floor = s.tokens.lowerBound
        var comma: Int? = nil
        var phrase: SpeakerPhrase? = nil
        if v > floor, t.isPunct(v - 1, 0x2C), let obj = c.object(after: v, limit: limit) {
            comma = v - 1
            phrase = obj
        } else if let subject = c.subject(before: v, floor: floor) {
            let start = subject.span(c).start
            var j = v - 1
            while j > floor && t.start(j) >= start { j -= 1 }
            if t.isPunct(j, 0x2C) || t.isDash(j) { comma = j; phrase = subject }
        }
        guard let comma, let phrase else { return nil }
        // What follows the verb must be the sentence's tail: a phrase, not a new clause.
        var k = v + 1
        while k < limit && !(t.isPunct(k, 0x2E) || t.isPunct(k, 0x21) || t.isPunct(k, 0x3F)) {
            if t.is(k, "that") || t.tokens[k].kind == .quote { return nil }
            k += 1
        }
        var s0 = clauseStart(floor)
        while s0 < comma && (t.tokens[s0].kind == .quote || t.isDash(s0)) { s0 += 1 }
        guard clauseIsReported(s0, comma) else { return nil }
        return IndirectCandidate(phrase: phrase, verb: v, clause: Span(t.start(s0), t.end(comma - 1)), rule: .reportedAfter)
    }

    /// "CLAUSE, according to NAME." / "According to NAME, CLAUSE."
    private func accordingTo(_ s: Sentence) -> IndirectCandidate? {
        let limit = s.tokens.upperBound
        for k in s.tokens where !c.quoted[k] && t.is(k, "according") && k + 2 < limit && t.is(k + 1, "to") {
            guard let phrase = c.object(after: k + 1, limit: limit) else { return nil }
            let phraseEnd = phrase.span(c).end
            var clause: Range<Int>
            if k == s.tokens.lowerBound {
                var start = k + 2
                while start < limit && t.end(start) <= phraseEnd { start += 1 }
                if start < limit && t.isPunct(start, 0x2C) { start += 1 }
                var end = limit
                while end > start && (t.tokens[end - 1].kind == .punct || t.tokens[end - 1].kind == .quote) { end -= 1 }
                clause = start..<end
            } else {
                guard t.isPunct(k - 1, 0x2C) else { return nil }
                var start = clauseStart(s.tokens.lowerBound)
                while start < k && (t.tokens[start].kind == .quote || t.isDash(start)) { start += 1 }
                clause = start..<(k - 1)
            }
            guard clause.count > 0, clauseIsReported(clause.lowerBound, clause.upperBound) else { return nil }
            return IndirectCandidate(phrase: phrase, verb: k, clause: Span(t.start(clause.lowerBound), t.end(clause.upperBound - 1)), rule: .accordingTo)
        }
        return nil
    }

    /// Where a sentence's own words begin: after the dateline when it opens the story.
    private func clauseStart(_ k: Int) -> Int {
        guard let dateline = c.article.dateline else { return k }
        var j = k
        while j < t.tokens.count && t.start(j) < dateline.whole.end && t.start(j) >= dateline.whole.start { j += 1 }
        return j
    }

    /// The person or organisation a sentence opens with (after any title), before a token.
    private func sentenceSubject(_ s: Sentence, before v: Int) -> SpeakerPhrase? {
        var k = s.tokens.lowerBound
        while k < v && k - s.tokens.lowerBound < 6 {
            if c.mentionStarting[k] >= 0 && !c.quoted[k] {
                let m = Int(c.mentionStarting[k])
                return c.mentions[m].type == .person || c.mentions[m].type == .organization ? .mention(m) : nil
            }
            guard t.isCapitalized(k) || t.contains(Lexicon.roles, k) || t.contains(Lexicon.roleModifiers, k) || t.isPunct(k, 0x2E) else { return nil }
            k += 1
        }
        return nil
    }

    /// A clause of at least three words that is not mostly quoted text (that is direct speech).
    private func clauseIsReported(_ s: Int, _ e: Int) -> Bool {
        guard e - s >= 3 else { return false }
        var words = 0, quoted = 0
        for k in s..<e where t.isWord(k) || t.tokens[k].kind == .number {
            words += 1
            if c.quoted[k] { quoted += 1 }
        }
        return words >= 3 && quoted * 2 < words
    }
}
