/// An entity across the whole corpus: the local entities of every article that name it, merged.
package struct CorpusEntity: Sendable, Hashable {
    /// The canonical name: the fullest form any article uses.
    package var name: String
    package var type: EntityType
    /// Every other way it is written, most frequent first.
    package var aliases: [String]
    package var mentions: Int
    /// Ids of the articles that name it.
    package var articles: [Int]
    /// What the articles' evidence says (`EntityMerge`): unknown when it is absent or they disagree.
    package var gender: Gender
}

/// Merges the per-article entities into corpus entities (`EntityMerge`): full names of people by
/// first name and surname (transliteration variants included: Zelensky, Zelenskyy, Zelenskiy); a
/// bare surname joins a full name only when exactly one person in the corpus carries it, so Donald
/// and Melania Trump stay two; other names by their folded words.
package struct EntityIndex: Sendable {
    package private(set) var entities: [CorpusEntity] = []
    /// Per article (by id - 1): local entity index → corpus entity index.
    package private(set) var global: [[Int]] = []

    /// The corpus key of each entity (`entity_key` of its `entities` row).
    package private(set) var keys: [String] = []

    package init(analyses: [ArticleAnalysis], articles: [Article]) {
        var records = MergeRecords()
        records.reserveCapacity(analyses.reduce(0) { $0 + $1.entities.count })
        var place: [Int32] = []  // per article in turn, per local entity: its record, or -1
        place.reserveCapacity(analyses.reduce(0) { $0 + $1.entities.count })
        for (a, analysis) in analyses.enumerated() {
            for local in analysis.entities {
                guard let key = EntityKey.of(local) else {
                    place.append(-1)
                    continue
                }
                let (forms, counts) = local.writtenForms(in: articles[a].bytes, mentions: analysis.mentions)
                place.append(Int32(records.count))
                records.append(article: articles[a].id, key: key, titled: local.titled, forms: forms, counts: counts,
                               gender: local.genderFinding.gender,
                               personEvidence: local.type != .person ? .strong : local.personEvidence)
            }
        }
        let merged = EntityMerge.merge(records)
        entities = merged.entities
        keys = merged.keys
        var next = 0
        global = analyses.map { analysis in
            defer { next += analysis.entities.count }
            return place[next..<next + analysis.entities.count].map { $0 >= 0 ? merged.assignment[Int($0)] : -1 }
        }
    }

    /// The canonical name of an article's local entity.
    package func name(article: Int, local: Int) -> String? {
        guard article >= 1, article <= global.count, local >= 0, local < global[article - 1].count else { return nil }
        let g = global[article - 1][local]
        return g >= 0 ? entities[g].name : nil
    }

    /// The gender of a speaker of article `id` who is a person (nil for bodies, groups and none).
    package func speakerGender(_ speaker: SpeakerRef?, article id: Int) -> Gender? {
        guard case .entity(let local)? = speaker, id >= 1, id <= global.count, local >= 0, local < global[id - 1].count else { return nil }
        let g = global[id - 1][local]
        return g >= 0 && entities[g].type == .person ? entities[g].gender : nil
    }

    /// The display name of a speaker of article `id`: none for a source the article does not name.
    package func speakerName(_ speaker: SpeakerRef?, article id: Int) -> String? {
        switch speaker {
        case .entity(let local)?: return name(article: id, local: local)
        case .group(let text)?: return text
        case .unnamed?, nil: return nil
        }
    }

    /// The name of a source: a speaker's name, or the words of an unnamed source ("analysts").
    package func sourceName(_ speaker: SpeakerRef?, article id: Int) -> String? {
        if case .unnamed(let text)? = speaker { return text }
        return speakerName(speaker, article: id)
    }
}
