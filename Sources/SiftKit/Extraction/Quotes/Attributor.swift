/// Attributes each quoted span to its speaker with the patterns news uses: the cue after the quote
/// (`"…," Colbourn said` / `"…," said Kristine Berzina, a …`), before it (`Trump said: "…"`),
/// between the two parts of a split quote, `according to X`, a fragment inside reported speech
/// (`She called it "…"`), a quote running on into the next paragraph, and a colon-ended lead-in
/// sentence. Quoted titles, names and scare quotes with no speaker are not quotes.
struct Attributor {
    let c: AttributionContext
    var resolver: SpeakerResolver
    /// Picks one speaker among the candidates the patterns propose.
    let chooser: SpeakerChooser
    /// When set, every quote's candidates are recorded here (for training the chooser).
    var trace: [ChooserTrace]? = nil
    /// Whether quotes tell their resolution in words (what `why quote` shows; a corpus keeps
    /// none, so its analysis does not work them out).
    var explains = true {
        didSet { resolver.explain = explains }
    }
    /// The latest attributed quote or reported speech: a quote with no cue of its own may continue it.
    private var lastAttribution: (quote: Quote, sentence: Int)? = nil
    /// Per sentence, computed once however many quotes it holds (a line of 100,000 quote marks
    /// must not cost 100,000 scans of it): its first reporting verb, its "according to X", and
    /// its speech verbs outside quotation marks.
    private var firstReportingVerb: [Int: Int?] = [:]
    private var boundaryAfterFirstVerb: [Int: Int?] = [:]
    private var accordingToIn: [Int: (SpeakerPhrase, Span)?] = [:]
    private var speechVerbsIn: [Int: [Int]] = [:]

    init(_ c: AttributionContext, chooser: SpeakerChooser = .trained, ranker: AntecedentRanker = .trained) {
        self.c = c
        self.chooser = chooser
        resolver = SpeakerResolver(c, ranker: ranker)
    }

    /// Attributes every quoted span and resolves every piece of reported speech, in text order, so
    /// that "he" can mean whoever spoke last, quoted or not.
    mutating func run(indirect: [IndirectCandidate]) -> [Quote] {
        var quotes: [Quote] = []
        var previous: (quote: Quote, span: QuoteSpan)? = nil
        var pending = indirect[...]
        var cues: Set<Int> = []  // where the speech verbs of quotes start: not reported speech too
        func flushIndirect(before token: Int) {
            while let next = pending.first, next.verb < token {
                pending.removeFirst()
                if cues.contains(c.t.start(next.verb)) { continue }
                let (speaker, why) = resolver.resolve(next.phrase, at: next.verb)
                guard speaker != nil else { continue }
                resolver.note(speaker, at: next.verb)
                let sentence = Int(c.sentenceOf[next.verb])
                quotes.append(Quote(text: next.clause, kind: .indirect, paragraph: c.article.sentences[Int(c.sentenceOf[next.verb])].paragraph,
                                    sentence: Int(c.sentenceOf[next.verb]), speaker: speaker, speakerSpan: next.phrase.span(c),
                                    cue: c.t.tokens[next.verb].span, rule: next.rule, resolution: why, speakerRole: next.phrase.role(c)))
                lastAttribution = (quotes[quotes.count - 1], sentence)
            }
        }
        for q in c.spans {
            flushIndirect(before: q.open)
            guard var quote = attribute(q, previous: previous) else { continue }
            if quote.speaker == nil && quote.kind == .partial && quote.speakerSpan == nil { continue }
            resolver.note(quote.speaker, at: q.open)
            if let cue = quote.cue, quote.kind == .direct { cues.insert(cue.start) }
            if quote.speaker != nil { lastAttribution = (quote, Int(c.sentenceOf[q.close ?? q.open])) }
            quote.text = trimmed(quote.text)
            if quote.text.isEmpty { continue }
            quotes.append(quote)
            previous = (quote, q)
        }
        flushIndirect(before: Int.max)
        return quotes
    }

