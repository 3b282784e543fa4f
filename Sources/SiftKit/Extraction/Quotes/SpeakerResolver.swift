/// Turns the words that name a speaker into who it is: a name into its entity, a pronoun into the
/// person it stands for (gender, recency, who has been speaking), a description ("the foreign
/// secretary", "the Ukrainian leader") into the person the article introduced with that role, and
/// an anonymous source ("US officials") into a description of the group.
struct SpeakerResolver {
    let c: AttributionContext
    /// Speakers attributed so far, with the token where each quote started (most recent last).
    var recent: [(speaker: SpeakerRef, token: Int)] = []
    /// Whether to say how a speaker was resolved (only the chosen candidate's account is kept, so
    /// the others are resolved without building it).
    var explain = true
    /// Ranks the people a pronoun or a description may stand for.
    let ranker: AntecedentRanker
    /// When set, every ranking is recorded here, and every name is also ranked as if it were a
    /// pronoun (for training the ranker).
    var log: AntecedentLog? = nil

    init(_ c: AttributionContext, ranker: AntecedentRanker = .trained) { self.c = c; self.ranker = ranker }

    mutating func note(_ speaker: SpeakerRef?, at token: Int) {
        if let speaker { recent.append((speaker, token)) }
    }

    func resolve(_ phrase: SpeakerPhrase, at position: Int) -> (SpeakerRef?, String?) {
        switch phrase {
        case .mention(let m):
            let mention = c.mentions[m]
            guard mention.entity >= 0 else { return (nil, nil) }
            traceAsPronoun(m)
            guard explain else { return (.entity(mention.entity), nil) }
            let name = c.entities[mention.entity].name
            let written = c.article.text(mention.span)
            let note = written == name ? nil : "“\(written)” → \(name): \(mention.evidence == .alias ? "a surname used with the full name earlier" : "the same entity as the fullest name in the article")"
            return (.entity(mention.entity), note)
        case .pronoun(let k):
            return resolvePronoun(k)
        case .description(let r):
            return resolveDescription(r, at: position)
        }
    }

    // MARK: - Pronouns

    private func resolvePronoun(_ k: Int) -> (SpeakerRef?, String?) {
        guard let cls = c.t.lookup(Lexicon.pronouns, k) else { return (nil, nil) }
        switch cls {
        case .male, .female:
            let wanted: Gender = cls == .male ? .male : .female
            guard let (e, why, _, _) = bestPerson(before: k, gender: wanted) else { return (nil, nil) }
            return (.entity(e), explain ? "pronoun ‘\(c.t.string(k).lowercased())’ → \(c.entities[e].name): \(why)" : nil)
        case .neuter:
            guard let e = recentEntity(before: k, type: .organization, within: 3) else { return (nil, nil) }
            return (.entity(e), explain ? "pronoun ‘it’ → \(c.entities[e].name): nearest organisation" : nil)
        case .plural:
            if let last = recent.last, c.sentenceOf[last.token] >= c.sentenceOf[k] - 2, !last.speaker.isEntity {
                return (last.speaker, explain ? "pronoun ‘they’ → the group quoted just before" : nil)
            }
            // "The Harbour Party say they would scrap the levy. They say …": a party or a body that
            // just spoke is "they" in British copy.
            if let last = recent.last, c.sentenceOf[last.token] >= c.sentenceOf[k] - 2, case .entity(let e) = last.speaker,
               c.entities[e].type == .organization {
                return (last.speaker, explain ? "pronoun ‘they’ → \(c.entities[e].name): the organisation quoted just before" : nil)
            }
            return (nil, nil)
        case .first:
            return (nil, nil)
        }
    }

    /// The person a he/she most likely means, ranked by the antecedent ranker over gender, who
    /// was speaking, who was the subject, and recency; with the reasons in words, the score and
    /// whether they were the only candidate.
    private func bestPerson(before k: Int, gender: Gender, excluding excluded: Range<Int>? = nil,
                            kind: AntecedentTrace.Kind = .pronoun) -> (Int, String, Double, alone: Bool)? {
        let candidates = antecedents(before: k, gender: gender, excluding: excluded)
        let features = candidates.map(AntecedentFeatures.features)
        let lastToken = candidates.map { c.mentions[$0.mention].tokens.lowerBound }
        if let log, kind != .name {
            log.entries.append(AntecedentTrace(kind: kind, start: c.t.start(k), candidateNames: candidates.map { c.entities[$0.entity].name },
                                               features: features, lastToken: lastToken, truth: nil))
        }
        guard let (best, scores) = ranker.pick(features, lastToken: lastToken) else { return nil }
        let a = candidates[best]
        return (a.entity, explain ? reasons(a, gender: gender) : "", scores[best], candidates.count == 1)
    }

