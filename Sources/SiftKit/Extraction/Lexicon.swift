/// The word lists the extraction rules read, parsed from the data in `Lexicons/` on first use.
enum Lexicon {
    typealias AbbreviationClass = TextLexicon.AbbreviationClass

    /// The text layer's tables (`TextLexicon`), marked with their word classes.
    static let abbreviations = TextLexicon.abbreviations.classed(.abbreviations)
    static let sentenceStarters = TextLexicon.sentenceStarters.classed(.sentenceStarters)

    /// Every form of every speech verb, as a set.
    static let speechVerbWords: WordSet = {
        WordSet(words: (speechVerbData + "\n" + characterizingVerbData).split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }().classed(.speechVerbWords)

    /// Verbs that report speech without quotation marks ("said his country would…").
    static let reportingVerbs: WordSet = {
        var set = WordSet(capacity: 256)
        LexiconFormat.forEachWord(reportingVerbData, labels: LexiconFormat.classLines(reportingVerbData).map(\.0)) { p, s, e in set.insert(p, s, e, true) }
        return set
    }().classed(.reportingVerbs)
    /// Reporting verbs whose clause needs "that" ("declared a local emergency" reports nothing).
    static let thatVerbs = LexiconFormat.words(reportingVerbData, "that").classed(.thatVerbs)

    static let determiners = LexiconFormat.words(attributionData, "determiner").classed(.determiners)
    static let eventNouns = LexiconFormat.words(factContextData, "event")
    static let eventHeads = LexiconFormat.words(nameKindData, "event").classed(.eventHeads)
    static let workCues = LexiconFormat.words(nameKindData, "work").classed(.workCues)
    static let corporateCues = LexiconFormat.words(nameKindData, "corporate").classed(.corporateCues)
    static let stakeNouns = LexiconFormat.words(nameKindData, "stake").classed(.stakeNouns)
    static let corporateAfter = LexiconFormat.words(nameKindData, "corporate-after").classed(.corporateAfter)
    static let thingAcronyms = LexiconFormat.words(nameKindData, "thing").classed(.thingAcronyms)
    static let interjections = LexiconFormat.words(nameKindData, "interjection").classed(.interjections)
    static let fillerWords = LexiconFormat.words(factContextData, "filler")
    static let locatives = LexiconFormat.words(factContextData, "locative")
    static let prepositions = LexiconFormat.words(attributionData, "preposition").classed(.prepositions)
    static let namingVerbs = LexiconFormat.words(attributionData, "naming").classed(.namingVerbs)
    static let workNouns = LexiconFormat.words(attributionData, "work").classed(.workNouns)
    static let groupNouns = LexiconFormat.words(attributionData, "group").classed(.groupNouns)
    static let objectVerbs = LexiconFormat.words(attributionData, "object-verb").classed(.objectVerbs)
    static let cueNouns = LexiconFormat.words(attributionData, "cue-noun").classed(.cueNouns)
    /// Words that open a clause before the main one ("Although …, Kerr said").
    static let subordinators = LexiconFormat.words(attributionData, "subordinator")
    /// Plural nouns without a plural ending ("police say").
    static let unmarkedPlurals = LexiconFormat.words(attributionData, "plural")
    static let epithets = LexiconFormat.words(attributionData, "epithet").classed(.epithets)
    static let bodyNouns = LexiconFormat.words(attributionData, "body").classed(.bodyNouns)
    static let elisions = LexiconFormat.words(attributionData, "elision").classed(.elisions)
    static let documentNouns = LexiconFormat.words(attributionData, "document").classed(.documentNouns)
    static let mouthpieces = LexiconFormat.words(attributionData, "mouthpiece").classed(.mouthpieces)
    static let cueLeads = LexiconFormat.words(attributionData, "cue-lead").classed(.cueLeads)

    static let journalistRoles = LexiconFormat.words(sourceCategoryData, "journalist")
    static let expertRoles = LexiconFormat.words(sourceCategoryData, "expert")
    static let officialRoles = LexiconFormat.words(sourceCategoryData, "official")
    static let outletWords = LexiconFormat.words(sourceCategoryData, "outlet")
    static let localRoles = LexiconFormat.words(sourceCategoryData, "local")

    static let auxiliaries = TextLexicon.auxiliaries.classed(.auxiliaries)
    static let notAdverbs = LexiconFormat.words(verbData, "not-adverb").classed(.notAdverbs)

    static let titles = LexiconFormat.words(titleData, "title").classed(.titles)
    static let roles: WordSet = {
        var set = WordSet(capacity: 256)
        LexiconFormat.forEachWord(titleData, labels: ["role", "title"]) { p, s, e in set.insert(p, s, e, true) }
        return set
    }().classed(.roles)
    static let roleModifiers = LexiconFormat.words(titleData, "modifier").classed(.roleModifiers)
    static let leaderRoles = LexiconFormat.words(titleData, "leader").classed(.leaderRoles)
    static let maleTitles = LexiconFormat.words(titleData, "male").classed(.maleTitles)
    static let femaleTitles = LexiconFormat.words(titleData, "female").classed(.femaleTitles)
    static let honorifics = LexiconFormat.words(titleData, "honorific").classed(.honorifics)
    /// Abbreviated titles and the roles they stand for: "sen" → "senator".
    static let roleAbbreviations: [String: String] = {
        var map: [String: String] = [:]
        for line in titleData.split(separator: "\n") where line.hasPrefix("short:") {
            for pair in line.dropFirst(6).split(separator: " ") {
                let parts = pair.split(separator: "=")
                if parts.count == 2 { map[String(parts[0])] = String(parts[1]) }
            }
        }
        return map
    }()

    static let placeHeads = LexiconFormat.words(placeShapeData, "head").classed(.placeHeads)
    /// US postal codes written after a place ("Washington DC", "Austin TX").
    static let regionCodes = LexiconFormat.words(placeShapeData, "region-code")
    static let organizationHeads = LexiconFormat.words(organizationData, "head").classed(.organizationHeads)
    static let organizationOpenings = LexiconFormat.words(organizationData, "opening").classed(.organizationOpenings)
    static let organizationNames = LexiconFormat.words(organizationData, "single").classed(.organizationNames)

    enum PronounClass: UInt8 { case male, female, plural, neuter, first }
    static let pronouns: WordTable<PronounClass> = {
        var t = WordTable<PronounClass>(capacity: 64)
        for (label, words) in LexiconFormat.classLines(pronounData) {
            let c: PronounClass
            switch label {
            case "male": c = .male
            case "female": c = .female
            case "plural": c = .plural
            case "neuter": c = .neuter
            default: c = .first
            }
            words.forEach { t.insert($0, c) }
        }
        return t
    }().classed(.pronouns)

    /// Particles that stay inside a person's name: "Ursula von der Leyen", "Osama bin Laden".
    static let nameParticles = LexiconFormat.words(nameData, "particle").classed(.nameParticles)
    /// Generational suffixes, which stay with the surname in a name's key (NameKey).
    static let nameSuffixes = LexiconFormat.words(nameData, "suffix")
    static let nameAdjectives = LexiconFormat.words(nameData, "adjective").classed(.nameAdjectives)
}
