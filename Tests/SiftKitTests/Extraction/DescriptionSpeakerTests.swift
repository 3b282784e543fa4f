import Testing
@testable import SiftKit

/// Speakers named by a description, a title, or a pronoun whose antecedent hides in a headline or
/// behind an opening adverbial. One small invented article per case.
@Suite("Described speakers and their antecedents")
struct DescriptionSpeakerTests {
    /// (speaker, text) of the direct and partial quotes, in text order.
    func quotes(_ text: String) -> [(String?, String)] {
        let c = Corpus()
        c.add(text: text, name: "fixture.txt")
        let t = try! c.query("quotes")
        return (0..<t.count).map { t.row($0) }.filter { ["direct", "partial"].contains($0["kind"]!.string!) }
            .map { ($0["speaker"]!.string, $0["text"]!.string!) }
    }

    func entityNames(_ text: String) -> [String] {
        let c = Corpus()
        c.add(text: text, name: "fixture.txt")
        let t = try! c.query("entities")
        return (0..<t.count).map { t.row($0)["name"]!.string! }
    }

    @Test func anAbbreviatedTitleResolvesTheFullRole() {
        let q = quotes("""
        Tax code

        If Gordon Pell could make money doing it, Vermont Sen. Bernard Sandoval is against it.

        Based on the evidence of a newspaper article, Sandoval on Tuesday said he wants to attack four provisions in the tax code.

        The senator said he would “introduce legislation in the next session of Congress to close loopholes Gordon Pell used.”
        """)
        #expect(q.count == 1)
        #expect(q.first?.0 == "Bernard Sandoval", "“the senator” is Sen. Bernard Sandoval")
    }

    @Test func aBodyNounResolvesTheOrganisationNamedBefore() {
        let q = quotes("""
        Endorsement

        The Association of Harbour Pilots endorsed the mayor on Friday.

        "Her record on safety is the best in the state," the union wrote.
        """)
        #expect(q.map(\.0) == ["Association of Harbour Pilots"])
    }

    @Test func aRolePhraseOpeningTheNextClauseIsNotAnAppositive() {
        let q = quotes("""
        Blast

        Nine people were hurt in Marlowe by an explosion that Mayor Idris Fenwick called "a deliberate act."

        At a press conference in Marlowe, the mayor also said there was "no sign" of a second device.

        "We do not see a wider threat," the mayor said.
        """)
        #expect(q.map(\.1) == ["no sign", "We do not see a wider threat,"])
        #expect(q.map(\.0) == ["Idris Fenwick", "Idris Fenwick"])
    }

    @Test func aTitledSurnameBeforeTheFullNameIsTheSamePerson() {
        // The common convention (BBC: "Lord Butler" … "Robin Butler"), which wins over the rarer
        // case of a relative named in full later.
        let text = """
        Inquiry

        Lord Pellow said the report was fair.

        Robin Pellow, who led the inquiry, told MPs: "We found no evidence of bad faith."
        """
        let names = entityNames(text)
        #expect(names.contains("Robin Pellow"))
        #expect(!names.contains("Pellow"), "the titled surname joins the full name")
    }

    @Test func aTitleCaseHeadlineDoesNotRunNamesTogether() {
        let text = """
        Governor Dale Huxley Calls Senator Maria Quintero ‘A Disgrace’ Over Port Comments.

        Governor Dale Huxley described Senator Maria Quintero as a "disgrace" on Tuesday.

        On the Morning Harbour Show on Monday, Quintero criticized port officer Linda Brandt for closing the docks.

        "How many times do we have to see this in our city?" she said.
        """
        let names = entityNames(text)
        #expect(!names.contains { $0.contains("Calls") })
        #expect(names.contains("Maria Quintero"))
        let q = quotes(text)
        #expect(q.last?.0 == "Maria Quintero", "the subject after the opening adverbial, not the object nearer the quote")
    }
}
