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
    /// Per article in turn, per local entity: its corpus entity, or -1 (`corpusEntity(article:local:)`).
    /// One flat array, not one per article: a corpus holds hundreds of thousands of entities.
    private var global: [Int32] = []
    /// Per article (by id - 1): where its entities start in `global`; one more at the end.
    private var globalStart: [Int32] = [0]

    /// The corpus key of each entity (`entity_key` of its `entities` row).
    package private(set) var keys: [String] = []

    /// What the merge reads of one local entity (`MergeRecords.append`), made for many articles
    /// at once on all cores; nil for an entity with no key.
    private struct Prepared: Sendable {
        var key: String
        var forms: [String]
        var counts: [Int]
        var titled: Bool
        var gender: Gender
        var personEvidence: PersonEvidence
    }

    /// Articles whose local entities are prepared at once: enough to keep the cores busy, few
    /// enough that what they hold is small beside the corpus.
    private static let preparedBatch = 256

    package init(analyses: [ArticleAnalysis], articles: [Article], parallel: Bool = true) {
        var records = MergeRecords()
        records.reserveCapacity(analyses.reduce(0) { $0 + $1.entities.count })
        var place: [Int32] = []  // per article in turn, per local entity: its record, or -1
        place.reserveCapacity(analyses.reduce(0) { $0 + $1.entities.count })
        // Keys and written forms on all cores; then records in article order, on one (its
        // interners are shared), so the result is the same either way.
        for batch in stride(from: 0, to: analyses.count, by: Self.preparedBatch) {
            let range = batch..<min(analyses.count, batch + Self.preparedBatch)
            let prepared = Parallel.map(range.count, parallel: parallel) { i -> [Prepared?] in
                let a = range.lowerBound + i, analysis = analyses[a]
                return analysis.entities.map { local -> Prepared? in
                    guard let key = EntityKey.of(local) else { return nil }
                    let (forms, counts) = local.writtenForms(in: articles[a].bytes, mentions: analysis.mentions)
                    return Prepared(key: key, forms: forms, counts: counts, titled: local.titled, gender: local.genderFinding.gender,
                                    personEvidence: local.type != .person ? .strong : local.personEvidence)
                }
            }
            for (i, locals) in prepared.enumerated() {
                let id = articles[range.lowerBound + i].id
                for p in locals {
                    guard let p else {
                        place.append(-1)
                        continue
                    }
                    place.append(Int32(records.count))
                    records.append(article: id, key: p.key, titled: p.titled, forms: p.forms, counts: p.counts,
                                   gender: p.gender, personEvidence: p.personEvidence)
                }
            }
        }
        let merged = EntityMerge.merge(records)
        entities = merged.entities
        keys = merged.keys
        for i in place.indices where place[i] >= 0 { place[i] = merged.assignment[Int(place[i])] }
        global = place
        globalStart.reserveCapacity(analyses.count + 1)
        for analysis in analyses { globalStart.append(globalStart[globalStart.count - 1] + Int32(analysis.entities.count)) }
    }

    /// The corpus entity (an index into `entities`) of local entity `local` of article `article`
    /// (an id, from 1); nil when there is none.
    package func corpusEntity(article: Int, local: Int) -> Int? {
        guard article >= 1, article < globalStart.count, local >= 0 else { return nil }
        let at = Int(globalStart[article - 1]) + local
        guard at < Int(globalStart[article]), global[at] >= 0 else { return nil }
        return Int(global[at])
    }

    /// Bytes held by the article → corpus entity table (`Footprint`).
    var assignmentBytes: Int { Footprint.array(global) + Footprint.array(globalStart) }

    /// The canonical name of an article's local entity.
    package func name(article: Int, local: Int) -> String? {
        corpusEntity(article: article, local: local).map { entities[$0].name }
    }

    /// The gender of a speaker of article `id` who is a person (nil for bodies, groups and none).
    package func speakerGender(_ speaker: SpeakerRef?, article id: Int) -> Gender? {
        guard case .entity(let local)? = speaker, let g = corpusEntity(article: id, local: local) else { return nil }
        return entities[g].type == .person ? entities[g].gender : nil
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
