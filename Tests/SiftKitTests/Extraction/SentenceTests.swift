import Testing
@testable import SiftKit

@Suite("Splitting news text into sentences")
struct SentenceTests {
    func split(_ paragraph: String) -> [String] { bodySentences(article(paragraph)) }

    @Test func titlesAndInitialsDoNotEndSentences() {
        #expect(split("Mr. Osei and Dr. Whitfield met Lt. Gen. Ben Hodges. Sen. Adam B. Schiff joined them.")
                == ["Mr. Osei and Dr. Whitfield met Lt. Gen. Ben Hodges.", "Sen. Adam B. Schiff joined them."])
        #expect(split("Retired Lt Gen Ben Hodges spoke. Anne K. Lindqvist agreed.")
                == ["Retired Lt Gen Ben Hodges spoke.", "Anne K. Lindqvist agreed."])
    }

    @Test func acronymsAndAbbreviations() {
        #expect(split("The U.S. delegation left. It returned in Jan. 2025 to talk.")
                == ["The U.S. delegation left.", "It returned in Jan. 2025 to talk."])
        #expect(split("Claims take months in the U.S. The review is due.")
                == ["Claims take months in the U.S.", "The review is due."])
        #expect(split("Acme Inc. said profits rose. Shares of Acme Inc. The rest fell.")
                == ["Acme Inc. said profits rose.", "Shares of Acme Inc.", "The rest fell."])
        #expect(split("The breach opened at 1 a.m. on Tuesday. Crews arrived.")
                == ["The breach opened at 1 a.m. on Tuesday.", "Crews arrived."])
    }

    @Test func numbersAndMoney() {
        #expect(split("Profits jumped 76% to $1.13bn (£600m). Sales rose 2.5 per cent.")
                == ["Profits jumped 76% to $1.13bn (£600m).", "Sales rose 2.5 per cent."])
        #expect(split("About 40,000 people left. No. 10 said nothing.")
                == ["About 40,000 people left.", "No. 10 said nothing."])
    }

    @Test func quotesThatEndOrContinueSentences() {
        #expect(split("“We had a great call.” It lasted two hours.") == ["“We had a great call.”", "It lasted two hours."])
        #expect(split("\"We had a great call.\" It lasted two hours.") == ["\"We had a great call.\"", "It lasted two hours."])
        #expect(split("\"We won,\" Trump said. \"Next.\"") == ["\"We won,\" Trump said.", "\"Next.\""])
        #expect(split("“Why now?” she asked. Nobody answered.") == ["“Why now?” she asked.", "Nobody answered."])
        #expect(split("\"Get out!\" Marsh shouted at them. They left.") == ["\"Get out!\" Marsh shouted at them.", "They left."])
        #expect(split("“Why now?” The mayor said nothing.") == ["“Why now?”", "The mayor said nothing."])
        #expect(split("She called it “a very small step forward.” Others disagreed.")
                == ["She called it “a very small step forward.”", "Others disagreed."])
    }

    @Test func ellipsesAndQuestions() {
        #expect(split("He paused... and went on. Was it over? Nobody knew!")
                == ["He paused... and went on.", "Was it over?", "Nobody knew!"])
    }

    @Test func sentencesStayInsideTheirParagraph() {
        let a = article("Headline\n\nOne sentence without an end\n\nAnother paragraph. With two.")
        #expect(bodySentences(a) == ["One sentence without an end", "Another paragraph.", "With two."])
        for s in a.sentences { #expect(a.paragraphs[s.paragraph].span.contains(s.span)) }
    }

    @Test func tokensAreWordsNumbersAndMarks() {
        let a = article("Tokens\n\nUkraine’s “don't” '90s 30-day U.S. $1.13bn, 40,000—end")
        let body = Array(a.tokens[a.bodyParagraphs[0].tokens])
        let words = body.map { a.text($0) }
        #expect(words == ["Ukraine’s", "“", "don't", "”", "'90s", "30-day", "U.S.", "$", "1.13bn", ",", "40,000", "—", "end"])
        #expect(body.map(\.kind) == [.word, .quote, .word, .quote, .number, .number, .word, .symbol, .number, .punct, .number, .dash, .word])
        #expect(a.wordCount == 8)
    }
}
