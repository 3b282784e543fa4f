import Testing
@testable import SiftKit

/// One small invented article per attribution pattern; each test asserts speaker, kind and text.
@Suite("Quotes and their speakers")
struct QuoteTests {
    struct Row: Equatable, CustomStringConvertible {
        var speaker: String?
        var kind: String
        var text: String
        var description: String { "\(speaker ?? "nil") [\(kind)] \(text)" }
    }

    /// Quote rows of one article, in text order; `kinds` filters (default: direct and partial).
    func quotes(_ text: String, kinds: Set<String> = ["direct", "partial"], corpus: Corpus? = nil) -> [Row] {
        let c = corpus ?? Corpus()
        c.add(text: text, name: "fixture-\(c.count + 1).txt")
        let id = c.count
        let t = try! c.query("quotes in \(id)")
        return (0..<t.count).map { t.row($0) }.filter { kinds.contains($0["kind"]!.string!) }
            .map { Row(speaker: $0["speaker"]!.string, kind: $0["kind"]!.string!, text: $0["text"]!.string!) }
    }

    @Test func cueBeforeWithColon() {
        let rows = quotes("Levee vote\n\nMayor Ellen Marsh spoke to the council on Thursday.\n\nMarsh said: \"We need a plan this week.\"\n")
        #expect(rows == [Row(speaker: "Ellen Marsh", kind: "direct", text: "We need a plan this week.")])
    }