    /// The span without surrounding white space.
    private func trimmed(_ s: Span) -> Span {
        c.article.bytes.withUnsafeBufferPointer { Text.trimSpace($0, s) }
    }

    // MARK: - One quote

    private mutating func attribute(_ q: QuoteSpan, previous: (quote: Quote, span: QuoteSpan)?) -> Quote? {
        let t = c.t
        let s0 = Int(c.sentenceOf[q.open])
        let startSentence = c.article.sentences[s0]
        let lastToken = q.close ?? lastTokenInside(q)
        let s1 = Int(c.sentenceOf[lastToken])
        let endSentence = c.article.sentences[s1]
        let direct = isDirectShape(q, startSentence: startSentence, endSentence: endSentence)
        if isName(q, sentence: startSentence) { return nil }

        let quote = Quote(text: q.text, kind: direct ? .direct : .partial, paragraph: q.firstParagraph, sentence: s0,
                          speaker: nil, speakerSpan: nil, cue: nil, rule: .none, resolution: nil)

        // Every pattern that matches proposes a candidate, and every pattern is tried; the chooser
        // then picks one.
        var candidates: [SpeakerCandidate] = []
        resolver.explain = false
        // Several patterns may read the same "he": resolve it once per quote (who spoke last does
        // not change while one quote is attributed).
        var pronouns: [Int: (SpeakerRef?, String?)] = [:]
        func propose(_ phrase: SpeakerPhrase, cue: Span?, rule: AttributionRule, at position: Int, cueToken: Int? = nil) {
            if let v = cueToken, isNounCue(v, after: phrase) { return }
            let (speaker, why): (SpeakerRef?, String?)
            if case .pronoun(let k) = phrase {
                if let known = pronouns[k] { (speaker, why) = known } else {
                    (speaker, why) = resolver.resolve(phrase, at: position)
                    pronouns[k] = (speaker, why)
                }
            } else {
                (speaker, why) = resolver.resolve(phrase, at: position)
            }
            let noCue = rule == .colonLabel || rule == .precedingSubject || rule == .characterization
            let candidate = SpeakerCandidate(speaker: speaker, speakerSpan: phrase.span(c), cue: noCue ? nil : cue, rule: rule,
                                             resolution: why, phrase: phrase, cueToken: noCue ? nil : cueToken, position: position,
                                             speakerRole: phrase.role(c))
            guard speaker != nil || isAnonymous(phrase) || candidate.isUnresolvedPronoun else { return }
            candidates.append(candidate)
        }

        // After the quote: ", Marsh said" / ", said Marsh" / ", according to Marsh".
        if let close = q.close {
            var j = close + 1
            var skipped = 0
            while j < endSentence.tokens.upperBound && skipped < 2 && (t.isPunct(j, 0x2C) || t.isDash(j) || t.isPunct(j, 0x3B)) { j += 1; skipped += 1 }
            let limit = endSentence.tokens.upperBound
            // `"…" ― Sonya Herridge`: a name after a dash, closing the paragraph.
            let paragraphEnd = c.article.paragraphs[q.lastParagraph].tokens.upperBound
            if close + 2 < paragraphEnd, t.isDash(close + 1), c.mentionStarting[close + 2] >= 0 {
                let m = Int(c.mentionStarting[close + 2])
                if c.mentions[m].type != .place { propose(.mention(m), cue: t.tokens[close + 1].span, rule: .dashSignature, at: close + 2) }
            }
            if j < limit {
                // (With no punctuation, only a name may follow: `the "disheartened" state of the
                // party` has no cue.)
                var last = close - 1  // (the first half of a closing '' is a mark too)
                while last > q.open && t.tokens[last].kind == .quote { last -= 1 }
                let punctuated = skipped > 0 || last > q.open && (t.tokens[last].kind == .punct || t.isDash(last))
                if c.isSpeechVerb(j), let obj = c.object(after: j, limit: limit), punctuated || !obj.isDescription { propose(obj, cue: t.tokens[j].span, rule: .inverted, at: j, cueToken: j) }
                if let (phrase, cue) = accordingTo(at: j, limit: limit) { propose(phrase, cue: cue, rule: .accordingTo, at: j) }
                // The speaker must come right after the quote: not "…," when Clinton blasted him.
                if let v = verbAfterSubject(from: j, limit: limit) {
                    if let subject = c.subject(before: v, floor: j), subject.span(c).start <= t.start(j) { propose(subject, cue: t.tokens[v].span, rule: .postposed, at: j, cueToken: v) }
                    // `"…" for Clinton, said Kunin`: an inverted cue after a short phrase.
                    if v - 1 >= j, t.isPunct(v - 1, 0x2C), let obj = c.object(after: v, limit: limit) { propose(obj, cue: t.tokens[v].span, rule: .inverted, at: j, cueToken: v) }
                }
            }
        }
        // A fragment inside reported speech belongs to the outermost reporter: "Trump said … that
        // Clinton once described the deal as "the gold standard"" is Trump's account.
        if !direct, let v = outermostReportingVerb(before: q.open, sentence: s0),
           let subject = c.subject(before: v, floor: startSentence.tokens.lowerBound) { propose(subject, cue: t.tokens[v].span, rule: .embedded, at: v, cueToken: v) }
        // Before the quote: "Trump said: "…"", "She called the ceasefire "…"", "told reporters "…"".
        if let v = verbBefore(q.open, floor: startSentence.tokens.lowerBound) {
            if let subject = c.subject(before: v, floor: startSentence.tokens.lowerBound) { propose(subject, cue: t.tokens[v].span, rule: direct ? .preposed : .embedded, at: v, cueToken: v) }
            // "Said Marsh: "…"", "explained Rosenberg, "…"": the name after the verb, right before the quote.
            if let obj = c.object(after: v, limit: q.open), obj.span(c).end <= t.start(q.open),
               q.open - 1 > v, t.isPunct(q.open - 1, 0x2C) || t.isPunct(q.open - 1, 0x3A) { propose(obj, cue: t.tokens[v].span, rule: .preposed, at: v, cueToken: v) }
            // "Carson shared a syllabus, writing "…"", "Silverman … and joked, "…"": the verb's
            // subject is the sentence's.
            // (Not when a clause of its own comes between: "Kerr called Vance a … after she
            // criticised the budget and blamed rising crime on "…"" is hers.)
            // (Nor when the verb has a name of its own for subject: "…, while the Harbour Party criticised "…"".)
            let own = c.subject(before: v, floor: startSentence.tokens.lowerBound)
            if let m = subjectMention(of: startSentence), c.mentions[m].tokens.upperBound <= v,
               !hasSubjectPronoun(in: c.mentions[m].tokens.upperBound..<v),
               !(own.map({ if case .mention(let o) = $0 { return c.mentions[o].entity != c.mentions[m].entity } else { return false } }) ?? false) {
                propose(.mention(m), cue: t.tokens[v].span, rule: .sentenceSubjectCue, at: v, cueToken: v)
            }
        }
        // "Michael P. McDonald: "…"", "Here's Clinton in December 1992: "…"": a name before a colon.
        if q.open > startSentence.tokens.lowerBound, t.isPunct(q.open - 1, 0x3A),
           let m = firstPersonOrBody(in: mainClauseStart(startSentence, before: q.open - 1)..<(q.open - 1)) { propose(.mention(m), cue: t.tokens[q.open - 1].span, rule: .colonLabel, at: q.open) }
        if let (phrase, cue) = accordingToAnywhere(sentence: s0) {
            propose(phrase, cue: cue, rule: .accordingTo, at: q.open)
        }
        // A speech verb elsewhere in the sentence: the fragment belongs to its speaker.
        for sentence in Set([s0, s1]).sorted() {
            let s = c.article.sentences[sentence]
            // The verbs near the quote (found by bisection): a sentence of thousands of quotes must
            // not cost each of them every verb.
            let verbs = speechVerbs(sentence: sentence)
            var lo = 0, hi = verbs.count
            while lo < hi { let mid = (lo + hi) / 2; if verbs[mid] < q.open - 80 { lo = mid + 1 } else { hi = mid } }
            for v in verbs[lo...].prefix(while: { $0 <= q.open + 80 }) where !(q.open...(q.close ?? lastToken)).contains(v) {
                // Not a verb whose clause ends before another speaker's begins ("X said …, while Y
                // criticised "…"").
                // (Within the window of verbs near the quote: a sentence of thousands of quotes
                // stays linear.)
                if v < q.open, let boundary = ((v + 1)..<q.open).first(where: { Self.isClauseBoundary(t, $0) }),
                   verbs[lo...].prefix(while: { $0 < q.open }).contains(where: { $0 > boundary }) { continue }
                if let subject = c.subject(before: v, floor: s.tokens.lowerBound) { propose(subject, cue: t.tokens[v].span, rule: .embedded, at: v, cueToken: v) }
            }
        }
        // No cue in the sentence: the second part of a split quote, a quote after "…, Schiff said.",
        // a quote running on from the paragraph before, a colon-ended lead-in, or the person the
        // sentence before is about.
        func inherit(_ from: Quote, _ rule: AttributionRule) {
            candidates.append(SpeakerCandidate(speaker: from.speaker, speakerSpan: from.speakerSpan, cue: from.cue, rule: rule,
                                               resolution: from.resolution, phrase: nil, cueToken: nil, position: nil, speakerRole: from.speakerRole))
        }
        if let (last, sentence) = lastAttribution, c.article.sentences[sentence].paragraph == q.firstParagraph, s0 - sentence <= 1 {
            inherit(last, last.kind == .indirect ? .precedingSentence : .split)
        }
        if let (prev, prevSpan) = previous, prev.speaker != nil, prevSpan.lastParagraph + 1 == q.firstParagraph, opensParagraph(q),
           endsParagraph(prevSpan) {
            inherit(prev, .continuation)
        }
        if s0 > 0, opensSentence(q, startSentence) {
            let prev = c.article.sentences[s0 - 1]
            let body = c.article.paragraphs[prev.paragraph].kind == .body
            if body, let last = prev.tokens.last, t.isPunct(last, 0x3A) {
                if let v = verbBefore(last + 1, floor: prev.tokens.lowerBound),
                   let subject = c.subject(before: v, floor: prev.tokens.lowerBound) { propose(subject, cue: t.tokens[v].span, rule: .colonLead, at: v, cueToken: v) }
                if let m = subjectMention(of: prev) { propose(.mention(m), cue: t.tokens[last].span, rule: .colonLead, at: last) }
            }
            if body, prev.paragraph == q.firstParagraph || prev.paragraph + 1 == q.firstParagraph && opensParagraph(q),
               let m = subjectMention(of: prev).flatMap({ c.mentions[$0].type == .person ? $0 : nil }) ?? onlyPerson(in: prev) { propose(.mention(m), cue: c.mentions[m].span, rule: .precedingSubject, at: q.open) }
        }
        if let (last, sentence) = lastAttribution, c.article.sentences[sentence].paragraph == q.firstParagraph, s0 - sentence <= 3, s0 - sentence > 1 {
            inherit(last, last.kind == .indirect ? .precedingSentence : .split)
        }
        // "Orlov has spent weeks describing the governor as a "fraud"": a characterisation, the subject's words.
        if !direct, characterizes(q.open, floor: startSentence.tokens.lowerBound), let m = subjectMention(of: startSentence),
           c.mentions[m].tokens.upperBound <= q.open { propose(.mention(m), cue: c.mentions[m].span, rule: .characterization, at: q.open) }
        var chosen: Int? = nil
        var out = chooser.choose(candidates, for: quote, q, features: ChooserContext(c: c, quote: q, previous: previous?.quote,
                                                                                     last: lastAttribution?.quote), trace: &trace, chosen: &chosen)
        // Only the chosen candidate's resolution is told, so only it is worked out in words.
        resolver.explain = explains
        if explains, let i = chosen, let phrase = candidates[i].phrase, let position = candidates[i].position {
            out.resolution = resolver.resolve(phrase, at: position).1
        }
        return out
    }

