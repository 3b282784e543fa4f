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
        var assignment: [Int32]
    }

    static func merge(_ input: MergeRecords) -> Result {
        let records = input.records
        var entities: [CorpusEntity] = []
        var keyOf: [Int32] = []                                            // per corpus entity: its key
        var byKey = [Int32](repeating: -1, count: input.keys.count)        // key → corpus entity
        var formSlot: [UInt64: Int32] = [:]                                // (entity, form) → its slot
        var slots: [(entity: Int32, form: Int32, count: Int)] = []        // in order of first use
        var fullNameArticles: [UInt64] = []                                // (entity, article) of full names, sorted below
        var assignment = [Int32](repeating: -1, count: records.count)
        var genders: [(male: Int, female: Int)] = []      // per corpus entity: articles saying each
        var evidenced: [PersonEvidence] = []              // per corpus entity: its person records' best evidence
        var otherTypes = OtherTypes()                     // per corpus entity: mentions of records of other types

        func add(_ r: Int, to g: Int) {
            let record = records[r], type = input.keyInfo[Int(record.key)].type
            assignment[r] = Int32(g)
            if entities[g].articles.last != record.article { entities[g].articles.append(record.article) }  // sorted and unique at the end
            let n = input.mentions(r)
            entities[g].mentions += n
            if record.gender == .male { genders[g].male += 1 } else if record.gender == .female { genders[g].female += 1 }
            if type == .person { evidenced[g] = max(evidenced[g], record.personEvidence) } else { otherTypes.add(n, type, to: g) }
            input.forEachForm(r) { form, count in
                let pair = UInt64(g) << 32 | UInt64(UInt32(form))
                if let s = formSlot[pair] { slots[Int(s)].count += count } else {
                    formSlot[pair] = Int32(slots.count)
                    slots.append((Int32(g), form, count))
                }
            }
        }
        func create(_ r: Int) -> Int {
            let record = records[r]
            let name = record.firstForm >= 0 ? input.forms[record.firstForm] : ""
            entities.append(CorpusEntity(name: name, type: input.keyInfo[Int(record.key)].type, aliases: [], mentions: 0, articles: [], gender: .unknown))
            keyOf.append(record.key)
            genders.append((0, 0))
            evidenced.append(.none)
            otherTypes.append()
            byKey[Int(record.key)] = Int32(entities.count - 1)
            return entities.count - 1
        }
        func entity(of key: Int32) -> Int? { byKey[Int(key)] >= 0 ? Int(byKey[Int(key)]) : nil }

        // Full names first, so that bare surnames can find them.
        var surnames: [Int32: [Int]] = [:]  // surname → the people who carry it, in order
        var acronyms: [Int32: Int] = [:]    // "eu" → the entity written "European Union" and "EU" (-1: several)
        for (r, record) in records.enumerated() where input.keyInfo[Int(record.key)].isFull {
            let key = input.keyInfo[Int(record.key)]
            let g = entity(of: record.key) ?? create(r)
            add(r, to: g)
            fullNameArticles.append(UInt64(g) << 32 | UInt64(UInt32(truncatingIfNeeded: record.article)))
            if key.surname >= 0, !surnames[key.surname, default: []].contains(g) { surnames[key.surname, default: []].append(g) }
            if key.type != .person {
                input.forEachForm(r) { form, _ in
                    let a = input.acronym[Int(form)]
                    if a >= 0 { acronyms[a] = acronyms[a] == nil || acronyms[a] == g ? g : -1 }
                }
            }
        }
        // Looked up by halving (a sorted array is a third of a set's memory, at the merge's peak).
        fullNameArticles.sort()
        // A bare word written far more often without evidence than the full name is written names
        // something else ("Christmas" beside one "Merry Christmas", "Oscar" beside "Passion Oscar").
        var bareOther = [Int](repeating: 0, count: input.words.count)
        for (r, record) in records.enumerated() {
            let key = input.keyInfo[Int(record.key)]
            if !key.isFull && key.type == .other { bareOther[Int(key.word)] += input.mentions(r) }
        }
        // What the full names alone give (the bare surnames below must not depend on the order
        // they join in: a group-by in any engine gives the same).
        let fullMentions = entities.map(\.mentions)
        let fullGenders = genders.map { gender($0.male, $0.female) }
        for (r, record) in records.enumerated() where !input.keyInfo[Int(record.key)].isFull {
            let key = input.keyInfo[Int(record.key)]
            // Not a titled person the article's own linking kept apart from the full name it
            // also names ("President Obama" beside "Michelle Obama"); not "J Robinson" for Andy
            // Robinson.
            // Among several people of the surname, the one of the record's gender, if only one is:
            // "President Whitcombe" is Alan Whitcombe, not the singer Rosa Whitcombe.
            var people = surnames[key.word] ?? []
            if people.count > 1, record.gender != .unknown {
                people = people.filter { fullGenders[$0] == record.gender }
            }
            // Else one named in full ten times as often as all the others together.
            if people.count > 1, let top = people.max(by: { fullMentions[$0] < fullMentions[$1] }),
               fullMentions[top] >= 10 * people.filter({ $0 != top }).reduce(0, { $0 + fullMentions[$1] }) {
                people = [top]
            }
            if key.type == .person || key.type == .other, people.count == 1,
               !record.titled || !Self.sortedContains(fullNameArticles, UInt64(people[0]) << 32 | UInt64(UInt32(truncatingIfNeeded: record.article))),
               key.type == .person || bareOther[Int(key.word)] <= 3 * fullMentions[people[0]],
               Self.initialsAgree(input.writtenForms(r), input.keys[keyOf[people[0]]]) {
                add(r, to: people[0])
                continue
            }
            // "EU" where another article wrote "European Union (EU)".
            if key.type != .person, let g = acronyms[key.word], g >= 0, Self.hasAcronym(r, input) {
                add(r, to: g)
                continue
            }
            add(r, to: entity(of: record.key) ?? create(r))
        }
        // A person only with evidence: else the kind its other records give, or other.
        for g in entities.indices where entities[g].type == .person && evidenced[g] == .none {
            entities[g].type = otherTypes.most(g) ?? .other
        }
        for g in entities.indices where entities[g].type != .person && evidenced[g] > .none { entities[g].type = .person }
        // The canonical name: most words, then most often written, then first seen.
        let byEntity = Self.grouped(slots, entities: entities.count)
        var wordCounts = [Int](repeating: -1, count: input.forms.count)  // per form, once asked
        for g in entities.indices {
            entities[g].gender = gender(genders[g].male, genders[g].female)
            let candidates = byEntity[g]
            if !Self.isSortedAndUnique(entities[g].articles) { entities[g].articles = Array(Set(entities[g].articles)).sorted() }
            entities[g].articles = entities[g].articles.trimmed()  // without the room appending left
            guard candidates.count > 1 else {
                if let only = candidates.first { entities[g].name = input.forms[slots[only].form] }
                continue
            }
            for s in candidates where wordCounts[Int(slots[s].form)] < 0 {
                wordCounts[Int(slots[s].form)] = NameKey.key(input.forms[slots[s].form]).count
            }
            let best = candidates.enumerated().max { x, y in
                let wx = wordCounts[Int(slots[x.element].form)], wy = wordCounts[Int(slots[y.element].form)]
                if wx != wy { return wx < wy }
                let fx = slots[x.element].count, fy = slots[y.element].count
                if fx != fy { return fx < fy }
                return x.offset > y.offset
            }!.element
            entities[g].name = input.forms[slots[best].form]
            entities[g].aliases = candidates.filter { $0 != best }.sorted { slots[$0].count > slots[$1].count }.map { input.forms[slots[$0].form] }
        }
        return Result(entities: entities, keys: keyOf.map { input.keys[$0] }, assignment: assignment)
    }

    /// Whether sorted `a` holds `x`.
    private static func sortedContains(_ a: [UInt64], _ x: UInt64) -> Bool {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if a[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo < a.count && a[lo] == x
    }

    /// Whether record `r` writes an acronym ("EU").
    private static func hasAcronym(_ r: Int, _ input: MergeRecords) -> Bool {
        var found = false
        input.forEachForm(r) { form, _ in found = found || input.acronym[Int(form)] >= 0 }
        return found
    }

    /// The slots of each entity, in order of first use.
    private static func grouped(_ slots: [(entity: Int32, form: Int32, count: Int)], entities: Int) -> [ArraySlice<Int>] {
        var start = [Int](repeating: 0, count: entities + 1)
        for s in slots { start[Int(s.entity) + 1] += 1 }
        for g in 0..<entities { start[g + 1] += start[g] }
        var fill = start
        var order = [Int](repeating: 0, count: slots.count)
        for (i, s) in slots.enumerated() {
            order[fill[Int(s.entity)]] = i
            fill[Int(s.entity)] += 1
        }
        return (0..<entities).map { order[start[$0]..<start[$0 + 1]] }
    }

    private static func isSortedAndUnique(_ a: [Int]) -> Bool {
        a.indices.dropFirst().allSatisfy { a[$0 - 1] < a[$0] }
    }

    /// Per corpus entity, the mentions of its records of types other than person: what a
    /// "person" with no evidence of being one is typed as instead.
    private struct OtherTypes {
        private static let types: [EntityType] = [.organization, .place, .date, .number, .other]
        private var counts: [Int] = []
        private var seen: [UInt8] = []

        mutating func append() {
            counts.append(contentsOf: repeatElement(0, count: Self.types.count))
            seen.append(0)
        }

        mutating func add(_ n: Int, _ type: EntityType, to g: Int) {
            guard let t = Self.types.firstIndex(of: type) else { return }
            counts[g * Self.types.count + t] += n
            seen[g] |= 1 << t
        }

        /// The type with the most mentions; of several, the first by name.
        func most(_ g: Int) -> EntityType? {
            var best: (type: EntityType, count: Int)? = nil
            for (t, type) in Self.types.enumerated() where seen[g] & (1 << t) != 0 {
                let n = counts[g * Self.types.count + t]
                if best == nil || n > best!.count || n == best!.count && type.rawValue < best!.type.rawValue { best = (type, n) }
            }
            return best?.type
        }
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