    /// Why a candidate was chosen, in words (for `why quote`).
    private func reasons(_ a: AntecedentCandidate, gender: Gender) -> String {
        var out = [a.agreement == .match ? "nearest \(gender == .male ? "male" : "female") person" : "nearest person of unknown gender"]
        if a.lastSpeaker != .no { out.append("the last speaker") }
        if a.introducedBefore { out.append("introduced with a role in the sentence before") }
        if a.subject == .sentenceBefore { out.append("the subject of the sentence before") }
        if a.subject == .sameSentence { out.append("the subject of the same sentence") }
        return out.joined(separator: ", ") + ", sentence \(c.mentions[a.mention].sentence + 1)"
    }

    /// When training watches: the ranking a name would have had if the article had written "he"
    /// or "she" there, with the person it names as the right answer.
    private func traceAsPronoun(_ m: Int) {
        guard let log else { return }
        let mention = c.mentions[m]
        guard mention.entity >= 0, c.entities[mention.entity].type == .person else { return }
        let k = mention.tokens.lowerBound
        let candidates = antecedents(before: k, gender: c.entities[mention.entity].gender, excluding: nil)
        guard let truth = candidates.firstIndex(where: { $0.entity == mention.entity && c.mentions[$0.mention].tokens.lowerBound < k }) else { return }
        log.entries.append(AntecedentTrace(kind: .name, start: c.t.start(k), candidateNames: candidates.map { c.entities[$0.entity].name },
                                           features: candidates.map(AntecedentFeatures.features),
                                           lastToken: candidates.map { c.mentions[$0.mention].tokens.lowerBound }, truth: truth))
    }

