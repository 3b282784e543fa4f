/// What the corpus merge reads of one article's entity, and all it reads: the key it meets
/// others on, whether the article gave it a title, and the forms its mentions write. Made on the
/// article's own core, or read back from `mentions` rows (`sift merge`), so the merge of a corpus
/// is the same whether it is held in memory or streamed through many runs.
public struct EntityRecord: Sendable {
    /// The article's position in its corpus or stream (articles are merged in this order).
    public var article: Int
    /// `EntityKey.of`: "person|iuri gagarin", "organization|european union", "other|obama".
    public var key: String
    /// Introduced with a title or role ("President Obama"): a bare surname that a titled person's
    /// article keeps apart from a full name it also names.
    public var titled: Bool
    /// Each way its mentions write it, in reading order, and how often.
    public var forms: [String]
    public var counts: [Int]
    public var gender: Gender = .unknown

    public init(article: Int, key: String, titled: Bool, forms: [String], counts: [Int], gender: Gender = .unknown) {
        self.article = article
        self.key = key
        self.titled = titled
        self.forms = forms
        self.counts = counts
        self.gender = gender
    }

    var type: EntityType { EntityType(rawValue: String(key.prefix { $0 != "|" })) ?? .other }
    /// A key of two or more words: a full name, merged first.
    var isFull: Bool { key.utf8.contains(0x20) }
    var word: Substring { key.suffix(from: key.index(after: key.firstIndex(of: "|") ?? key.startIndex)) }
}

/// The key the corpus merge meets an article's entity on (`entity_key` of `mentions` rows): its
/// type and folded name words; for a person's full name, the class of its first name and its
/// surname, so Volodymyr and Volodimir Zelensky meet. Nil for a name with no word left to key.
public enum EntityKey {
    public static func of(_ local: LocalEntity) -> String? {
        let key = local.nameKey.isEmpty ? NameKey.key(local.name) : local.nameKey
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

    static func merge(_ records: [EntityRecord]) -> Result {
        var entities: [CorpusEntity] = []
        var keys: [String] = []
        var byKey: [String: Int] = [:]
        var forms: [[String: Int]] = []   // per corpus entity: written form → count
        var formOrder: [[String]] = []
        var fullNameArticles: [Set<Int>] = []
        var assignment = [Int](repeating: -1, count: records.count)
        var genders: [(male: Int, female: Int)] = []  // per corpus entity: articles saying each

        func add(_ r: Int, to g: Int) {
            let record = records[r]
            assignment[r] = g
            if entities[g].articles.last != record.article { entities[g].articles.append(record.article) }  // sorted and unique at the end
            entities[g].mentions += record.counts.reduce(0, +)
            if record.gender == .male { genders[g].male += 1 } else if record.gender == .female { genders[g].female += 1 }
            if record.type == .person { entities[g].type = .person }
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
            byKey[record.key] = entities.count - 1
            return entities.count - 1
        }

        // Full names first, so that bare surnames can find them.
        var surnames: [Substring: [Int]] = [:]  // surname → the people who carry it, in order
        for (r, record) in records.enumerated() where record.isFull {
            let g = byKey[record.key] ?? create(r)
            add(r, to: g)
            fullNameArticles[g].insert(record.article)
            if record.type == .person, let space = record.key.lastIndex(of: " ") {
                let surname = record.key[record.key.index(after: space)...]
                if !surnames[surname, default: []].contains(g) { surnames[surname, default: []].append(g) }
            }
        }
        for (r, record) in records.enumerated() where !record.isFull {
            // Not a titled person the article's own linking kept apart from the full name it
            // also names ("President Obama" beside "Michelle Obama").
            if record.type == .person || record.type == .other, let people = surnames[record.word], people.count == 1,
               !record.titled || !fullNameArticles[people[0]].contains(record.article) {
                add(r, to: people[0])
                continue
            }
            add(r, to: byKey[record.key] ?? create(r))
        }
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

    /// A person's gender over the articles that say it: theirs when at least three in four agree
    /// (one misread pronoun does not undo many), unknown when they disagree more.
    static func gender(_ male: Int, _ female: Int) -> Gender {
        if male > 0 && male >= 3 * female { return .male }
        if female > 0 && female >= 3 * male { return .female }
        return .unknown
    }
}
