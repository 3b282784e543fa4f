/// The word tables the extraction rules ask about token by token, one bit each. Every token's
/// classes come from one look-up in `WordClasses.merged` (per distinct word of an article, in
/// `TokenText`), so a rule's "is token k a preposition" is an AND, not a hash look-up per table.
/// A table joins by a case here, an arm in `WordClasses.table(_:)` and `.classed(.case)` on its
/// definition; `merged` checks that the three agree.
enum WordClass: Int, CaseIterable {
    case abbreviations
    case sentenceStarters
    case speechVerbWords
    case reportingVerbs
    case thatVerbs
    case determiners
    case eventHeads
    case workCues
    case corporateCues
    case stakeNouns
    case corporateAfter
    case thingAcronyms
    case interjections
    case prepositions
    case namingVerbs
    case workNouns
    case groupNouns
    case objectVerbs
    case cueNouns
    case epithets
    case bodyNouns
    case elisions
    case documentNouns
    case mouthpieces
    case cueLeads
    case auxiliaries
    case notAdverbs
    case titles
    case roles
    case roleModifiers
    case leaderRoles
    case maleTitles
    case femaleTitles
    case honorifics
    case placeHeads
    case organizationHeads
    case organizationOpenings
    case organizationNames
    case pronouns
    case nameParticles
    case nameAdjectives
    case places
    case demonyms
    case firstNames
    case commonWords
    case months
    case holidays
    case weekdays
    case openers
    case cardinals
    case scales
    case fractions
    case currencies
    case monthNumbers

    var bit: UInt64 { 1 << UInt64(rawValue) }
}

enum WordClasses {
    /// Every classed table's words, each mapped to the bits of the tables it is in.
    static let merged: WordTable<UInt64> = {
        var merger = Merger(merged: WordTable<UInt64>(capacity: 90_000))
        for c in WordClass.allCases {
            merger.bit = c.bit
            visit(c, &merger)
        }
        return merger.merged
    }()

    private struct Merger: WordTableVisitor {
        var merged: WordTable<UInt64>
        var bit: UInt64 = 0
        mutating func visit<V>(_ table: WordTable<V>) {
            precondition(table.wordClass == bit, "a table is not marked .classed() with its own case")
            let bit = self.bit
            table.forEachWord { p, s, e in merged.update(p, s, e, initial: 0) { $0 |= bit } }
        }
    }

    /// Hands the table of class `c` to `visitor`.
    static func visit<T: WordTableVisitor>(_ c: WordClass, _ v: inout T) {
        switch c {
            case .abbreviations: v.visit(Lexicon.abbreviations)
            case .sentenceStarters: v.visit(Lexicon.sentenceStarters)
            case .speechVerbWords: v.visit(Lexicon.speechVerbWords)
            case .reportingVerbs: v.visit(Lexicon.reportingVerbs)
            case .thatVerbs: v.visit(Lexicon.thatVerbs)
            case .determiners: v.visit(Lexicon.determiners)
            case .eventHeads: v.visit(Lexicon.eventHeads)
            case .workCues: v.visit(Lexicon.workCues)
            case .corporateCues: v.visit(Lexicon.corporateCues)
            case .stakeNouns: v.visit(Lexicon.stakeNouns)
            case .corporateAfter: v.visit(Lexicon.corporateAfter)
            case .thingAcronyms: v.visit(Lexicon.thingAcronyms)
            case .interjections: v.visit(Lexicon.interjections)
            case .prepositions: v.visit(Lexicon.prepositions)
            case .namingVerbs: v.visit(Lexicon.namingVerbs)
            case .workNouns: v.visit(Lexicon.workNouns)
            case .groupNouns: v.visit(Lexicon.groupNouns)
            case .objectVerbs: v.visit(Lexicon.objectVerbs)
            case .cueNouns: v.visit(Lexicon.cueNouns)
            case .epithets: v.visit(Lexicon.epithets)
            case .bodyNouns: v.visit(Lexicon.bodyNouns)
            case .elisions: v.visit(Lexicon.elisions)
            case .documentNouns: v.visit(Lexicon.documentNouns)
            case .mouthpieces: v.visit(Lexicon.mouthpieces)
            case .cueLeads: v.visit(Lexicon.cueLeads)
            case .auxiliaries: v.visit(Lexicon.auxiliaries)
            case .notAdverbs: v.visit(Lexicon.notAdverbs)
            case .titles: v.visit(Lexicon.titles)
            case .roles: v.visit(Lexicon.roles)
            case .roleModifiers: v.visit(Lexicon.roleModifiers)
            case .leaderRoles: v.visit(Lexicon.leaderRoles)
            case .maleTitles: v.visit(Lexicon.maleTitles)
            case .femaleTitles: v.visit(Lexicon.femaleTitles)
            case .honorifics: v.visit(Lexicon.honorifics)
            case .placeHeads: v.visit(Lexicon.placeHeads)
            case .organizationHeads: v.visit(Lexicon.organizationHeads)
            case .organizationOpenings: v.visit(Lexicon.organizationOpenings)
            case .organizationNames: v.visit(Lexicon.organizationNames)
            case .pronouns: v.visit(Lexicon.pronouns)
            case .nameParticles: v.visit(Lexicon.nameParticles)
            case .nameAdjectives: v.visit(Lexicon.nameAdjectives)
            case .places: v.visit(Gazetteer.places)
            case .demonyms: v.visit(Gazetteer.demonyms)
            case .firstNames: v.visit(Gazetteer.firstNames)
            case .commonWords: v.visit(Gazetteer.commonWords)
            case .months: v.visit(Gazetteer.months)
            case .holidays: v.visit(Gazetteer.holidays)
            case .weekdays: v.visit(Gazetteer.weekdays)
            case .openers: v.visit(QuantityLexicon.openers)
            case .cardinals: v.visit(QuantityLexicon.cardinals)
            case .scales: v.visit(QuantityLexicon.scales)
            case .fractions: v.visit(QuantityLexicon.fractions)
            case .currencies: v.visit(QuantityLexicon.currencies)
            case .monthNumbers: v.visit(QuantityLexicon.monthNumbers)
        }
    }
}

extension WordTable {
    /// This table, marked as the one `WordClasses.merged` files under class `c`.
    func classed(_ c: WordClass) -> WordTable { marked(c.bit) }
}

/// Something done to a word table of any value type (`WordClasses.visit`).
protocol WordTableVisitor {
    mutating func visit<V>(_ table: WordTable<V>)
}
