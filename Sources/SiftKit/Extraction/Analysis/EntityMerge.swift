/// What the corpus merge reads of one article's entity, and all it reads: the key it meets
/// others on, whether the article gave it a title, and the forms its mentions write. Made on the
/// article's own core, or read back from `mentions` rows (`sift merge`), so the merge of a corpus
/// is the same whether it is held in memory or streamed through many runs.
package struct MergeRecord: Sendable {
    /// The article's position in its corpus or stream (articles are merged in this order).
    package var article: Int
    /// `EntityKey.of`: "person|iuri gagarin", "organization|european union", "other|obama".
    package var key: String { didSet { (type, isFull, word) = Self.parts(of: key) } }
    /// The type the key starts with, whether it has two or more words (a full name, merged
    /// first), and the words after the type: read once, since the merge asks them of every
    /// record many times.
    private(set) var type: EntityType
    private(set) var isFull: Bool
    private(set) var word: Substring
    /// Introduced with a title or role ("President Obama"): a bare surname that a titled person's
    /// article keeps apart from a full name it also names.
    package var titled: Bool
    /// Each way its mentions write it, in reading order, and how often.
    package var forms: [String]
    package var counts: [Int]
    package var gender: Gender = .unknown
    /// For a person: how the article showed it is one (a title, a pronoun; or only a first name
    /// or a speech verb). A corpus entity is a person when one of its articles did either.
    package var personEvidence: PersonEvidence = .strong

    package init(article: Int, key: String, titled: Bool, forms: [String], counts: [Int], gender: Gender = .unknown,
                personEvidence: PersonEvidence = .strong) {
        self.article = article
        self.key = key
        (type, isFull, word) = Self.parts(of: key)
        self.titled = titled
        self.forms = forms
        self.counts = counts
        self.gender = gender
        self.personEvidence = personEvidence
    }

    static func parts(of key: String) -> (EntityType, Bool, Substring) {
        let utf8 = key.utf8
        let bar = utf8.firstIndex(of: 0x7C)
        let type = EntityType(rawValue: String(key[..<(bar ?? key.endIndex)])) ?? .other
        let word = bar.map { key[utf8.index(after: $0)...] } ?? key[...]
        return (type, utf8.contains(0x20), word)
    }
}

/// The key the corpus merge meets an article's entity on (`entity_key` of `mentions` rows): its
/// type and folded name words; for a person's full name, the class of its first name and its
/// surname, so Volodymyr and Volodimir Zelensky meet. Nil for a name with no word left to key.
package enum EntityKey {
    package static func of(_ local: LocalEntity) -> String? {
        var key = local.nameKey.isEmpty ? NameKey.key(local.name) : local.nameKey
        if let alias = AliasTable.lookup(key), local.type == alias.type { key = alias.key }  // "Tories": the Conservative Party
        guard let first = key.first else { return nil }
        if key.count >= 2 && local.type == .person { return "person|\(NameKey.firstNameClass(first)) \(key.last!)" }
        return "\(local.type.rawValue)|\(key.joined(separator: " "))"
    }
}

/// Merges articles' entities into corpus entities: a group-by on the key, then one join — a bare
/// surname ("person|obama", "other|obama") joins the full name of the one person in the corpus
/// who carries it, unless a title kept it apart in an article that names that person in full.
/// Every engine can run it (Spark SQL does: scripts/spark).
enum EntityMerge {
    struct Result {
        var entities: [CorpusEntity]
        /// The key of each corpus entity (the key of the record that created it).
        var keys: [String]
        /// For each record, its corpus entity.
        var assignment: [Int]
    }