    /// The person or organisation a sentence opens with: what it is about.
    private func subjectMention(of s: Sentence) -> Int? {
        let first = mainClauseStart(s, before: s.tokens.upperBound)
        var k = first
        while k < s.tokens.upperBound && k - first < 8 {
            if c.quoted[k] || c.t.tokens[k].kind == .quote { return nil }
            let m = c.mentionStarting[k]
            if m >= 0 {
                let type = c.mentions[Int(m)].type
                // "Senate Majority Whip Dana Orlov": the chamber is part of the person's title.
                if type != .person, Int(m) + 1 < c.mentions.count, c.mentions[Int(m) + 1].type == .person,
                   let title = c.mentions[Int(m) + 1].title, title.start <= c.mentions[Int(m)].span.start {
                    return Int(m) + 1
                }
                return type == .person || type == .organization ? Int(m) : nil
            }
            if c.t.isPunct(k, 0x2C) && k - first > 5 { return nil }
            k += 1
        }
        return nil
    }

    /// Whether a quote ends its paragraph, but for its attribution and a clause after it.
    private func endsParagraph(_ q: QuoteSpan) -> Bool {
        guard let close = q.close else { return true }
        let para = c.article.paragraphs[q.lastParagraph]
        var k = close + 1
        var words = 0
        while k < para.tokens.upperBound {
            if c.t.tokens[k].kind == .quote { return false }
            if c.t.isWord(k) { words += 1 }
            k += 1
        }
        return words <= 25
    }

