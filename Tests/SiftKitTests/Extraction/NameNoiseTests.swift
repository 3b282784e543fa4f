import Testing
@testable import SiftKit

/// Capitalised words that are not names, and short forms that are: the noise a real news corpus
/// (BBC, PolNeAR) showed in the `entities` output, one small invented article per case.
@Suite("Names: capitals that are not names, short forms that are")
struct NameNoiseTests {
    func entities(_ text: String) -> [String: String] {
        let c = Corpus()
        c.add(text: text, name: "fixture.txt")
        let t = try! c.query("entities")
        var out: [String: String] = [:]
        for r in 0..<t.count { out[t.row(r)["name"]!.string!] = t.row(r)["type"]!.string! }
        return out
    }

    @Test func pronounsAndTheirContractionsAreNeverNames() {
        let e = entities("""
        Sprint

        Kim Dalton won again. "I've trained all winter and I'm ready," Dalton said. "When I run here, We've always had a crowd."
        """)
        #expect(e["Kim Dalton"] == "person")
        for noise in ["I've", "I'm", "When I", "We've", "I"] { #expect(e[noise] == nil, "\(noise) is no name") }
    }

    @Test func aClauseOpeningAfterAQuoteMarkIsNotAName() {
        let e = entities("""
        Budget

        Finance chief Ada Mbeki spoke on Monday: "However hard it looks, this budget balances."
        """)
        #expect(e["However"] == nil)
        #expect(e["Ada Mbeki"] == "person")
    }

    @Test func aWeekdayAfterAnOrganisationIsNotPartOfIt() {
        let e = entities("Markets\n\nShares in Norvale fell on the Harbour Stock Exchange on Monday after the report.\n")
        #expect(e["Harbour Stock Exchange"] == "organization")
        #expect(!e.keys.contains { $0.contains("Monday") })
    }

    @Test func theShortFormOfAnOrganisationJoinsIt() {
        let e = entities("""
        Deal

        Tavish Holdings agreed to buy the firm. Analysts said Tavish would pay $2bn.
        """)
        #expect(e["Tavish Holdings"] == "organization")
        #expect(e["Tavish"] == nil, "“Tavish” is the short form of Tavish Holdings")
    }

    @Test func anOrganisationWordAloneInMidSentenceIsAnOrganisation() {
        let e = entities("Ruling\n\nThe appeal went to the Court of Appeals in March, and the Court said the fine was too high.\n")
        #expect(e["Court of Appeals"] == "organization")
        #expect(e["Court"] == nil || e["Court"] == "organization")
    }

    @Test func aFilmTitleKeepsItsCapitalisedPronoun() {
        let e = entities("Premiere\n\nThe actress missed the premiere of Shall We Dance in London on Monday.\n")
        #expect(e["Shall We Dance"] == "other")
    }

    @Test func aSpeakersSurnameMakesTheUntypedFullNameAPerson() {
        // "Tobiah" is in no first-name list: the full name has no evidence of its own until
        // "Quarrie said" shows a person.
        let e = entities("""
        Tennis

        Tobiah Quarrie beat the top seed in three sets. "It was hard," Quarrie said after the match.
        """)
        #expect(e["Tobiah Quarrie"] == "person")
        #expect(e["Quarrie"] == nil, "the surname joins the full name")
    }

    @Test func nationalityNounsAreNoNames() {
        let e = entities("Cup\n\nThe Dutchman scored twice and the Irishman once. Martin Jolley said the Frenchmen were tired.\n")
        for noise in ["Dutchman", "Irishman", "Frenchmen"] { #expect(e[noise] == nil, "\(noise) is a nationality") }
        #expect(e["Martin Jolley"] == "person")
    }

    @Test func partiesAreOrganisationsAndAdjectivesOfFaithOrRegionNameNothing() {
        let e = entities("Vote\n\nLabour won the seat. Jewish and Catholic groups and European diplomats welcomed it, Ana Reyes said.\n")
        #expect(e["Labour"] == "organization")
        for noise in ["Jewish", "Catholic", "European"] { #expect(e[noise] == nil, "\(noise) is an adjective") }
    }
}