    static func merge(_ records: [MergeRecord]) -> Result {
        var entities: [CorpusEntity] = []
        var keys: [String] = []
        var byKey: [String: Int] = [:]
        var forms: [[String: Int]] = []   // per corpus entity: written form → count
        var formOrder: [[String]] = []
        var fullNameArticles: [Set<Int>] = []
        var assignment = [Int](repeating: -1, count: records.count)
        var genders: [(male: Int, female: Int)] = []  // per corpus entity: articles saying each
        var evidenced: [PersonEvidence] = []              // per corpus entity: its person records' best evidence
        var otherTypes: [[EntityType: Int]] = []          // per corpus entity: mentions of records of other types

        func add(_ r: Int, to g: Int) {
            let record = records[r]
            assignment[r] = g
            if entities[g].articles.last != record.article { entities[g].articles.append(record.article) }  // sorted and unique at the end
            entities[g].mentions += record.counts.reduce(0, +)
            if record.gender == .male { genders[g].male += 1 } else if record.gender == .female { genders[g].female += 1 }
            if record.type == .person { evidenced[g] = max(evidenced[g], record.personEvidence) }
            if record.type != .person { otherTypes[g][record.type, default: 0] += record.counts.reduce(0, +) }
            for (text, count) in zip(record.forms, record.counts) {
                if forms[g][text] == nil { formOrder[g].append(text) }
                forms[g][text, default: 0] += count
            }
        }
        func create(_ r: Int) -> Int {
            let record = records[r]
            entities.append(CorpusEntity(name: record.forms.first ?? "", type: record.type, aliases: [], mentions: 0, articles: [], gender: .unknown))
            keys.append(record.key)
            forms.append([:])
            formOrder.append([])
            fullNameArticles.append([])
            genders.append((0, 0))
            evidenced.append(.none)
            otherTypes.append([:])
            byKey[record.key] = entities.count - 1
            return entities.count - 1
        }

        // Full names first, so that bare surnames can find them.
        var surnames: [Substring: [Int]] = [:]  // surname → the people who carry it, in order
        var acronyms: [String: Int] = [:]       // "eu" → the entity written "European Union" and "EU" (-1: several)
        for (r, record) in records.enumerated() where record.isFull {
            let g = byKey[record.key] ?? create(r)
            add(r, to: g)
            fullNameArticles[g].insert(record.article)
            if record.type == .person, record.key.utf8.contains(0x20) {
                let surname = NameKey.surname(ofKeyWords: record.word)
                if !surnames[surname, default: []].contains(g) { surnames[surname, default: []].append(g) }
            }
            if record.type != .person {
                for form in record.forms where Self.isAcronym(form) {
                    let a = form.lowercased()
                    acronyms[a] = acronyms[a] == nil || acronyms[a] == g ? g : -1
                }
            }
        }
        // A bare word written far more often without evidence than the full name is written names
        // something else ("Christmas" beside one "Merry Christmas", "Oscar" beside "Passion Oscar").
        var bareOther: [Substring: Int] = [:]
        for record in records where !record.isFull && record.type == .other { bareOther[record.word, default: 0] += record.counts.reduce(0, +) }
        // What the full names alone give (the bare surnames below must not depend on the order
        // they join in: a group-by in any engine gives the same).
        let fullMentions = entities.map(\.mentions)
        let fullGenders = genders.map { gender($0.male, $0.female) }
        for (r, record) in records.enumerated() where !record.isFull {
            // Not a titled person the article's own linking kept apart from the full name it
            // also names ("President Obama" beside "Michelle Obama"); not "J Robinson" for Andy
            // Robinson.
            // Among several people of the surname, the one of the record's gender, if only one is:
            // "President Whitcombe" is Alan Whitcombe, not the singer Rosa Whitcombe.
            var people = surnames[record.word] ?? []
            if people.count > 1, record.gender != .unknown {
                people = people.filter { fullGenders[$0] == record.gender }
            }
            // Else one named in full ten times as often as all the others together.
            if people.count > 1, let top = people.max(by: { fullMentions[$0] < fullMentions[$1] }),
               fullMentions[top] >= 10 * people.filter({ $0 != top }).reduce(0, { $0 + fullMentions[$1] }) {
                people = [top]
            }
            if record.type == .person || record.type == .other, people.count == 1,
               !record.titled || !fullNameArticles[people[0]].contains(record.article),
               record.type == .person || (bareOther[record.word] ?? 0) <= 3 * fullMentions[people[0]],
               Self.initialsAgree(record.forms, keys[people[0]]) {
                add(r, to: people[0])
                continue
            }
            // "EU" where another article wrote "European Union (EU)".
            if record.type != .person, let g = acronyms[String(record.word)], g >= 0, record.forms.contains(where: Self.isAcronym) {
                add(r, to: g)
                continue
            }
            add(r, to: byKey[record.key] ?? create(r))
        }
        // A person only with evidence: else the kind its other records give, or other.
        for g in entities.indices where entities[g].type == .person && evidenced[g] == .none {
            entities[g].type = otherTypes[g].max { $0.value < $1.value || $0.value == $1.value && $0.key.rawValue > $1.key.rawValue }?.key ?? .other
        }
        for g in entities.indices where entities[g].type != .person && evidenced[g] > .none { entities[g].type = .person }
        // The canonical name: most words, then most often written, then first seen.
        for g in entities.indices {
            entities[g].gender = gender(genders[g].male, genders[g].female)
            let candidates = formOrder[g]
            entities[g].articles = Array(Set(entities[g].articles)).sorted()
            guard candidates.count > 1 else {
                if let only = candidates.first { entities[g].name = only }
                continue
            }
            let words = candidates.map { NameKey.key($0).count }
            let best = candidates.enumerated().max { x, y in
                let wx = words[x.offset], wy = words[y.offset]
                if wx != wy { return wx < wy }
                let fx = forms[g][x.element] ?? 0, fy = forms[g][y.element] ?? 0
                if fx != fy { return fx < fy }
                return x.offset > y.offset
            }?.element ?? entities[g].name
            entities[g].name = best
            entities[g].aliases = candidates.filter { $0 != best }.sorted { (forms[g][$0] ?? 0) > (forms[g][$1] ?? 0) }
        }
        return Result(entities: entities, keys: keys, assignment: assignment)
    }

    /// "EU", "NATO": letters only, all capitals, two to six.
    static func isAcronym(_ form: String) -> Bool {
        (2...6).contains(form.utf8.count) && form.utf8.allSatisfy { (0x41...0x5A).contains($0) }
    }

    /// Whether the initials a bare surname is written with ("J Robinson") agree with the full
    /// name's first name ("person|andi robinson"): no initial agrees with any.
    static func initialsAgree(_ forms: [String], _ personKey: String) -> Bool {
        guard let bar = personKey.firstIndex(of: "|"), let first = personKey[personKey.index(after: bar)...].first else { return true }
        for form in forms {
            let words = form.split(separator: " ")
            guard words.count >= 2, let w = words.first, w.count <= 2, let c = w.first, c.isUppercase,
                  w.count == 1 || w.last == "." else { continue }
            // The key reads j and y as i (NameKey.firstNameClass).
            let letter: Character = c == "J" || c == "Y" ? "i" : Character(c.lowercased())
            if letter != first { return false }
        }
        return true
    }

    /// A person's gender over the articles that say it: theirs when at least three in four agree
    /// (one misread pronoun does not undo many), unknown when they disagree more.
    static func gender(_ male: Int, _ female: Int) -> Gender {
        if male > 0 && male >= 3 * female { return .male }
        if female > 0 && female >= 3 * male { return .female }
        return .unknown
    }
}