    /// The people a he/she before token `k` may stand for, with their features: each person
    /// named outside quotes in the eight paragraphs before (and whoever spoke in the six sentences
    /// before), of the wanted gender or of unknown gender.
    private func antecedents(before k: Int, gender: Gender, excluding excluded: Range<Int>?) -> [AntecedentCandidate] {
        let here = Int(c.sentenceOf[k])
        let paragraph = c.article.sentences[here].paragraph
        // The sentence before, in the narrative: a quote of several sentences ("…. …. …," he said)
        // is skipped back over.
        var before = here - 1
        while before >= 0 && before > here - 6 && opensInsideQuote(c.article.sentences[before]) { before -= 1 }
        var lastSeen: [Int: Int] = [:]  // entity → last mention (index) before k, outside quotes
        var order: [Int] = []            // entities, most recently mentioned first
        // Back from the pronoun (mentions are in reading order) to eight paragraphs before it.
        var lo = 0, hi = c.mentions.count
        while lo < hi { let mid = (lo + hi) / 2; if c.mentions[mid].tokens.lowerBound < k { lo = mid + 1 } else { hi = mid } }
        var i = lo - 1
        while i >= 0 {
            let m = c.mentions[i]
            defer { i -= 1 }
            if c.article.sentences[m.sentence].paragraph < paragraph - 8 { break }
            guard !m.inQuote, m.entity >= 0, c.entities[m.entity].type == .person, lastSeen[m.entity] == nil else { continue }
            if let excluded, excluded.contains(m.tokens.lowerBound) { continue }
            lastSeen[m.entity] = i
            order.append(m.entity)
        }
        // The last person who spoke, and where each person last spoke (a pronoun that was resolved
        // to someone counts as naming them there).
        var lastSpoke: [Int: Int] = [:]
        var lastSpeaker: Int? = nil
        var lastSpeech = 0  // the token where the last speaker last spoke
        for r in recent where r.token < k {
            if case .entity(let e) = r.speaker, c.entities[e].type == .person {
                lastSpoke[e] = Int(c.sentenceOf[r.token])
                if c.sentenceOf[r.token] >= here - 4 { lastSpeaker = e; lastSpeech = r.token }
            }
        }
        for (e, spoke) in lastSpoke.sorted(by: { $0.key < $1.key }) where lastSeen[e] == nil && spoke >= here - 6 {
            if let first = c.entities[e].mentions.first { lastSeen[e] = first; order.append(e) }
        }
        var out: [AntecedentCandidate] = []
        var rank = 0
        for e in order {
            let g = c.entities[e].gender
            if gender != .unknown && g != .unknown && g != gender { continue }
            let i = lastSeen[e]!
            let m = c.mentions[i]
            var last = AntecedentCandidate.LastSpeaker.no
            if e == lastSpeaker {
                // "…, said Batchelder. It's an issue, with Clinton lambasting the plan. "…," she
                // said": someone of that gender named since the last speaker spoke is meant.
                // (Unless a sentence since opens with the pronoun: "She has faced controversies,
                // … meeting Bill Clinton while investigating his wife, Hillary Clinton. She said …"
                // goes on about the last speaker.)
                let named = lastSeen.contains { other, j in
                    other != e && c.mentions[j].tokens.lowerBound > lastSpeech
                        && (gender == .unknown || c.entities[other].gender == gender)
                } && !pronounOpensSentence(gender, after: lastSpeech, before: k)
                last = named ? .someoneNamedSince : .alone
            }
            // `Mr Sullivan "made accounting decisions," he told the court`: the subject of the
            // quoted words is who they are about, not who says them.
            let subjectOfQuote = m.tokens.upperBound < c.t.tokens.count && c.t.tokens[m.tokens.upperBound].kind == .quote
                && m.sentence == here
            var subject = AntecedentCandidate.Subject.no
            if isSentenceSubject(m) && !subjectOfQuote {
                // "Ban Ki-moon condemned what he called …": the subject of the pronoun's own sentence.
                subject = m.sentence == before ? .sentenceBefore : m.sentence == here ? .sameSentence : .earlier
            }
            out.append(AntecedentCandidate(
                entity: e, mention: i,
                agreement: gender == .unknown ? .queryUnknown : g == gender ? .match : .candidateUnknown,
                distance: here - max(m.sentence, lastSpoke[e] ?? 0),
                lastSpeaker: last,
                // "…, which worries Omar Lindqvist, director of the Eastside Tenants Union. "…," he
                // said": someone just introduced with a role is about to speak.
                introducedBefore: m.appositive != nil && m.sentence == before && e != lastSpeaker,
                subject: subject, recencyRank: rank, mentionCount: c.entities[e].mentions.count,
                sameParagraph: c.article.sentences[m.sentence].paragraph == paragraph,
                hasSpoken: lastSpoke[e] != nil))
            rank += 1
        }
        return out
    }

    /// Whether a sentence's first word is inside a quote.
    private func opensInsideQuote(_ s: Sentence) -> Bool {
        var k = s.tokens.lowerBound
        while k < s.tokens.upperBound && !c.t.tokens[k].isWordLike { k += 1 }
        return k < s.tokens.upperBound && c.quoted[k]
    }

    /// Whether a sentence between tokens `from` and `to` opens with a he/she of `gender`.
    private func pronounOpensSentence(_ gender: Gender, after from: Int, before to: Int) -> Bool {
        guard gender != .unknown else { return false }
        let first = Int(c.sentenceOf[from]) + 1, last = Int(c.sentenceOf[to])
        guard first <= last else { return false }
        for i in first...last {
            let k = c.article.sentences[i].tokens.lowerBound
            guard k < to, c.t.isWord(k), let cls = c.t.lookup(Lexicon.pronouns, k) else { continue }
            if cls == (gender == .male ? .male : .female) { return true }
        }
        return false
    }

    /// Whether a mention opens its sentence (after any title, and after an opening adverbial
    /// such as "On Tuesday," or "At a rally in Florida,"): the sentence is about it.
    private func isSentenceSubject(_ m: Mention) -> Bool {
        let s = c.article.sentences[m.sentence]
        if qualifiesAnothersRole(m) { return false }
        if onlyTitleBefore(s.tokens.lowerBound, m) { return true }
        // "On The Steve Harvey Morning Show on Tuesday, Clinton criticized …"
        // After the comma the name must be followed by its verb ("Clinton criticized"), not
        // sit inside the adverbial or the object ("…, police officer Betty Shelby for …").
        let after = m.tokens.upperBound
        guard c.t.contains(Lexicon.prepositions, s.tokens.lowerBound), after < s.tokens.upperBound, c.t.isLowerWord(after),
              !c.t.contains(Lexicon.prepositions, after), !c.t.contains(Lexicon.determiners, after) else { return false }
        var k = s.tokens.lowerBound + 1
        while k < m.tokens.lowerBound {
            if c.t.isPunct(k, 0x2C), onlyTitleBefore(k + 1, m) { return true }
            k += 1
        }
        return false
    }

