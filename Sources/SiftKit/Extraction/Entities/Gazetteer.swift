/// Look-ups in the generated gazetteers (Lexicons/Generated): places, demonyms and first names.
/// Each table is parsed on first use only, so a query that needs no entities never pays for it.
enum Gazetteer {
    enum PlaceKind: UInt8 { case country, state, city, continent, region }

    /// Place names (single- and multi-word, joined by single spaces), by kind.
    static let places: WordTable<PlaceKind> = {
        var t = WordTable<PlaceKind>(capacity: 40_000)
        for line in placeData.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 2 else { continue }
            let kind: PlaceKind
            switch f[1] {
            case "country": kind = .country
            case "state": kind = .state
            case "city": kind = .city
            case "continent": kind = .continent
            default: kind = .region
            }
            // A name listed as several kinds keeps the broadest (Georgia the country, not the state).
            if let old = t.lookup(String(f[0])), old.rawValue <= kind.rawValue { continue }
            t.insert(String(f[0]), kind)
        }
        return t
    }()

    /// Demonym → the country's name ("Ukrainian" → "Ukraine").
    static let demonyms: WordTable<String> = {
        var t = WordTable<String>(capacity: 1024)
        for line in demonymData.split(separator: "\n") {
            let f = line.split(separator: "\t")
            if f.count == 2 { t.insert(String(f[0]), String(f[1])) }
        }
        return t
    }()

    /// First name → gender (unknown for names used for both).
    static let firstNames: WordTable<Gender> = {
        var t = WordTable<Gender>(capacity: 20_000)
        for line in firstNameData.split(separator: "\n") {
            let f = line.split(separator: "\t")
            guard f.count == 2 else { continue }
            t.insert(String(f[0]), f[1] == "m" ? .male : f[1] == "f" ? .female : .unknown)
        }
        return t
    }()

    static let months = Lexicon.words(calendarData, "month")
    static let weekdays = Lexicon.words(calendarData, "weekday")
}
