/// Look-ups in the generated gazetteers (Lexicons/Generated): places, demonyms and first names.
/// Each table is parsed on first use only, so a query that needs no entities never pays for it.
enum Gazetteer {
    enum PlaceKind: UInt8 { case country, state, city, continent, region }

    /// Place names (single- and multi-word, joined by single spaces), by kind.
    static let places: WordTable<PlaceKind> = {
        var t = WordTable<PlaceKind>(capacity: 40_000)
        TabSeparated.forEachLine(placeData) { p, f in
            guard f.count >= 2 else { return }
            let kind: PlaceKind
            if TabSeparated.field(p, f[1], is: "country") { kind = .country }
            else if TabSeparated.field(p, f[1], is: "state") { kind = .state }
            else if TabSeparated.field(p, f[1], is: "city") { kind = .city }
            else if TabSeparated.field(p, f[1], is: "continent") { kind = .continent }
            else { kind = .region }
            // A name listed as several kinds keeps the broadest (Georgia the country, not the state).
            if let old = t.lookup(p, f[0].lowerBound, f[0].upperBound), old.rawValue <= kind.rawValue { return }
            t.insert(p, f[0].lowerBound, f[0].upperBound, kind)
        }
        return t
    }().classed(.places)

    /// Demonym → the country's name ("Ukrainian" → "Ukraine").
    static let demonyms: WordTable<String> = {
        var t = WordTable<String>(capacity: 1024)
        TabSeparated.forEachLine(demonymData) { p, f in
            guard f.count == 2 else { return }
            t.insert(p, f[0].lowerBound, f[0].upperBound, String(decoding: UnsafeBufferPointer(rebasing: p[f[1]]), as: UTF8.self))
        }
        return t
    }().classed(.demonyms)

    /// First name → gender (unknown for names used for both).
    static let firstNames: WordTable<Gender> = {
        var t = WordTable<Gender>(capacity: 20_000)
        TabSeparated.forEachLine(firstNameData) { p, f in
            guard f.count == 2 else { return }
            let gender: Gender = TabSeparated.field(p, f[1], is: "m") ? .male : TabSeparated.field(p, f[1], is: "f") ? .female : .unknown
            t.insert(p, f[0].lowerBound, f[0].upperBound, gender)
        }
        return t
    }().classed(.firstNames)

    /// Common lower-case English words ("rival", "former", "early"): a capitalised one opening a
    /// name is a describing word, not part of it.
    static let commonWords: WordSet = {
        var t = WordSet(capacity: 12_000)
        TabSeparated.forEachLine(commonWordData) { p, f in
            if let w = f.first { t.insert(p, w.lowerBound, w.upperBound, true) }
        }
        return t
    }().classed(.commonWords)

    static let months = LexiconFormat.words(calendarData, "month").classed(.months)
    static let holidays = LexiconFormat.words(calendarData, "holiday").classed(.holidays)
    static let weekdays = LexiconFormat.words(calendarData, "weekday").classed(.weekdays)
}