    /// Whether a subject pronoun ("he", "she", "they") opens a clause in the range, outside quotes.
    private func hasSubjectPronoun(in r: Range<Int>) -> Bool {
        r.contains { k in !c.quoted[k] && c.t.isWord(k) && c.t.isAny(k, WordLists.subjectPronouns) }
    }

    /// "… as a "…"", "… as "…"": a quote that names what someone was called.
    private func characterizes(_ open: Int, floor: Int) -> Bool {
        var k = open - 1
        if k >= floor && c.t.isAny(k, WordLists.articles) { k -= 1 }
        return k >= floor && c.t.is(k, "as")
    }

    /// The first person or organisation named (outside quotes) in a token range.
    private func firstPersonOrBody(in r: Range<Int>) -> Int? {
        for k in r where !c.quoted[k] && c.mentionStarting[k] >= 0 {
            let m = Int(c.mentionStarting[k])
            if c.mentions[m].type == .person || c.mentions[m].type == .organization { return m }
        }
        return nil
    }

    /// Where the main clause of a sentence starts: after an opening phrase or clause and its
    /// comma ("With builders worried about Mendes's plan, Governor Osei …"), else its first token.
    private func mainClauseStart(_ s: Sentence, before end: Int) -> Int {
        let first = s.tokens.lowerBound
        guard first < end, c.t.isCapitalized(first),
              c.t.contains(Lexicon.prepositions, first) || c.t.contains(Lexicon.subordinators, first) else { return first }
        var k = first + 1
        while k < end && k - first <= 40 {
            if c.quoted[k] || c.t.tokens[k].kind == .quote { return first }
            if c.t.isPunct(k, 0x2C) { return k + 1 }
            k += 1
        }
        return first
    }

