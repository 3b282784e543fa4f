/// An entity across the whole corpus: the local entities of every article that name it, merged.
public struct CorpusEntity: Sendable, Hashable {
    /// The canonical name: the fullest form any article uses.
    public var name: String
    public var type: EntityType
    /// Every other way it is written, most frequent first.
    public var aliases: [String]
    public var mentions: Int
    /// Ids of the articles that name it.
    public var articles: [Int]
    public var gender: Gender
}

/// Merges the per-article entities into corpus entities: full names of people by first name and
/// surname (transliteration variants included: Zelensky, Zelenskyy, Zelenskiy); a bare surname
/// joins a full name only when exactly one person in the corpus carries it, so Donald and Melania
/// Trump stay two; other names by their folded words.
public struct EntityIndex: Sendable {
    public private(set) var entities: [CorpusEntity] = []
    /// Per article (by id - 1): local entity index → corpus entity index.
    public private(set) var global: [[Int]] = []

    public init(analyses: [ArticleAnalysis], articles: [Article]) {
        var byKey: [String: Int] = [:]
        var forms: [[String: Int]] = []   // per corpus entity: written form → count
        var formOrder: [[String]] = []
        global = analyses.map { Array(repeating: -1, count: $0.entities.count) }

        // Local entity l of article a (id `id`) joins corpus entity g.
        func add(_ a: Int, _ l: Int, _ local: LocalEntity, article id: Int, to g: Int) {
            global[a][l] = g
            if entities[g].articles.last != id { entities[g].articles.append(id) }  // sorted and unique at the end
            entities[g].mentions += local.mentions.count
            if entities[g].gender == .unknown { entities[g].gender = local.gender }
            if local.type == .person { entities[g].type = .person }
            for (text, count) in zip(local.forms, local.formCounts) {  // counted by EntityLinker
                if forms[g][text] == nil { formOrder[g].append(text) }
                forms[g][text, default: 0] += count
            }
            if forms[g][local.name] == nil { formOrder[g].append(local.name); forms[g][local.name] = 0 }
        }
        func create(_ key: String, _ local: LocalEntity) -> Int {
            entities.append(CorpusEntity(name: local.name, type: local.type, aliases: [], mentions: 0, articles: [], gender: .unknown))
            forms.append([:])
            formOrder.append([])
            byKey[key] = entities.count - 1
            return entities.count - 1
        }

        // Full names first, so that bare surnames can find them. People meet by surname and a
        // compatible first name (transliterations included); everything else by its folded words.
        var surnames: [String: [Int]] = [:]  // an array, not a set: the same order on every run
        var firstNames: [Int: [String]] = [:]  // corpus person → first names seen
        let keys = analyses.map { $0.entities.map { $0.nameKey.isEmpty ? NameKey.key($0.name) : $0.nameKey } }
        for (a, analysis) in analyses.enumerated() {
            let id = articles[a].id
            for (l, local) in analysis.entities.enumerated() {
                let key = keys[a][l]
                guard key.count >= 2 else { continue }
                if local.type == .person {
                    let surname = key.last!, first = key.first!
                    let g = surnames[surname, default: []].first { g in firstNames[g, default: []].contains { NameKey.sameFirstName($0, first) } }
                        ?? create("person|\(first) \(surname)", local)
                    add(a, l, local, article: id, to: g)
                    if !surnames[surname, default: []].contains(g) { surnames[surname, default: []].append(g) }
                    if !firstNames[g, default: []].contains(first) { firstNames[g, default: []].append(first) }
                    continue
                }
                let k = "\(local.type.rawValue)|\(key.joined(separator: " "))"
                let g = byKey[k] ?? create(k, local)
                add(a, l, local, article: id, to: g)
            }
        }
        for (a, analysis) in analyses.enumerated() {
            let id = articles[a].id
            for (l, local) in analysis.entities.enumerated() where global[a][l] < 0 {
                let key = keys[a][l]
                guard let word = key.first else { continue }
                // Not a titled person the article's own linking kept apart from the full name it
                // also names ("President Obama" beside "Michelle Obama").
                if local.type == .person || local.type == .other, let people = surnames[word], people.count == 1,
                   local.roleWords.isEmpty || !entities[people[0]].articles.contains(id) {
                    add(a, l, local, article: id, to: people.first!)
                    continue
                }
                let k = "\(local.type == .other ? "other" : local.type.rawValue)|\(word)"
                let g = byKey[k] ?? create(k, local)
                add(a, l, local, article: id, to: g)
            }
        }
        // The canonical name: most words, then most often written, then first seen.
        for g in entities.indices {
            let candidates = formOrder[g]
            entities[g].articles = Array(Set(entities[g].articles)).sorted()
            guard candidates.count > 1 else { continue }  // the one form is the name already
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
    }

    /// The canonical name of an article's local entity.
    public func name(article: Int, local: Int) -> String? {
        guard article >= 1, article <= global.count, local >= 0, local < global[article - 1].count else { return nil }
        let g = global[article - 1][local]
        return g >= 0 ? entities[g].name : nil
    }

    /// The display name of a speaker of article `id`.
    public func speakerName(_ speaker: SpeakerRef?, article id: Int) -> String? {
        switch speaker {
        case .entity(let local)?: return name(article: id, local: local)
        case .group(let text)?: return text
        case nil: return nil
        }
    }
}
