import Foundation
import Testing
@testable import SiftKit

/// Gender from evidence: the article's titles, role nouns and pronouns first, then first names;
/// unknown without evidence or when it conflicts.
@Suite("Gender from evidence")
struct GenderTests {
    /// name → gender of the `entities` rows that are people.
    func genders(_ texts: String...) -> [String: String] {
        let c = Corpus()
        for (i, text) in texts.enumerated() { c.add(text: text, name: "g\(i + 1).txt") }
        return peopleGenders(c)
    }

    func peopleGenders(_ c: Corpus) -> [String: String] {
        let t = try! c.query("entities | where type == \"person\"")
        var out: [String: String] = [:]
        for r in 0..<t.count { out[t.row(r)["name"]!.string!] = t.row(r)["gender"]?.string }
        return out
    }

    @Test func titlesAndRoleNounsTellIt() {
        let g = genders("Council\n\nMrs Orla Penhallow opened the meeting. Lord Brackwater objected. Chairwoman Sam Treloar said the vote would wait.\n")
        #expect(g["Orla Penhallow"] == "female")
        #expect(g["Brackwater"] == "male")
        #expect(g["Sam Treloar"] == "female")
    }

    @Test func pronounsReferringToThePersonTellIt() {
        // "Robin" is given to both sexes: only the pronoun tells.
        let g = genders("Harbour\n\nRobin Quarrie inspected the harbour wall on Monday. She said it would hold.\n")
        #expect(g["Robin Quarrie"] == "female")
    }

    @Test func theArticleOutranksTheFirstNameList() {
        let g = genders("Profile\n\nMs Michael Trevanion runs the yard. She said business was good.\n")
        #expect(g["Michael Trevanion"] == "female")
    }

    @Test func firstNameListWhenTheArticleSaysNothing() {
        let g = genders("Notice\n\nElizabeth Carnsew and Thomas Polglaze signed the letter.\n")
        #expect(g["Elizabeth Carnsew"] == "female")
        #expect(g["Thomas Polglaze"] == "male")
    }

    @Test func noEvidenceOrConflictingEvidenceIsUnknown() {
        let g = genders("Vote\n\n\"We will see,\" Pendarves said. Mr Kestle Vosper, the spokeswoman for the group, spoke too.\n")
        #expect(g["Pendarves"] == "unknown")
        #expect(g["Kestle Vosper"] == "unknown")  // a male title and a female role noun
    }

    @Test func quotesAndSourcesCarryTheSpeakersGender() throws {
        let c = Corpus()
        c.add(text: "Flood\n\n\"The wall held,\" said Mrs Tamsin Rowe, the harbour master.\n\n\"We were lucky,\" said the Harbour Board.\n", name: "q.txt")
        let quotes = try c.query("quotes | select speaker, gender")
        let bySpeaker = Dictionary((0..<quotes.count).map { (quotes.row($0)["speaker"]?.string ?? "", quotes.row($0)["gender"]!) }, uniquingKeysWith: { a, _ in a })
        #expect(bySpeaker["Tamsin Rowe"]?.string == "female")
        #expect(bySpeaker["Harbour Board"] == .null)  // a body has no gender
        let sources = try c.query("sources | group by gender | count")
        #expect(sources.count >= 1)
        let why = try c.query("why entity \"Tamsin Rowe\"")
        let text = (0..<why.count).map { why.row($0)["value"]?.string ?? "" }.joined(separator: "\n")
        #expect(text.contains("female title or role: mrs"))
    }

    /// Every person the seeds and samples call he or she, or title Mr/Ms/Mrs, has that gender.
    @Test(.needsShared) func seedsAndSamplesPeopleHaveTheirArticlesGender() {
        let seeds = Corpus()
        seeds.load([Paths.sharedPath("seeds")])
        let s = peopleGenders(seeds)
        for name in ["Vladimir Putin", "Donald Trump", "Volodymyr Zelensky", "Steve Witkoff", "David Lammy", "Ben Hodges",
                     "Marco Rubio", "Emmanuel Macron", "Olaf Scholz"] {
            #expect(s[name] == "male", "\(name): \(s[name] ?? "missing")")
        }
        for name in ["Ursula von der Leyen", "Kaja Kallas", "Maria Snegovaya", "Susan Colbourn", "Kristine Berzina"] {
            #expect(s[name] == "female", "\(name): \(s[name] ?? "missing")")
        }
    }

    @Test func samplesPeopleHaveTheirArticlesGender() {
        let c = Corpus()
        c.load([Paths.samples.path])
        let g = peopleGenders(c)
        for name in ["Ellen Marsh", "Dana Whitfield", "Anne K. Lindqvist", "Rita Haskins", "Maria Delgado"] {
            #expect(g[name] == "female", "\(name): \(g[name] ?? "missing")")
        }
        for name in ["Peter Osei", "Tom Marsh", "Tomás Ortega", "Yuri Kovalenko"] {
            #expect(g[name] == "male", "\(name): \(g[name] ?? "missing")")
        }
    }
}