    /// The only person the sentence names outside quotes, if it names exactly one.
    private func onlyPerson(in s: Sentence) -> Int? {
        var found: Int? = nil
        for k in s.tokens where !c.quoted[k] && c.mentionStarting[k] >= 0 {
            let m = Int(c.mentionStarting[k])
            guard c.mentions[m].type == .person else { continue }
            if let f = found, c.mentions[f].entity != c.mentions[m].entity { return nil }
            found = m
        }
        return found
    }

    private func lastTokenInside(_ q: QuoteSpan) -> Int {
        var k = q.open
        while k + 1 < c.article.tokens.count && Int(c.article.tokens[k + 1].end) <= q.text.end { k += 1 }
        return k
    }

    private func isAnonymous(_ phrase: SpeakerPhrase) -> Bool {
        if case .description = phrase { return true }
        return false
    }

    // MARK: - Shapes

    private func opensSentence(_ q: QuoteSpan, _ s: Sentence) -> Bool {
        var k = s.tokens.lowerBound
        while k < q.open && (c.t.isPunct(k, 0x28) || c.t.isDash(k)) { k += 1 }
        return k == q.open
    }

    private func opensParagraph(_ q: QuoteSpan) -> Bool {
        q.open == c.article.paragraphs[q.firstParagraph].tokens.lowerBound
    }

