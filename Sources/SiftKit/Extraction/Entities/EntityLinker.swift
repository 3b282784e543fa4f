/// Groups an article's mentions into the entities they name: "Putin" after "Russian President
/// Vladimir Putin" is the same person; "Ms. Marsh" is Ellen Marsh, not Tom Marsh; "EU" after
/// "European Union (EU)" is the Union. Different people who share a surname stay apart.
struct EntityLinker {
    let t: TokenText
    let article: Article

    func link(_ mentions: inout [Mention]) -> [LocalEntity] {
        var entities: [LocalEntity] = []
        var byKey: [String: Int] = [:]  // "type|key" → entity
        // The key of each mention's words as written: a new entity's name key, made once.
        let writtenKeys = mentions.map { NameKey.key(t.b, $0.span.start, $0.span.end) }
        // A person's key leaves out leading particles: "De Blasio" is a surname, like "Blasio".
        let keys = mentions.indices.map { i -> [String] in
            var k = writtenKeys[i]
            // A short form the alias table lists ("Lib Dems", "US") is keyed as its entity.
            if let alias = AliasTable.lookup(k), !Self.strongPerson.contains(mentions[i].evidence) {
                mentions[i].type = alias.type
                return alias.key
            }
            if mentions[i].type != .organization && mentions[i].type != .place { while k.count > 1, Lexicon.nameParticles.contains(k[0]) { k.removeFirst() } }
            return k
        }

        func attach(_ m: Int, to e: Int) {
            mentions[m].entity = e
            entities[e].mentions.append(m)
            if mentions[m].type == .person { entities[e].type = .person }
            if entities[e].gender == .unknown { entities[e].gender = mentions[m].gender }
        }
        func create(_ m: Int, key: String) -> Int {
            let e = entities.count
            let name = article.text(mentions[m].span)
            entities.append(LocalEntity(name: name, type: mentions[m].type, nameKey: writtenKeys[m]))
            byKey[key] = e
            attach(m, to: e)
            return e
        }

        // 1. Full names of people, and multi-word names of everything else.
        for (i, m) in mentions.enumerated() where keys[i].count >= 2 {
            if m.type == .person, let e = entities.indices.first(where: { e in
                entities[e].type == .person && entities[e].mentions.contains { j in
                    keys[j].count >= 2 && keys[j].last == keys[i].last && NameKey.sameFirstName(keys[j][0], keys[i][0]) }
            }) {
                attach(i, to: e)
                continue
            }
            let key = m.type == .person ? "person|\(keys[i].first!) \(keys[i].last!)" : "\(m.type.rawValue)|\(keys[i].joined(separator: " "))"
            if let e = byKey[key] { attach(i, to: e) } else { _ = create(i, key: key) }
        }
        // "the Hillary Clinton campaign" (no first-name evidence after "the") beside "Hillary
        // Clinton": the same person, whichever came first.
        for e in entities.indices where entities[e].type == .other && entities[e].nameKey.count >= 2 {
            let key = "person|\(entities[e].nameKey.first!) \(entities[e].nameKey.last!)"
            guard let p = byKey[key], p != e, entities[e].mentions.allSatisfy({ mentions[$0].evidence == .shape }) else { continue }
            for m in entities[e].mentions { mentions[m].type = .person; mentions[m].evidence = .alias; mentions[m].entity = p }
            entities[p].mentions = (entities[p].mentions + entities[e].mentions).sorted()
            entities[e].mentions = []
        }
        if entities.contains(where: { $0.mentions.isEmpty }) {
            entities.removeAll { $0.mentions.isEmpty }
            byKey = [:]
            for (e, entity) in entities.enumerated() {
                for m in entity.mentions { mentions[m].entity = e }
                if let m = entity.mentions.first {
                    let k = keys[m]
                    byKey[entity.type == .person && k.count >= 2 ? "person|\(k.first!) \(k.last!)" : "\(entity.type.rawValue)|\(k.joined(separator: " "))"] = e
                }
            }
        }
        // People by surname, for the short mentions.
        var bySurname: [String: [Int]] = [:]
        for (e, entity) in entities.enumerated() where entity.type == .person {
            if let s = NameKey.surname(entity.nameKey) { bySurname[s, default: []].append(e) }
        }
        // "Rakeyia Scott" beside "Keith Lamont Scott": a name that ends in a known person's
        // surname is a person too (a relative), though a different one.
        for (e, entity) in entities.enumerated() where entity.type == .other {
            let key = entity.nameKey
            guard key.count >= 2, key.count <= 3, let last = NameKey.surname(key), bySurname[last] != nil,
                  entity.mentions.allSatisfy({ mentions[$0].evidence == .shape }) else { continue }  // not "the film Vera Drake"
            entities[e].type = .person
            for m in entity.mentions { mentions[m].type = .person; mentions[m].evidence = .alias }
            bySurname[last, default: []].append(e)
        }

        // Organisations by their first word: "Altria" after "Altria Group". A word that opens the
        // names of several ("Riverton Herald", "Riverton Water Authority") is a place or a family
        // name, not a short form: -1.
        var byFirstWord: [String: Int] = [:]
        for (e, entity) in entities.enumerated() where entity.type == .organization && entity.nameKey.count >= 2 {
            byFirstWord[entity.nameKey[0]] = byFirstWord[entity.nameKey[0]] == nil ? e : -1
        }

        // 2. One-word mentions: a surname used earlier or later, an acronym, the short form of an
        // organisation's name, or a name of its own.
        var initials: [Int: String] = [:]  // organisation → the initials of its capitalised words
        var acronymOf: [String: Int] = [:]  // "juri" → the organisation written "Legal Affairs Committee (JURI)"
        // "Mr. Varga" where the only Varga named in full is Helena: a title of the other gender
        // is a second person, known before the bare "Varga" and "President Varga" choose between
        // the two (reading in order, they would all have joined the one named in full).
        let otherGender = mentions.indices.filter { i in
            let m = mentions[i]
            guard keys[i].count == 1, m.title != nil, m.gender != .unknown, m.type != .place, m.type != .organization,
                  let candidates = bySurname[keys[i][0]] else { return false }
            return candidates.allSatisfy { entities[$0].gender != .unknown && entities[$0].gender != m.gender }
        }
        // The role words of each mention's title ("President", not "Mr."): read once, not once
        // per candidate a short mention is weighed against.
        let titleRoles = mentions.map { m in m.title.map(roleWords) ?? [] }
        let first = Set(otherGender)
        for i in otherGender + mentions.indices.filter({ keys[$0].count == 1 && !first.contains($0) }) {
            let m = mentions[i], word = keys[i][0]
            // (A place only by the gazetteer is the surname of a person the article names: "the
            // Paris administration" beside "Governor Tom Paris", not the city.)
            let placeOnlyByList = m.type == .place && m.evidence == .gazetteer
                && !(m.tokens.lowerBound > 0 && t.contains(Lexicon.prepositions, m.tokens.lowerBound - 1))
            if m.type != .place || placeOnlyByList, m.type != .organization, !t.tokens[m.tokens.lowerBound].flags.contains(.allCaps),
               let candidates = bySurname[word], let e = choose(candidates, for: m, in: entities, mentions: mentions, titleRoles: titleRoles, roles: titleRoles[i]) {
                mentions[i].type = .person
                mentions[i].evidence = m.evidence == .shape ? .alias : m.evidence
                attach(i, to: e)
                continue
            }
            if m.type == .organization,
               let e = acronymOf[word] ?? isAcronymAfterOrganization(m, mentions, i) ?? organizationWithInitials(word, entities, &initials) {
                acronymOf[word] = e  // every later "JURI" is the committee too
                attach(i, to: e)
                continue
            }
            if m.type == .other || m.type == .person && m.evidence == .speaker, let e = byFirstWord[word], e >= 0, standsAlone(m),
               !(m.tokens.lowerBound > 0 && t.contains(Lexicon.prepositions, m.tokens.lowerBound - 1)),  // "in Riverton"
               Lexicon.roleAbbreviations[word] == nil, !Lexicon.organizationHeads.contains(word),
               Gazetteer.demonyms.lookup(word) == nil, Gazetteer.places.lookup(word) == nil {  // not "European"
                mentions[i].type = .organization
                mentions[i].evidence = .alias
                attach(i, to: e)
                continue
            }
            let key = "\(m.type == .other ? "other" : m.type.rawValue)|\(word)"
            if let e = byKey[key] { attach(i, to: e) } else {
                let e = create(i, key: key)
                if m.type == .person { bySurname[word, default: []].append(e) }
            }
        }
        // 3. "Lleyton Hewitt" with no evidence of its own, then "Hewitt said": the full name is the
        // person the speech verb showed; every one-word "Hewitt" joins it.
        mergeSurnamesIntoUntypedFullNames(&entities, &mentions)
        // 4. "rival Sony" beside "Sony said": one name the context shows is a company, an event,
        // a work or a thing is that, whatever else its mentions seemed.
        mergeByKindEvidence(&entities, &mentions)

        // A one-word "other" that a later mention showed to be a person joins the person.
        for e in entities.indices {
            let entityMentions = entities[e].mentions
            var best = entityMentions.max { keys[$0].count < keys[$1].count } ?? entityMentions[0]
            if entities[e].type == .person, let titled = entityMentions.first(where: { keys[$0].count == keys[best].count && mentions[$0].title != nil }) {
                best = titled
            }
            // The name and the forms as written (white space read as one space), in reading order:
            // what a `mentions` row gives, so that merging rows from many runs gives the same entities.
            let name = NameKey.form(t.b, mentions[best].span.start, mentions[best].span.end)
            if name != entities[e].name {
                entities[e].name = name
                entities[e].nameKey = NameKey.key(name)
            }
            var written: [String] = []  // few forms each: a linear search beats a dictionary
            for m in entityMentions.sorted() {
                let text = NameKey.form(t.b, mentions[m].span.start, mentions[m].span.end)
                if let i = written.firstIndex(of: text) { entities[e].forms[i].count += 1 } else {
                    written.append(text)
                    entities[e].forms.append(NameForm(mention: Int32(m), count: 1))
                }
            }
            for m in entityMentions {
                mentions[m].entity = e
                for span in [mentions[m].title, mentions[m].appositive] {
                    guard let span else { continue }
                    for w in descriptionWords(span) {
                        entities[e].roleWords.insert(w)
                        // "Sen." is also "senator", so that "the senator" finds Sen. Bernie Sanders.
                        let bare = w.hasSuffix(".") ? String(w.dropLast()) : w
                        if let full = Lexicon.roleAbbreviations[bare] { entities[e].roleWords.insert(full) }
                    }
                }
            }
        }
        nameSurnameOnlyPeople(&entities, keys: keys)
        return entities
    }

