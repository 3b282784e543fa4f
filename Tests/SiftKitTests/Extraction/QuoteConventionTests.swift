import Testing
@testable import SiftKit

/// One small invented article per house style of quotation marks: each test asserts speaker, cue,
/// kind and text, and the convention the article was read with.
@Suite("Quote-mark conventions")
struct QuoteConventionTests {
    struct Row: Equatable, CustomStringConvertible {
        var speaker: String?
        var cue: String?
        var kind: String
        var text: String
        var description: String { "\(speaker ?? "nil") {\(cue ?? "nil")} [\(kind)] \(text)" }
    }

    func quotes(_ text: String) -> [Row] {
        quoteRows(text).map {
            Row(speaker: $0["speaker"]!.string, cue: $0["cue"]!.string, kind: $0["kind"]!.string!, text: $0["text"]!.string!)
        }
    }

    func convention(_ text: String) -> QuoteConvention {
        let c = Corpus()
        c.add(text: text, name: "fixture.txt")
        return c.analysis(id: 1)!.quoteConvention
    }

    static let britishCurly = """
    Budget row

    The Chancellor, Harriet Vane, defended the budget on Tuesday. ‘We will not borrow our way out of debt,’ she said. ‘The players’ union was consulted and it agreed.’

    Opposition spokesman Tom Ashby called the plan ‘a disgrace’ and said: ‘It is the wrong plan at the wrong time.’
    """

    @Test func curlySingleQuotesAreTheFirstLevel() {
        #expect(convention(Self.britishCurly).firstLevel == .single)
        #expect(quotes(Self.britishCurly) == [
            Row(speaker: "Harriet Vane", cue: "said", kind: "direct", text: "We will not borrow our way out of debt,"),
            // The apostrophe of "players’ union" neither closes nor opens a quote.
            Row(speaker: "Harriet Vane", cue: "said", kind: "direct", text: "The players’ union was consulted and it agreed."),
            Row(speaker: "Tom Ashby", cue: "called", kind: "partial", text: "a disgrace"),
            Row(speaker: "Tom Ashby", cue: "said", kind: "direct", text: "It is the wrong plan at the wrong time."),
        ])
    }

    @Test func straightSingleQuotesWithApostrophes() {
        let text = """
        Festival plans

        Organiser Priya Nair said the town's rock 'n' roll weekend would go ahead. 'We don't cancel for a bit of rain,' she said. 'It's been 20 years and the fans' loyalty is why we're here.'

        'Tickets sold out in the '90s too,' said Nair.
        """
        #expect(convention(text).firstLevel == .single)
        #expect(quotes(text) == [
            Row(speaker: "Priya Nair", cue: "said", kind: "direct", text: "We don't cancel for a bit of rain,"),
            Row(speaker: "Priya Nair", cue: "said", kind: "direct", text: "It's been 20 years and the fans' loyalty is why we're here."),
            Row(speaker: "Priya Nair", cue: "said", kind: "direct", text: "Tickets sold out in the '90s too,"),
        ])
    }

    @Test func doubleQuotesNestInsideSingle() {
        let text = """
        Film review

        Critic Jonah Reyes was unimpressed. ‘I walked out of “The Long Night” after an hour,’ he said. ‘Nobody needs it.’
        """
        #expect(quotes(text) == [
            Row(speaker: "Jonah Reyes", cue: "said", kind: "direct", text: "I walked out of “The Long Night” after an hour,"),
            Row(speaker: "Jonah Reyes", cue: "said", kind: "direct", text: "Nobody needs it."),
        ])
    }

    @Test func americanCopyKeepsDoubleQuotesFirst() {
        let text = """
        Council vote

        Mayor Ellen Marsh said the council's 'rainy day' fund was spent. "We need a plan this week," Marsh said. "The state won't wait."
        """
        #expect(convention(text).firstLevel == .double)
        #expect(quotes(text).map(\.text) == ["We need a plan this week,", "The state won't wait."])
    }

    @Test func nytArchiveDoubledSingleMarks() {
        let text = """
        Tax plan

        The plan drew criticism from both sides. ``It is anti-reform,'' said Douglas Fenwick, president of the Action Forum. ''There's a lot of new complexity,'' said Leonard Burke, a tax lawyer. Mr. Burke said the plan was ''taking a close look'' at trusts.
        """
        #expect(quotes(text) == [
            Row(speaker: "Douglas Fenwick", cue: "said", kind: "direct", text: "It is anti-reform,"),
            Row(speaker: "Leonard Burke", cue: "said", kind: "direct", text: "There's a lot of new complexity,"),
            Row(speaker: "Leonard Burke", cue: "said", kind: "partial", text: "taking a close look"),
        ])
    }

    @Test func outwardGuillemets() {
        let text = """
        Talks resume

        President Emile Laurent spoke in Paris. «We are ready», said Emile Laurent on Monday. «We will not give way», he added.
        """
        #expect(!convention(text).inwardGuillemets)
        #expect(quotes(text) == [
            Row(speaker: "Emile Laurent", cue: "said", kind: "direct", text: "We are ready"),
            Row(speaker: "Emile Laurent", cue: "added", kind: "direct", text: "We will not give way"),
        ])
    }

    @Test func inwardGuillemetsAndLowHighMarks() {
        let inward = """
        Talks resume

        Officials in Berlin were cautious. »We will wait and see«, said Greta Vogel, the chancellor. »That is good«, she added.
        """
        #expect(convention(inward).inwardGuillemets)
        #expect(quotes(inward) == [
            Row(speaker: "Greta Vogel", cue: "said", kind: "direct", text: "We will wait and see"),
            Row(speaker: "Greta Vogel", cue: "added", kind: "direct", text: "That is good"),
        ])
        let lowHigh = """
        Talks resume

        Officials in Berlin were cautious. „We will wait and see“, said Greta Vogel, the chancellor. ‚Fine‘ was her last word.
        """
        #expect(quotes(lowHigh) == [Row(speaker: "Greta Vogel", cue: "said", kind: "direct", text: "We will wait and see")])
    }

    @Test func flattenedContinuationMarksContinueTheQuote() {
        // A quote of three paragraphs whose line breaks were lost: each inner mark re-opens.
        let text = """
        Economy slows

        Growth slowed in the third quarter. "Exports slowed while spending became weaker," said Kenji Mori, chief economist at Hanabank. "Consumption looks good, but it was mainly due to the Games. "The amber light is flashing." The government may now find it harder to raise taxes. Finance minister Aiko Sato disagreed. "We see a rebound," she said.
        """
        #expect(quotes(text) == [
            Row(speaker: "Kenji Mori", cue: "said", kind: "direct", text: "Exports slowed while spending became weaker,"),
            Row(speaker: "Kenji Mori", cue: "said", kind: "direct",
                text: "Consumption looks good, but it was mainly due to the Games. \"The amber light is flashing."),
            Row(speaker: "Aiko Sato", cue: "said", kind: "direct", text: "We see a rebound,"),
        ])
    }

    @Test func whyQuoteNamesTheConvention() throws {
        let c = Corpus()
        c.add(text: Self.britishCurly, name: "fixture.txt")
        let t = try c.query("why quote 1")
        let marks = (0..<t.count).map { t.row($0) }.first { $0["field"]!.string == "quote marks" }
        #expect(marks?["value"]?.string?.hasPrefix("single marks first") == true)
    }
}
