/// The short forms of Lexicons/Aliases.swift: the key of a form ("lib dems", "us") → its entity's
/// type and key ("liberal democrats", "united states"), parsed on first use.
enum AliasTable {
    static let entries: [String: (type: EntityType, key: [String])] = {
        var out: [String: (type: EntityType, key: [String])] = [:]
        for line in aliasData.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":"), let type = EntityType(rawValue: String(line[..<colon])) else { continue }
            let forms = line[line.index(after: colon)...].split(separator: "|").map { NameKey.key(String($0)) }.filter { !$0.isEmpty }
            guard let canonical = forms.first else { continue }
            for form in forms { out[form.joined(separator: " ")] = (type, canonical) }
        }
        return out
    }()

    /// The first word of every form: most names start with none, and are rejected without
    /// joining their words.
    static let firstWords: WordSet = {
        var set = WordSet(capacity: 256)
        for form in entries.keys { set.insert(String(form.prefix { $0 != " " }), true) }
        return set
    }()

    /// The entity a name's key is a form of, if the table lists it.
    static func lookup(_ key: [String]) -> (type: EntityType, key: [String])? {
        guard let first = key.first, key.count <= 5, firstWords.contains(first) else { return nil }
        return entries[key.joined(separator: " ")]
    }
}