    /// "Mr. Okafor" throughout, and "Tobenna Okafor" only opening another name ("Tobenna Okafor
    /// Election Day"): that is the person's key, when the first name is a known one of the
    /// person's gender (or no word at all) and no other opens a name with the surname.
    private func nameSurnameOnlyPeople(_ entities: inout [LocalEntity], keys: [[String]]) {
        for e in entities.indices where entities[e].type == .person && entities[e].gender != .unknown
            && entities[e].nameKey.count == 1 && entities[e].mentions.allSatisfy({ keys[$0].count == 1 }) {
            let surname = entities[e].nameKey[0]
            var found: String? = nil, several = false
            for o in entities.indices where o != e && entities[o].type != .person && entities[o].nameKey.count >= 3 {
                let key = entities[o].nameKey
                // (A first name of the person's gender, or a word that is no English word nor any
                // list's: "Barack", as "Zaw" in Zaw Lin Myat.)
                let gender = Gazetteer.firstNames.lookup(key[0])
                guard key[1] == surname, gender == entities[e].gender
                        || gender == nil && Gazetteer.commonWords.lookup(key[0]) == nil && Gazetteer.places.lookup(key[0]) == nil
                        && Gazetteer.demonyms.lookup(key[0]) == nil && !Lexicon.roles.contains(key[0]) else { continue }
                // The first two words as written, if they are the key's first two ("John F. Kennedy
                // Center" has an initial between them: no).
                let words = entities[o].name.split(separator: " ")
                guard words.count >= 3 else { continue }
                let full = String(words[0] + " " + words[1])
                guard NameKey.key(full) == [key[0], key[1]] else { continue }
                if let f = found, f != full { several = true }
                found = full
            }
            // (Nor when another person of that gender has the surname: "Grace Okafor" beside
            // "Mr. Okafor" is no obstacle, a second man of the name is.)
            guard let full = found, !several,
                  !entities.indices.contains(where: { $0 != e && entities[$0].type == .person && NameKey.surname(entities[$0].nameKey) == surname && entities[$0].gender == entities[e].gender })
            else { continue }
            entities[e].name = full
            entities[e].nameKey = NameKey.key(full)
        }
    }

