/// The word lists the extraction rules read, parsed from the data in `Lexicons/` on first use.
enum Lexicon {
    enum AbbreviationClass: UInt8 { case title, ambiguous }

    /// Abbreviations written with a final dot, by how the splitter treats them.
    static let abbreviations: WordTable<AbbreviationClass> = {
        var table = WordTable<AbbreviationClass>(capacity: 256)
        for (label, words) in classLines(abbreviationData) {
            switch label {
            case "title": words.forEach { table.insert($0, .title) }
            case "ambiguous": words.forEach { table.insert($0, .ambiguous) }
            default: break
            }
        }
        return table
    }().classed(.abbreviations)

    /// Words that open sentences (after an ambiguous abbreviation, they end the previous one).
    static let sentenceStarters: WordSet = {
        words(abbreviationData, "starter")
    }().classed(.sentenceStarters)

    /// Labels like "EXCLUSIVE" or "UPDATE" that are not a dateline's place.
    static let kickers: WordSet = WordSet(words: kickerData.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Every form of every speech verb, as a set.
    static let speechVerbWords: WordSet = {
        WordSet(words: (speechVerbData + "\n" + characterizingVerbData).split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }().classed(.speechVerbWords)

    /// Verbs that report speech without quotation marks ("said his country would…").
    static let reportingVerbs: WordSet = {
        var set = WordSet(capacity: 256)
        forEachWord(reportingVerbData, labels: classLines(reportingVerbData).map(\.0)) { p, s, e in set.insert(p, s, e, true) }
        return set
    }().classed(.reportingVerbs)
    /// Reporting verbs whose clause needs "that" ("declared a local emergency" reports nothing).
    static let thatVerbs = words(reportingVerbData, "that").classed(.thatVerbs)

    static let determiners = words(attributionData, "determiner").classed(.determiners)
    static let eventNouns = words(factContextData, "event")
    static let eventHeads = words(nameKindData, "event").classed(.eventHeads)
    static let workCues = words(nameKindData, "work").classed(.workCues)
    static let corporateCues = words(nameKindData, "corporate").classed(.corporateCues)
    static let stakeNouns = words(nameKindData, "stake").classed(.stakeNouns)
    static let corporateAfter = words(nameKindData, "corporate-after").classed(.corporateAfter)
    static let thingAcronyms = words(nameKindData, "thing").classed(.thingAcronyms)
    static let interjections = words(nameKindData, "interjection").classed(.interjections)
    static let fillerWords = words(factContextData, "filler")
    static let locatives = words(factContextData, "locative")
    static let prepositions = words(attributionData, "preposition").classed(.prepositions)
    static let namingVerbs = words(attributionData, "naming").classed(.namingVerbs)
    static let workNouns = words(attributionData, "work").classed(.workNouns)
    static let groupNouns = words(attributionData, "group").classed(.groupNouns)
    static let objectVerbs = words(attributionData, "object-verb").classed(.objectVerbs)
    static let cueNouns = words(attributionData, "cue-noun").classed(.cueNouns)
    /// Words that open a clause before the main one ("Although …, Kerr said").
    static let subordinators = words(attributionData, "subordinator")
    /// Plural nouns without a plural ending ("police say").
    static let unmarkedPlurals = words(attributionData, "plural")
    static let epithets = words(attributionData, "epithet").classed(.epithets)
    static let bodyNouns = words(attributionData, "body").classed(.bodyNouns)
    static let elisions = words(attributionData, "elision").classed(.elisions)
    static let documentNouns = words(attributionData, "document").classed(.documentNouns)
    static let mouthpieces = words(attributionData, "mouthpiece").classed(.mouthpieces)
    static let cueLeads = words(attributionData, "cue-lead").classed(.cueLeads)

    static let journalistRoles = words(sourceCategoryData, "journalist")
    static let expertRoles = words(sourceCategoryData, "expert")
    static let officialRoles = words(sourceCategoryData, "official")
    static let outletWords = words(sourceCategoryData, "outlet")
    static let localRoles = words(sourceCategoryData, "local")

    /// Auxiliaries and adverbs that may stand between a speaker and the speech verb ("has also said").
    static let auxiliaries = words(verbData, "auxiliary").classed(.auxiliaries)
    static let notAdverbs = words(verbData, "not-adverb").classed(.notAdverbs)

    /// Every form of every speech verb, mapped to its lemma.
    static let speechVerbs: WordTable<String> = {
        var table = WordTable<String>(capacity: 1024)
        for line in speechVerbData.split(separator: "\n") {
            let words = line.split(separator: " ").map(String.init)
            guard let lemma = words.first else { continue }
            for w in words { table.insert(w, lemma) }
        }
        return table
    }()

    /// Words of one label in a "label: word word…" data text, as a set.
    static func words(_ data: String, _ label: String) -> WordSet {
        var set = WordSet(capacity: 64)
        forEachWord(data, labels: [label]) { p, s, e in set.insert(p, s, e, true) }
        return set
    }

    /// Calls `body` with the byte range of every word on the "label: word word…" lines of
    /// `data` whose label is one of `labels`, straight from the bytes.
    static func forEachWord(_ data: String, labels: [String], _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void) {
        let wanted = labels.map { Array($0.utf8) }
        var text = data
        text.withUTF8 { p in
            var i = 0
            while i < p.count {
                var end = i
                while end < p.count && p[end] != 0x0A { end += 1 }
                var colon = i
                while colon < end && p[colon] != 0x3A { colon += 1 }
                if colon < end {
                    var ls = i, le = colon
                    while ls < le && p[ls] == 0x20 { ls += 1 }
                    while le > ls && p[le - 1] == 0x20 { le -= 1 }
                    if wanted.contains(where: { $0.count == le - ls && $0.elementsEqual(p[ls..<le]) }) {
                        var w = colon + 1
                        while w < end {
                            while w < end && p[w] == 0x20 { w += 1 }
                            var we = w
                            while we < end && p[we] != 0x20 { we += 1 }
                            if we > w { body(p, w, we) }
                            w = we
                        }
                    }
                }
                i = end + 1
            }
        }
    }

    static let titles = words(titleData, "title").classed(.titles)
    static let roles: WordSet = {
        var set = WordSet(capacity: 256)
        forEachWord(titleData, labels: ["role", "title"]) { p, s, e in set.insert(p, s, e, true) }
        return set
    }().classed(.roles)
    static let roleModifiers = words(titleData, "modifier").classed(.roleModifiers)
    static let leaderRoles = words(titleData, "leader").classed(.leaderRoles)
    static let maleTitles = words(titleData, "male").classed(.maleTitles)
    static let femaleTitles = words(titleData, "female").classed(.femaleTitles)
    static let honorifics = words(titleData, "honorific").classed(.honorifics)
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

    static let placeHeads = words(placeShapeData, "head").classed(.placeHeads)
    /// US postal codes written after a place ("Washington DC", "Austin TX").
    static let regionCodes = words(placeShapeData, "region-code")
    static let organizationHeads = words(organizationData, "head").classed(.organizationHeads)
    static let organizationOpenings = words(organizationData, "opening").classed(.organizationOpenings)
    static let organizationNames = words(organizationData, "single").classed(.organizationNames)

    enum PronounClass: UInt8 { case male, female, plural, neuter, first }
    static let pronouns: WordTable<PronounClass> = {
        var t = WordTable<PronounClass>(capacity: 64)
        for (label, words) in classLines(pronounData) {
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
    static let nameParticles = words(nameData, "particle").classed(.nameParticles)
    static let nameSuffixes = words(nameData, "suffix")
    static let nameAdjectives = words(nameData, "adjective").classed(.nameAdjectives)

    /// "label: word word…" lines, grouped by label in order.
    static func classLines(_ data: String) -> [(String, [String])] {
        data.split(separator: "\n").compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let label = line[..<colon].trimmingCharacters(in: " ")
            let words = line[line.index(after: colon)...].split(separator: " ").map(String.init)
            return (label, words)
        }
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        var s = self[...]
        while s.first == set { s = s[s.index(after: s.startIndex)...] }
        while s.last == set { s = s[..<s.index(before: s.endIndex)] }
        return String(s)
    }
}