    /// A quoted sentence or clause: it opens its sentence or follows a cue's colon or comma, or it
    /// holds a whole sentence; and nothing but an attribution or the sentence's end follows it.
    private func isDirectShape(_ q: QuoteSpan, startSentence: Sentence, endSentence: Sentence) -> Bool {
        let t = c.t
        let before = q.open > startSentence.tokens.lowerBound ? q.open - 1 : -1
        let startsClause = opensSentence(q, startSentence) || (before >= 0 && (t.isPunct(before, 0x3A) || t.isPunct(before, 0x2C)))
        let spansSentences = c.sentenceOf[q.open] != c.sentenceOf[q.close ?? lastTokenInside(q)] || q.reopenings.count > 0
        // `Clinton Said "We are stronger together."`: a capitalised sentence right after its cue,
        // or after its cue and the one it is said to (`Mark Olsen told Jacob Reyes "I will …."`, `told them "…."`).
        var cue = before
        if before >= 0, !c.isSpeechVerb(before) {
            if c.mentionEnding[before] >= 0 { cue = c.mentions[Int(c.mentionEnding[before])].tokens.lowerBound - 1 }
            else if t.isAny(before, WordLists.listeners) && !t.is(before, "the") { cue = before - 1 }
            if cue < startSentence.tokens.lowerBound || !t.contains(Lexicon.objectVerbs, cue) { cue = before }
        }
        let afterCue = cue >= 0 && c.isSpeechVerb(cue) && q.open + 1 < c.t.tokens.count && t.isCapitalized(q.open + 1)
            && q.close.map { $0 - 1 > q.open && (t.isPunct($0 - 1, 0x2E) || t.isPunct($0 - 1, 0x3F) || t.isPunct($0 - 1, 0x21)) } == true
        return startsClause || spansSentences || afterCue
    }