    /// The lower-cased words of a title or appositive: runs of letters, hyphens and dots.
    private func descriptionWords(_ span: Span) -> [String] {
        let bytes = UnsafeBufferPointer(rebasing: t.b[span.start..<span.end])
        guard !bytes.contains(where: { $0 >= 0x80 }) else {
            return article.text(span).lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "." }).map(String.init)
        }
        // ASCII: a letter is A-Z or a-z, and lower-casing is a bit.
        var words: [String] = []
        var i = 0
        while i < bytes.count {
            while i < bytes.count && !Self.isWordByte(bytes[i]) { i += 1 }
            let start = i
            while i < bytes.count && Self.isWordByte(bytes[i]) { i += 1 }
            if i > start { words.append(String(decoding: bytes[start..<i].map { CharClass.isASCIIUpper($0) ? $0 | 0x20 : $0 }, as: UTF8.self)) }
        }
        return words
    }

    @inline(__always)
    private static func isWordByte(_ c: UInt8) -> Bool { CharClass.isASCIILetter(c) || c == 0x2D || c == 0x2E }

    /// Among people sharing a surname, the one a short mention means: the gender its title
    /// gives; then a title it shares ("President Obama" is not "first lady Michelle Obama");
    /// then the one named within the last two sentences; then the one named most often.
    /// `titleRoles` holds the role words of every mention's title, `roles` those of `m`'s.
    private func choose(_ candidates: [Int], for m: Mention, in entities: [LocalEntity], mentions: [Mention],
                        titleRoles: [Set<String>], roles words: Set<String>) -> Int? {
        // "J Robinson" is not Andy Robinson: an initial that is not the full name's is someone else.
        var pool = candidates.filter { e in
            guard let initial = initial(of: m), entities[e].nameKey.count >= 2, let first = entities[e].nameKey.first?.first else { return true }
            return first == initial
        }
        if pool.isEmpty { return nil }
        // "Mr. Obama" is not "Michelle Obama": a title of the other gender is someone else. (A
        // bare "Clinton" has a first name's gender, not a title's: it does not count.)
        if m.title != nil, m.gender != .unknown {
            pool = pool.filter { entities[$0].gender == m.gender || entities[$0].gender == .unknown }
            if pool.isEmpty { return nil }
        }
        if m.title != nil {
            if !words.isEmpty {
                let sharesTitle = { (e: Int) in entities[e].mentions.contains { !titleRoles[$0].isDisjoint(with: words) } }
                // A titled surname may come before the full name ("Lord Butler" … "Robin Butler"): it
                // joins it. (So "President Obama" joins a "Michelle Obama" named later: measured on
                // BBC and PolNeAR, keeping them apart split the same person more often than not.)
                let sharing = pool.filter(sharesTitle)
                // "Mr." alone is no role: "Mr. Varga" may still be "President Varga".
                let untitled = pool.filter { e in entities[e].mentions.allSatisfy { titleRoles[$0].isEmpty } }
                if !sharing.isEmpty { pool = sharing } else if untitled.isEmpty { return nil }
                else { pool = untitled }
            }
        }
        if pool.count == 1 { return pool[0] }
        var best: (entity: Int, score: Int)? = nil
        for e in pool {
            // Named within two sentences before; in this sentence; by surname alone already (the
            // one the article calls "Cruz", after "his father, Rafael Cruz": relatives are named
            // in full each time). One pass, no copies: people are named hundreds of times.
            var near = false, sameSentence = false, bare = false
            for j in entities[e].mentions where mentions[j].span.start < m.span.start {
                let earlier = mentions[j]
                if m.sentence - earlier.sentence <= 2 { near = true }
                if earlier.sentence == m.sentence { sameSentence = true }
                if earlier.tokens.count == 1 { bare = true }
                if near && sameSentence && bare { break }
            }
            let score = entities[e].mentions.count + (near ? 100 : 0) + (bare ? 200 : 0) + (sameSentence ? 400 : 0)
            if best == nil || score > best!.score { best = (e, score) }
        }
        return best?.entity
    }

    /// The lower-cased initial a mention opens with ("J Robinson", "K. Holmes").
    private func initial(of m: Mention) -> Character? {
        let k = m.tokens.lowerBound
        guard m.tokens.count >= 2, t.isWord(k), t.tokens[k].length == 1, t.isCapitalized(k) else { return nil }
        return Character(Unicode.Scalar(t.b[t.start(k)])).lowercased().first
    }

    private func mergeSurnamesIntoUntypedFullNames(_ entities: inout [LocalEntity], _ mentions: inout [Mention]) {
        // (Index loops: `for entity in entities` would copy every entity, strings and sets included.)
        var otherByLast: [String: Int] = [:]  // last word → a two- or three-word "other" (-1: several)
        for e in entities.indices where entities[e].type == .other && (2...3).contains(entities[e].nameKey.count) {
            let w = entities[e].nameKey[entities[e].nameKey.count - 1]
            otherByLast[w] = otherByLast[w] == nil ? e : -1
        }
        guard !otherByLast.isEmpty else { return }
        var promoted: [String: Int] = [:]
        for e in entities.indices where entities[e].type == .person && entities[e].nameKey.count == 1 {
            guard let o = otherByLast[entities[e].nameKey[0]], o >= 0 else { continue }
            entities[o].type = .person
            promoted[entities[e].nameKey[0]] = o
        }
        guard !promoted.isEmpty else { return }
        for e in entities.indices where entities[e].nameKey.count == 1 && entities[e].type != .place && entities[e].type != .organization {
            guard let o = promoted[entities[e].nameKey[0]] else { continue }
            entities[o].mentions += entities[e].mentions
            if entities[o].gender == .unknown { entities[o].gender = entities[e].gender }
            entities[e].mentions = []
        }
        entities.removeAll { $0.mentions.isEmpty }
        for e in entities.indices where entities[e].type == .person {
            entities[e].mentions.sort()
            for m in entities[e].mentions { mentions[m].type = .person }
        }
    }

    /// Evidence that a name is a person's that no context outweighs.
    static let strongPerson: Set<MentionEvidence> = [.title, .honorific, .appositive]

    /// Context that shows what kind of thing a name is: a company, a work, an event, a thing.
    private static func isSpecific(_ e: MentionEvidence) -> Bool {
        switch e {
        case .corporate, .work, .event, .thing, .holiday, .interjection: return true
        default: return false
        }
    }

    /// The kind the context of an entity's mentions shows, when it is no person: a company, or
    /// an event, work, thing or holiday (other).
    private static func kind(_ evidence: [MentionEvidence]) -> EntityType? {
        if evidence.contains(where: strongPerson.contains) { return nil }
        // Beside a known first name the context must weigh as much as the other mentions: one
        // "video Scott" among many mentions of Keith Lamont Scott does not make him a work. A
        // speech verb alone weighs nothing ("Yukos said": bodies speak).
        let specific = evidence.filter(isSpecific).count
        if specific == 0 || evidence.contains(.firstName) && specific * 2 < evidence.count - specific { return nil }
        // "Trump's rival Hillary Clinton": a first name outweighs a company's context.
        if evidence.contains(.corporate) { return evidence.contains(.firstName) ? nil : .organization }
        if evidence.contains(where: { [.work, .event, .thing, .holiday, .interjection].contains($0) }) { return .other }
        return nil
    }

    private func mergeByKindEvidence(_ entities: inout [LocalEntity], _ mentions: inout [Mention]) {
        // Only a name with a mention of specific evidence can change kind: most articles have none.
        var wanted: Set<[String]> = []
        for e in entities.indices where entities[e].type != .place
            && entities[e].mentions.contains(where: { Self.isSpecific(mentions[$0].evidence) }) {
            wanted.insert(entities[e].nameKey)
        }
        if wanted.isEmpty { return }
        var byName: [[String]: [Int]] = [:]  // the name's words → entities of any type
        for e in entities.indices where entities[e].type != .place && wanted.contains(entities[e].nameKey) {
            byName[entities[e].nameKey, default: []].append(e)
        }
        var changed = false
        for (_, group) in byName {
            let evidence = group.flatMap { entities[$0].mentions.map { mentions[$0].evidence } }
            guard let kind = Self.kind(evidence) else { continue }
            let target = group[0]
            for e in group.dropFirst() {
                entities[target].mentions += entities[e].mentions
                entities[e].mentions = []
            }
            entities[target].type = kind
            entities[target].mentions.sort()
            for m in entities[target].mentions { mentions[m].type = kind }
            changed = true
        }
        if changed { entities.removeAll { $0.mentions.isEmpty } }
    }

    /// Whether a one-word name is used as a noun, not as an adjective before one ("European
    /// security issues"): what follows is punctuation, a verb or its auxiliary, or it is possessive.
    private func standsAlone(_ m: Mention) -> Bool {
        let k = m.tokens.upperBound
        if t.possessiveLength(m.tokens.upperBound - 1) > 0 || k >= t.tokens.count || !t.isWord(k) { return true }
        return t.isLowerWord(k) && (t.contains(Lexicon.auxiliaries, k) || t.contains(Lexicon.speechVerbWords, k)
                                    || t.contains(Lexicon.reportingVerbs, k))
    }

    /// The role words of a title: "President", "Foreign Secretary" (not "the", not names),
    /// lower-cased, an abbreviation read as its role ("Adm." is "admiral").
    private func roleWords(_ span: Span) -> Set<String> {
        let bytes = UnsafeBufferPointer(rebasing: t.b[span.start..<span.end])
        guard !bytes.contains(where: { $0 >= 0x80 }) else {
            let words = article.text(span).lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            return Set(words.filter { Lexicon.roles.contains($0) }.map { Lexicon.roleAbbreviations[$0] ?? $0 })
        }
        // ASCII: the words are runs of letters, looked up from the bytes (the table ignores case);
        // only a role word becomes a string.
        var roles: Set<String> = []
        var i = 0
        while i < bytes.count {
            while i < bytes.count && !CharClass.isASCIILetter(bytes[i]) { i += 1 }
            let start = i
            while i < bytes.count && CharClass.isASCIILetter(bytes[i]) { i += 1 }
            guard i > start, Lexicon.roles.contains(bytes, start, i) else { continue }
            let word = String(decoding: bytes[start..<i].map { CharClass.isASCIIUpper($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
            roles.insert(Lexicon.roleAbbreviations[word] ?? word)
        }
        return roles
    }

    /// "European Union (EU)": the organisation an acronym in parentheses follows.
    private func isAcronymAfterOrganization(_ m: Mention, _ mentions: [Mention], _ i: Int) -> Int? {
        guard i > 0, m.tokens.lowerBound >= 2, t.isPunct(m.tokens.lowerBound - 1, 0x28) else { return nil }
        let prev = mentions[i - 1]
        guard prev.tokens.upperBound == m.tokens.lowerBound - 1, prev.type == .organization || prev.type == .place else { return nil }
        return prev.entity >= 0 ? prev.entity : nil
    }

    /// The lower-cased initials of a name's capitalised words ("Center for Strategic and
    /// International Studies" → "csis").
    private static func initials(of name: String) -> String {
        var name = name
        return name.withUTF8 { b -> String in
            guard !b.contains(where: { $0 >= 0x80 }) else {
                return String(decoding: b, as: UTF8.self).split(separator: " ").filter { $0.first?.isUppercase == true }
                    .compactMap { $0.first?.lowercased() }.joined()
            }
            var out: [UInt8] = []
            var wordStart = true
            for c in b {
                if c == 0x20 { wordStart = true; continue }
                if wordStart && CharClass.isASCIIUpper(c) { out.append(c | 0x20) }
                wordStart = false
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The organisation whose capitalised words' initials spell an acronym (CSIS).
    private func organizationWithInitials(_ acronym: String, _ entities: [LocalEntity], _ cache: inout [Int: String]) -> Int? {
        guard acronym.count >= 2 else { return nil }
        for e in entities.indices where entities[e].type == .organization {
            let initials: String
            if let known = cache[e] { initials = known } else {
                initials = Self.initials(of: entities[e].name)
                cache[e] = initials
            }
            if initials == acronym { return e }
        }
        return nil
    }
}