    @Test func cueAfterAndInvertedWithAppositive() {
        let rows = quotes("""
        Levee study

        "That section was built for a different climate," said Dana Whitfield, a hydrologist at Harlan State University.

        Councilman Peter Osei disagreed. "The money was there," Osei said.
        """)
        #expect(rows == [Row(speaker: "Dana Whitfield", kind: "direct", text: "That section was built for a different climate,"),
                         Row(speaker: "Peter Osei", kind: "direct", text: "The money was there,")])
    }

    @Test func quoteSplitAroundItsAttribution() {
        let rows = quotes("""
        Storm

        Fire Chief Tomás Ortega spent the night on the levee. "We had boats in the water within minutes," he said. "Nobody refused to leave."

        "We were paid to fix that levee," Tom Marsh said, "and we fixed it."
        """)
        #expect(rows.map(\.speaker) == ["Tomás Ortega", "Tomás Ortega", "Tom Marsh", "Tom Marsh"])
        #expect(rows.map(\.text) == ["We had boats in the water within minutes,", "Nobody refused to leave.",
                                     "We were paid to fix that levee,", "and we fixed it."])
    }

    @Test func pronounResolvesByGenderAcrossAnotherPerson() {
        let rows = quotes("""
        Night of the flood

        Fire Chief Tomás Ortega said crews had pulled 46 people from flooded homes.

        Maria Delgado waited on the second floor with her two children until a boat arrived.

        "My firefighters have been on their feet for 18 hours," he added.

        "We were lucky," she said.
        """)
        #expect(rows == [Row(speaker: "Tomás Ortega", kind: "direct", text: "My firefighters have been on their feet for 18 hours,"),
                         Row(speaker: "Maria Delgado", kind: "direct", text: "We were lucky,")])
    }

    @Test func descriptionResolvesThroughTheRoleItWasIntroducedWith() {
        let rows = quotes("""
        Aid talks

        Foreign Secretary Anna Pryce met Ukraine's President Ivan Hordiyenko on Tuesday.

        "We want peace to prevail," the foreign secretary told reporters.

        "Today the talks moved forward," the Ukrainian leader said.
        """)
        #expect(rows.map(\.speaker) == ["Anna Pryce", "Ivan Hordiyenko"])
    }

    @Test func organisationsAndGroupsSpeak() {
        let rows = quotes("""
        Statement

        "Our engineers inspected the levee in January," the Riverton Water Authority said in a statement.

        "The pumps ran at full capacity all night," officials said.
        """)
        #expect(rows == [Row(speaker: "Riverton Water Authority", kind: "direct", text: "Our engineers inspected the levee in January,"),
                         Row(speaker: nil, kind: "direct", text: "The pumps ran at full capacity all night,")])  // unnamed: no speaker
    }

    @Test func accordingToAndToldWithTheListenerNotTheSpeaker() {
        let rows = quotes("""
        Poll

        "About a third of households have no flood cover," according to Anne K. Lindqvist.

        Mayor Ellen Marsh told Channel 7 the state would answer within ten days.

        Marsh said in a post on X, formerly Twitter: "Help is coming."
        """, kinds: ["direct", "partial", "indirect"])
        #expect(rows == [Row(speaker: "Anne K. Lindqvist", kind: "direct", text: "About a third of households have no flood cover,"),
                         Row(speaker: "Ellen Marsh", kind: "indirect", text: "the state would answer within ten days"),
                         Row(speaker: "Ellen Marsh", kind: "direct", text: "Help is coming.")])
    }

    @Test func partialQuoteInsideReportedSpeech() {
        let rows = quotes("""
        Repairs

        Anne K. Lindqvist, director of the Center for Flood Resilience, spoke to the council.

        She called the 2019 repairs “a patch on a patch.”

        Fire Chief Tomás Ortega warned of "a long night ahead."
        """)
        #expect(rows == [Row(speaker: "Anne K. Lindqvist", kind: "partial", text: "a patch on a patch."),
                         Row(speaker: "Tomás Ortega", kind: "partial", text: "a long night ahead.")])
    }

    @Test func titlesNicknamesAndScareQuotesAreNotQuotes() {
        let rows = quotes("""
        Television

        Marsh appeared on Channel 7's "Riverton Tonight" program on Wednesday and said the town could not wait.

        The stretch that residents call "the Wall" was rebuilt in the '90s.

        "We will not wait," Marsh said on the "Morning Show."
        """)
        #expect(rows == [Row(speaker: "Marsh", kind: "direct", text: "We will not wait,")])
    }

    @Test func quoteRunningOverTwoParagraphsIsOneQuote() {
        let text = """
        Bakery

        "Every spring they tell us the same thing," said Yuriy Kovalenko, a baker on Mill Street. "It's fine, it's fine.

        "Well, it wasn't fine."

        Kovalenko said he had written to the authority.
        """
        let rows = quotes(text)
        #expect(rows.count == 2)
        #expect(rows[1].speaker == "Yuriy Kovalenko")
        #expect(rows[1].text == "It's fine, it's fine.\n\n\"Well, it wasn't fine.")
    }

    @Test func quoteContinuingInTheNextParagraphKeepsItsSpeaker() {
        let rows = quotes("""
        Council

        "We were warned, and we chose a parking garage," said Councilman Peter Osei.

        "Nobody on this dais can say we didn't know."
        """)
        #expect(rows.map(\.speaker) == ["Peter Osei", "Peter Osei"])
    }

    @Test func unbalancedMarksNeverStopExtraction() {
        let rows = quotes("""
        Broken

        "This quote never closes, Marsh said

        Nothing here.

        "But this one does," Osei said.

        "" "" " stray marks " "
        """)
        #expect(rows.contains(Row(speaker: "Osei", kind: "direct", text: "But this one does,")))
    }

    @Test func everyQuoteStyle() {
        let rows = quotes("""
        Styles

        « Nous sommes prêts », a déclaré Marie Dubois, who said it in French. „Wir sind bereit“, said Hans Becker.

        ''We are ready,'' said Ruth Ng.

        “We are ready too,” said Sam Ito, adding that he ‘never’ doubted it.
        """)
        #expect(rows.map(\.text) == ["Nous sommes prêts", "Wir sind bereit", "We are ready,", "We are ready too,"])
        #expect(rows.map(\.speaker).suffix(3) == ["Hans Becker", "Ruth Ng", "Sam Ito"])
    }

    @Test func apostrophesAreNotQuoteMarks() {
        let rows = quotes("""
        Levee

        The town’s engineers shouldn’t be blamed for the ’90s design, Ukraine’s envoy said. "The firefighter told us ‘stay put,’ and we did," said Maria Delgado.
        """)
        #expect(rows == [Row(speaker: "Maria Delgado", kind: "direct", text: "The firefighter told us ‘stay put,’ and we did,")])
    }

    @Test func reportedSpeech() {
        let rows = quotes("""
        Aid

        Mayor Ellen Marsh said the town would ask the state for emergency funds.

        Putting the money toward a garage was a mistake, Councilman Peter Osei said on Thursday.

        The council will vote next week, according to the town clerk.
        """, kinds: ["indirect"])
        #expect(rows == [Row(speaker: "Ellen Marsh", kind: "indirect", text: "the town would ask the state for emergency funds"),
                         Row(speaker: "Peter Osei", kind: "indirect", text: "Putting the money toward a garage was a mistake"),
                         Row(speaker: nil, kind: "indirect", text: "The council will vote next week")])
    }

    @Test func signatureAfterADashAndANameWithAColon() {
        let rows = quotes("""
        Voices

        “He does not understand our town.” ― Rosa Alvarez

        Pollster Jeffrey M. Jones: “Turnout will be high.”
        """)
        #expect(rows.map(\.speaker) == ["Rosa Alvarez", "Jeffrey M. Jones"])
    }

    @Test func speakersAreCanonicalAcrossArticles() {
        let corpus = Corpus()
        _ = quotes("Flood\n\nBaker Yuri Kovalenko watched the water rise.\n\n\"It came up through the floor,\" Kovalenko said.\n", corpus: corpus)
        let second = quotes("Flood\n\n\"We've been asking for years,\" said Yuriy Kovalenko, a baker.\n", corpus: corpus)
        #expect(second.first?.speaker == "Yuri Kovalenko" || second.first?.speaker == "Yuriy Kovalenko")
        let names = Set(try! corpus.query("quotes | select speaker").values("speaker").compactMap(\.string))
        #expect(names.count == 1)
    }

    @Test func whyExplainsTheRuleAndTheResolution() throws {
        let corpus = Corpus()
        corpus.add(text: "Night\n\nFire Chief Tomás Ortega said crews were ready.\n\n\"We had boats in the water,\" he added.\n", name: "why.txt")
        let id = try corpus.query("quotes | where kind == \"direct\" | select id").values("id")[0]
        guard case .int(let n) = id else { Issue.record("no id"); return }
        let why = try corpus.query("why quote \(n)")
        let fields = Dictionary(uniqueKeysWithValues: (0..<why.count).map { (why.row($0)["field"]!.string!, why.row($0)["value"]!.string ?? "") })
        #expect(fields["speaker"] == "Tomás Ortega")
        #expect(fields["cue"] == "added")
        #expect(fields["rule"] == "\(AttributionRule.postposed.id): \(AttributionRule.postposed.rawValue)")
        #expect(fields["resolution"]?.hasPrefix("pronoun ‘he’ → Tomás Ortega: nearest male person") == true)
        #expect(fields["evidence"]?.contains("[[We had boats in the water,]]") == true)
        #expect(fields["evidence"]?.contains("<he> {added}") == true)
    }
}