    /// Whether only a title stands between token `k` and the mention: role words, their
    /// modifiers, possessives, and names that qualify a role ("Clinton communication director").
    private func onlyTitleBefore(_ start: Int, _ m: Mention) -> Bool {
        var k = start
        while k < m.tokens.lowerBound && (!c.t.isWord(k) || c.t.isLowerWord(k) || c.t.contains(Lexicon.roles, k)
                                           || c.t.contains(Lexicon.roleModifiers, k) || c.t.possessiveLength(k) > 0
                                           || c.t.isPunct(k, 0x2E) || qualifiesRole(k, before: m.tokens.lowerBound)) {
            if c.t.isWord(k) && c.t.isLowerWord(k) && !c.t.contains(Lexicon.roleModifiers, k) && !c.t.contains(Lexicon.roles, k) { return false }
            if c.t.isPunct(k, 0x2C) { return false }
            k += 1
        }
        return k == m.tokens.lowerBound || (m.title.map { c.t.start(k) >= $0.start } ?? false)
    }

    /// "Clinton communication director Jennifer Palmieri": a name that qualifies the role of the
    /// person named right after it, who is the subject.
    private func qualifiesAnothersRole(_ m: Mention) -> Bool {
        var j = m.tokens.upperBound
        while j < c.t.tokens.count && j - m.tokens.upperBound < 4 && c.t.isLowerWord(j) && !c.t.contains(Lexicon.speechVerbWords, j) { j += 1 }
        guard j > m.tokens.upperBound, c.t.contains(Lexicon.roles, j - 1), j < c.t.tokens.count, c.mentionStarting[j] >= 0 else { return false }
        return c.mentions[Int(c.mentionStarting[j])].type == .person
    }

    /// A capitalised word followed, before `end`, by a role word with only words between.
    private func qualifiesRole(_ k: Int, before end: Int) -> Bool {
        guard c.t.isCapitalized(k) else { return false }
        var j = k + 1
        while j < end && c.t.isWord(j) {
            if c.t.contains(Lexicon.roles, j) { return true }
            j += 1
        }
        return false
    }

    /// The latest organisation named before `k` whose name has the word ("authority").
    private func recentOrganization(before k: Int, named word: String) -> Int? {
        for m in c.mentions.reversed() where m.tokens.lowerBound < k && m.entity >= 0 {
            let e = c.entities[m.entity]
            if e.type == .organization && e.name.lowercased().split(separator: " ").contains(Substring(word)) { return m.entity }
        }
        return nil
    }

    private func recentEntity(before k: Int, type: EntityType, within sentences: Int) -> Int? {
        let here = Int(c.sentenceOf[k])
        for m in c.mentions.reversed() where m.tokens.lowerBound < k && !m.inQuote && m.entity >= 0 {
            if here - m.sentence > sentences { break }
            if c.entities[m.entity].type == type { return m.entity }
        }
        return nil
    }

    // MARK: - Descriptions