    /// Quoted titles and names: "The Ingraham Angle" after a possessive or before "show"; a name
    /// given with a naming verb ("residents call "the Wall"").
    private func isName(_ q: QuoteSpan, sentence: Sentence) -> Bool {
        let t = c.t
        guard let close = q.close, c.sentenceOf[close] == c.sentenceOf[q.open] else { return false }
        // A title may end with the sentence's comma or full stop, inside the marks (US style).
        var innerEnd = close
        if innerEnd - 1 > q.open && (t.isPunct(innerEnd - 1, 0x2C) || t.isPunct(innerEnd - 1, 0x2E)) { innerEnd -= 1 }
        let inner = (q.open + 1)..<innerEnd
        let words = inner.filter { t.isWord($0) || t.tokens[$0].kind == .number }
        guard !words.isEmpty, words.count <= 8 else { return false }
        if inner.contains(where: { t.isPunct($0, 0x2E) || t.isPunct($0, 0x21) || t.isPunct($0, 0x3F) || t.isPunct($0, 0x2C) }) { return false }
        let before = q.open - 1
        let floor = sentence.tokens.lowerBound
        // "Dana Cole thinks that the plan is "brave"": one word after a copula in what someone thinks.
        if words.count == 1, before >= floor, t.isAny(before, WordLists.copulas),
           let verb = (max(floor, before - 40)..<before).last(where: { t.isWord($0) && (c.isSpeechVerb($0) || t.isAny($0, WordLists.cognitionVerbs)) }),
           t.isAny(verb, WordLists.cognitionVerbs) { return true }
        // Named with a naming verb, right before the quote: "call "the Wall"", "so-called "loopholes"",
        // "known as the "Buffett rule"".
        if before >= floor && t.contains(Lexicon.namingVerbs, before) && words.count <= 5 { return true }
        var b = before
        if b >= floor && t.isAny(b, WordLists.articles) { b -= 1 }
        if b - 1 >= floor && t.is(b, "as") && t.contains(Lexicon.namingVerbs, b - 1) && words.count <= 5 { return true }
        // A work named after its kind: "his 2002 book, "…"", "the anthem "…"", "the documentary, "13th,"".
        var w = before
        var looked = 0
        while w >= floor && looked < 3 && (t.isPunct(w, 0x2C) || t.tokens[w].kind == .number || t.possessiveLength(w) > 0 && !t.contains(Lexicon.workNouns, w)) {
            w -= 1
            looked += 1
        }
        let long = words.filter { t.tokens[$0].length >= 4 }
        let titleCase = (t.isCapitalized(words[0]) || t.tokens[words[0]].kind == .number)
            && long.allSatisfy { t.isCapitalized($0) || t.tokens[$0].kind == .number }
        if w >= floor && t.contains(Lexicon.workNouns, w) && titleCase { return true }
        // A nickname inside a name: Marcia "Cia" Price.
        if words.count == 1, before >= floor, t.isCapitalized(before), close + 1 < sentence.tokens.upperBound, t.isCapitalized(close + 1),
           t.isCapitalized(words[0]) { return true }
        guard titleCase, t.isCapitalized(words[0]) else { return false }
        if before >= sentence.tokens.lowerBound && (t.possessiveLength(before) > 0 || t.isAny(before, WordLists.titleLeads)
            || (t.isAny(before, WordLists.articles) && words.count >= 2)) { return true }
        // "his favorite book is "One Hundred Years of Solitude"": a title after a copula.
        if before >= sentence.tokens.lowerBound && t.isAny(before, WordLists.copulas) && words.count >= 3 { return true }
        if close + 1 < sentence.tokens.upperBound && t.contains(Lexicon.workNouns, close + 1) { return true }
        return false
    }

    // MARK: - Cues

    /// A speech verb after a speaker starting at `j`: "Marsh said", "Ben Hodges, the …, said",
    /// "the foreign secretary told", "he added". Stops at another quote or the sentence's end.
    private func verbAfterSubject(from j: Int, limit: Int) -> Int? {
        var k = j
        var depth = 0
        while k < limit && k - j <= 40 {
            if c.t.tokens[k].kind == .quote || c.quoted[k] { return nil }
            if c.t.isPunct(k, 0x28) { depth += 1 }
            if c.t.isPunct(k, 0x29) { depth -= 1 }
            if depth == 0 && c.isSpeechVerb(k) && k > j { return k }
            if depth == 0 && (c.t.isPunct(k, 0x2E) || c.t.isPunct(k, 0x3B)) { return nil }
            k += 1
        }
        return nil
    }

    /// The nearest speech verb before a quote's opening mark in the same sentence, with no other
    /// quote between them.
    private func verbBefore(_ open: Int, floor: Int) -> Int? {
        var k = open - 1
        while k >= floor && open - k <= 25 {
            if c.t.tokens[k].kind == .quote || c.quoted[k] { return nil }
            if c.isSpeechVerb(k) { return k }
            k -= 1
        }
        return nil
    }