    private func resolveDescription(_ r: Range<Int>, at position: Int) -> (SpeakerRef?, String?) {
        // Two people speaking together ("Tom Burton and guitarist Nick Hale"): one group of both.
        if let and = r.first(where: { c.t.is($0, "and") }), c.mentionStarting[r.lowerBound] >= 0, c.mentionEnding[r.upperBound - 1] >= 0 {
            let a = c.mentions[Int(c.mentionStarting[r.lowerBound])], b = c.mentions[Int(c.mentionEnding[r.upperBound - 1])]
            if a.tokens.upperBound <= and, a.entity >= 0, b.entity >= 0, a.entity != b.entity {
                let names = "\(c.entities[a.entity].name) and \(c.entities[b.entity].name)"
                return (.group(names), explain ? "two people named together: \(names)" : nil)
            }
        }
        // "Baker said", after "said Brian Baker, a longtime adviser": a surname that is also a role.
        if r.count == 1, c.t.isCapitalized(r.lowerBound), let e = personWithSurname(r.lowerBound, before: position) {
            return (.entity(e), explain ? "“\(c.t.string(r.lowerBound))” → \(c.entities[e].name): the surname of a person named before" : nil)
        }
        var words = r.map { c.t.string($0) }
        if let first = words.first, c.t.contains(Lexicon.determiners, r.lowerBound), words.count > 1, first.lowercased() != "two" {
            words.removeFirst()
        }
        // A name inside ("the Trump administration", "US officials", "Russian diplomats") says
        // who the source is; "analysts", "Two residents", "a spokesman", "the report" say no one,
        // and are one source however the sentence capitalises them.
        func isName(_ k: Int) -> Bool {
            c.mentionStarting[k] >= 0 || c.mentionEnding[k] >= 0 || c.t.tokens[k].flags.contains(.allCaps) || c.t.lookup(Gazetteer.demonyms, k) != nil
        }
        let named = r.contains { c.t.isCapitalized($0) && isName($0) }
        let text = zip(r.suffix(words.count), words).map { k, w in c.t.isCapitalized(k) && !isName(k) ? w.lowercased() : w }.joined(separator: " ")
        var head = r.upperBound - 1
        // "the center's estimates": the possessor is the source.
        if let owner = r.dropLast().first(where: { c.t.possessiveLength($0) > 0 && c.t.isLowerWord($0) }) { head = owner }
        // "a Kremlin statement", "a Trump campaign ad": the organisation named inside speaks.
        if c.t.contains(Lexicon.groupNouns, r.upperBound - 1) || c.t.contains(Lexicon.bodyNouns, r.upperBound - 1),
           let m = r.lazy.compactMap({ k -> Int? in let m = self.c.mentionStarting[k]; return m >= 0 ? Int(m) : nil }).first,
           c.mentions[m].type == .organization, c.mentions[m].entity >= 0 {
            return (.entity(c.mentions[m].entity), explain ? "description “\(c.t.phrase(r.lowerBound, r.upperBound))” → \(c.entities[c.mentions[m].entity].name): the organisation it names" : nil)
        }
        // "a spokesman for Sony", "the report", "a spokesman said": the organisation it speaks for,
        // named in the phrase or just before.
        if c.t.contains(Lexicon.mouthpieces, r.upperBound - 1) || r.contains(where: { c.t.contains(Lexicon.mouthpieces, $0) }) {
            if let m = r.lazy.compactMap({ k -> Int? in let m = self.c.mentionStarting[k]; return m >= 0 ? Int(m) : nil }).first,
               c.mentions[m].entity >= 0, c.mentions[m].type == .organization || c.mentions[m].type == .person {
                return (.entity(c.mentions[m].entity), explain ? "description “\(c.t.phrase(r.lowerBound, r.upperBound))” → \(c.entities[c.mentions[m].entity].name): whom it speaks for" : nil)
            }
            if c.t.contains(Lexicon.mouthpieces, r.upperBound - 1), let e = recentEntity(before: r.lowerBound, type: .organization, within: 2) {
                return (.entity(e), explain ? "description “\(c.t.phrase(r.lowerBound, r.upperBound))” → \(c.entities[e].name): the organisation named just before, which it speaks for" : nil)
            }
        }
        // "the 23-year-old": the person the passage is about, when one clearly is.
        // (Or the one person the last eight paragraphs name: "Ciaran Voss won the heat. The runner set
        // a best. "…," said the 28-year-old.")
        if c.isAge(head), r.count <= 3, let (e, why, score, alone) = bestPerson(before: r.lowerBound, gender: .unknown, excluding: r, kind: .description),
           score >= 2.5 || alone {
            return (.entity(e), explain ? "description “\(c.t.phrase(r.lowerBound, r.upperBound))” → \(c.entities[e].name): a person described by age; \(why)" : nil)
        }
        if c.t.contains(Lexicon.roles, head) && !c.t.contains(Lexicon.groupNouns, head) {
            if let (e, why) = personWithRole(r, before: position) {
                return (.entity(e), explain ? "description “\(c.t.phrase(r.lowerBound, r.upperBound))” → \(c.entities[e].name): \(why)" : nil)
            }
            // Nobody was introduced with that role: an epithet ("the New York businessman", "the
            // former secretary of state") most likely names the person the passage is about.
            let bare = r.count == 2 && c.t.is(r.lowerBound, "the")
            let isEpithet = bare || r.dropLast().contains { c.t.isCapitalized($0) || c.t.contains(Lexicon.epithets, $0) }
            let gender: Gender = c.t.contains(Lexicon.maleTitles, head) ? .male : c.t.contains(Lexicon.femaleTitles, head) ? .female : .unknown
            if isEpithet, let (e, why, score, _) = bestPerson(before: r.lowerBound, gender: gender, excluding: r, kind: .description), score >= (bare ? 3.0 : 1.5) {
                return (.entity(e), explain ? "description “\(c.t.phrase(r.lowerBound, r.upperBound))” → \(c.entities[e].name): no one was introduced with that role; \(why)" : nil)
            }
        }
        // "the authority" → the Riverton Water Authority; "the company" → the nearest organisation.
        if c.t.isLowerWord(head), c.t.contains(Lexicon.organizationHeads, head) || c.t.contains(Lexicon.bodyNouns, head),
           !r.contains(where: { c.t.isCapitalized($0) && !c.t.contains(Lexicon.determiners, $0) }) {
            let word = c.t.string(c.t.start(head), c.t.end(head) - c.t.possessiveLength(head)).lowercased()
            if let e = recentOrganization(before: position, named: word) ?? (c.t.contains(Lexicon.bodyNouns, head) ? recentEntity(before: position, type: .organization, within: 4) : nil) {
                return (.entity(e), explain ? "description “\(c.t.phrase(r.lowerBound, r.upperBound))” → \(c.entities[e].name): the organisation of that kind named before" : nil)
            }
        }
        // "the Trump administration", "US officials": a description with a name in it is a
        // source that says who; "analysts", "a spokesman", "the report" say no one.
        return (named ? .group(text) : .unnamed(text), nil)
    }

    /// The one person named before `position` whose surname is the word at `k`.
    private func personWithSurname(_ k: Int, before position: Int) -> Int? {
        let key = NameKey.key(c.t.string(k))
        guard key.count == 1 else { return nil }
        let found = c.entities.indices.filter { e in
            c.entities[e].type == .person && c.entities[e].nameKey.count >= 2 && c.entities[e].nameKey.last == key[0]
                && c.entities[e].mentions.first.map { c.mentions[$0].tokens.lowerBound < position } == true
        }
        return found.count == 1 ? found[0] : nil
    }

    /// The person the article introduced with this role: "the foreign secretary" → Foreign
    /// Secretary David Lammy; "the Ukrainian leader" → Ukraine's President Volodymyr Zelenskiy.
    private func personWithRole(_ r: Range<Int>, before position: Int) -> (Int, String)? {
        let head = c.t.string(r.upperBound - 1).lowercased()
        let headIsLeader = c.t.contains(Lexicon.leaderRoles, r.upperBound - 1)
        var modifiers: [String] = []
        for k in r.lowerBound..<(r.upperBound - 1) where !c.t.contains(Lexicon.determiners, k) {
            let w = c.t.string(k).lowercased()
            modifiers.append(w)
            if let country = c.t.lookup(Gazetteer.demonyms, k) { modifiers.append(country.lowercased()) }
        }
        var best: (entity: Int, score: Int, position: Int)? = nil
        for (e, entity) in c.entities.enumerated() where entity.type == .person {
            guard let first = entity.mentions.first, c.mentions[first].tokens.lowerBound < position else { continue }
            let hasHead = entity.roleWords.contains(head)
                || (headIsLeader && entity.roleWords.contains { Lexicon.leaderRoles.contains($0) })
            guard hasHead else { continue }
            let score = modifiers.filter { entity.roleWords.contains($0) }.count
            let last = entity.mentions.filter { c.mentions[$0].tokens.lowerBound < position }.map { c.mentions[$0].tokens.lowerBound }.max() ?? 0
            if best == nil || score > best!.score || (score == best!.score && last > best!.position) {
                best = (e, score, last)
            }
        }
        guard let best else { return nil }
        return (best.entity, "the person the article introduced with that role")
    }
}