    /// "a new campaign message: "…"": a cue word in its bare form right after a singular noun
    /// is a noun, and the words before it are its modifiers, not a speaker ("officials message"
    /// or "police say" would be a plural subject; "a spokesman would say" has its auxiliary).
    private func isNounCue(_ v: Int, after subject: SpeakerPhrase) -> Bool {
        guard case .description(let r) = subject, r.upperBound == v, v > r.lowerBound else { return false }
        let t = c.t, head = v - 1
        guard t.isLowerWord(head), let lemma = t.lookup(TextLexicon.speechVerbs, v),
              t.string(v).lowercased() == lemma, lemma != "read" else { return false }
        return !t.string(head).lowercased().hasSuffix("s") && !t.contains(Lexicon.unmarkedPlurals, head)
            && !t.contains(Lexicon.auxiliaries, head)
    }

    /// The first reporting verb ("said", "told", "warned") of a sentence, before a quote.
    private mutating func outermostReportingVerb(before open: Int, sentence: Int) -> Int? {
        if firstReportingVerb[sentence] == nil {
            let s = c.article.sentences[sentence]
            firstReportingVerb[sentence] = s.tokens.first {
                !c.quoted[$0] && c.t.tokens[$0].kind != .quote && c.isSpeechVerb($0) && c.t.contains(Lexicon.reportingVerbs, $0)
            }
        }
        guard let v = firstReportingVerb[sentence]!, v < open else { return nil }
        // "The Greens said …, while Ann Bell criticised "reckless" promises": another
        // speaker's clause comes between, and the fragment is theirs. (The first boundary after
        // the verb is found once per sentence.)
        if boundaryAfterFirstVerb[sentence] == nil {
            let t = c.t
            boundaryAfterFirstVerb[sentence] = ((v + 1)..<c.article.sentences[sentence].tokens.upperBound).first(where: { Self.isClauseBoundary(t, $0) })
        }
        if let boundary = boundaryAfterFirstVerb[sentence]!, boundary < open { return nil }
        return v
    }

    /// A comma before "while", "whereas" or "but": another clause, perhaps another speaker's, begins.
    /// (Static, so that a search over tokens does not copy the attributor for every token.)
    private static func isClauseBoundary(_ t: TokenText, _ k: Int) -> Bool {
        t.isPunct(k, 0x2C) && k + 1 < t.tokens.count && (t.is(k + 1, "while") || t.is(k + 1, "whereas") || t.is(k + 1, "but"))
    }

    /// The speech verbs of a sentence outside quotation marks.
    private mutating func speechVerbs(sentence: Int) -> [Int] {
        if let known = speechVerbsIn[sentence] { return known }
        let found = c.article.sentences[sentence].tokens.filter { !c.quoted[$0] && c.isSpeechVerb($0) }
        speechVerbsIn[sentence] = found
        return found
    }

    /// "according to NAME" starting at `j`.
    private func accordingTo(at j: Int, limit: Int) -> (SpeakerPhrase, Span)? {
        guard j + 2 < limit, c.t.is(j, "according"), c.t.is(j + 1, "to") else { return nil }
        guard let phrase = c.object(after: j + 1, limit: limit) else { return nil }
        return (phrase, Span(c.t.start(j), c.t.end(j + 1)))
    }

    private mutating func accordingToAnywhere(sentence: Int) -> (SpeakerPhrase, Span)? {
        if let known = accordingToIn[sentence] { return known }
        let s = c.article.sentences[sentence]
        var found: (SpeakerPhrase, Span)? = nil
        for k in s.tokens where !c.quoted[k] && c.t.is(k, "according") {
            if let f = accordingTo(at: k, limit: s.tokens.upperBound) { found = f; break }
        }
        accordingToIn[sentence] = .some(found)
        return found
    }
}
