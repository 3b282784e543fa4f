import Foundation
import Testing
@testable import SiftKit

@Suite("Finding headline, dateline, byline, subheads, captions and embeds")
struct StructureTests {
    @Test func samplesMatchTheirGold() throws {
        let gold = try SampleGold.load()
        let corpus = Corpus()
        corpus.loadSamples()
        #expect(corpus.count == gold.articles.count)
        for g in gold.articles {
            guard case .found(let id) = corpus.resolve(g.file), let a = corpus.article(id: id) else {
                Issue.record("sample \(g.file) not loaded")
                continue
            }
            #expect(a.title == g.headline, "\(g.file)")
            #expect(a.datelineText == g.dateline, "\(g.file)")
            #expect(a.byline.map { a.text($0.span) } == g.byline, "\(g.file)")
            #expect(a.paragraphs.filter { $0.kind == .subhead }.map { a.text($0.span) } == g.subheads, "\(g.file)")
            #expect(a.paragraphs.filter { $0.kind == .caption }.count == g.captions, "\(g.file)")
            #expect(a.bodyParagraphs.count == g.body_paragraphs, "\(g.file)")
        }
    }

    @Test(.needsShared) func seed004HasDatelineSubheadAndCaption() throws {
        let corpus = Corpus()
        corpus.load([Paths.sharedPath("seeds/004_f361700daea0b08c.txt")])
        let a = try #require(corpus.article(id: 1))
        #expect(a.title == nil)
        #expect(a.datelineText == "WASHINGTON")
        #expect(a.paragraphs.filter { $0.kind == .subhead }.map { a.text($0.span) } == ["Relationship revival"])
        let captions = a.paragraphs.filter { $0.kind == .caption }
        #expect(captions.count == 1)
        #expect(a.text(captions[0].span).hasSuffix("(Photo: Reuters)"))
        #expect(a.bodyParagraphs.count == 19)
    }

    @Test(.needsShared) func seed000IsAllStory() throws {
        let corpus = Corpus()
        corpus.load([Paths.sharedPath("seeds/000_c7646a8ee1cc730d.txt")])
        let a = try #require(corpus.article(id: 1))
        #expect(a.title == nil)
        #expect(a.dateline == nil)
        #expect(a.bodyParagraphs.count == 33)
        #expect(a.paragraphs.count == 33)
    }

    @Test func datelineStyles() {
        let cases: [(String, String?, String?)] = [
            ("WASHINGTON — The talks began.", "WASHINGTON", nil),
            ("Washington (AFP) – The talks began.", "Washington", "AFP"),
            ("LONDON (Reuters) - The talks began.", "LONDON", "Reuters"),
            ("ST. LOUIS, Mo. — The talks began.", "ST. LOUIS, Mo.", nil),
            ("NEW YORK, Dec. 11 (Reuters) - Shares fell.", "NEW YORK, Dec. 11", "Reuters"),
            ("Trump — never one to admit defeat — hailed it.", nil, nil),
            ("EXCLUSIVE — The memo shows it.", nil, nil),
        ]
        for (text, place, agency) in cases {
            let a = article("Headline here\n\n" + text + " More text follows here.\n")
            #expect(a.datelineText == place, "\(text)")
            #expect(a.dateline?.agency.map { a.text($0) } == agency, "\(text)")
            #expect(a.bodyParagraphs.count == 1)
        }
    }

    @Test func headlineStyles() {
        // BBC: a first line without final punctuation, then a blank line.
        #expect(article("Ad sales boost Time Warner profit\n\nQuarterly profits rose 76%.\n").title == "Ad sales boost Time Warner profit")
        // PolNeAR: a title with a final full stop, set apart by a blank line.
        #expect(article("Trump’s East European Achilles Heel.\n\nA long first paragraph follows with many words in it, as stories do.\n").title == "Trump’s East European Achilles Heel.")
        // PolNeAR: headline and standfirst with no blank line between them.
        let dek = article("Candidates vie for vets' support; \nTrump and Clinton point out own credentials.\n\nDonald Trump and Hillary Clinton vied for the title on Wednesday.\n")
        #expect(dek.title == "Candidates vie for vets' support;")
        #expect(dek.paragraphs[1].kind == .subhead)
        #expect(dek.bodyParagraphs.count == 1)
        // A long first sentence is story, not headline.
        let lede = article("Russian President Vladimir Putin agreed on Tuesday to stop attacking Ukrainian energy facilities temporarily but declined to endorse a full ceasefire.\nUkraine said it would support the agreement.\n")
        #expect(lede.title == nil)
        #expect(lede.bodyParagraphs.count == 2)
    }

    @Test func bylinesAndCredits() {
        let a = article("Levee holds\n\nBy Jane Doe and JOHN ROE\n\nRIVERTON — The levee held.\n\nReporting by Jane Doe; Editing by Sam Poe\n")
        #expect(a.paragraphs.map(\.kind) == [.headline, .byline, .body, .byline])
        #expect(a.byline.map { a.text($0.span) } == "By Jane Doe and JOHN ROE")
    }

    @Test func captionsWithCredits() {
        let text = """
        Storm hits coast

        The storm reached the coast on Monday, officials said.

        A boat rests on a flooded street in Riverton on Monday. (AP Photo/Jane Roe)

        Residents were told to stay indoors.

        Image caption Rescuers worked through the night

        The water receded by Tuesday.
        """
        let a = article(text)
        #expect(a.paragraphs.filter { $0.kind == .caption }.count == 2)
        #expect(a.bodyParagraphs.count == 3)
    }

    @Test func webMarkupIsEmbedNotStory() {
        let text = """
        Pence gives GOP a boost

        Mike Pence spoke on Tuesday.

        <blockquote class="twitter-tweet"><p>What a night!
        The debate was great.</p>— Jane (@jane) October 5, 2016</blockquote>

        <tweet tweet-id="783499116076687360"><tweet/>.

        He said the debate went well, and <a href="https://x.example">here</a> is more.

        Voters will decide in November.
        """
        let a = article(text)
        #expect(a.paragraphs.map(\.kind) == [.headline, .body, .embed, .embed, .embed, .embed, .body])
    }

    @Test func subheadBetweenStoryParagraphs() {
        let a = article("The council met on Thursday and argued for hours about the levee.\nQuestions over money\nThe repair bill is $4.5 million, the town said on Friday.\n")
        #expect(a.paragraphs.map(\.kind) == [.body, .subhead, .body])
    }

    @Test func hardWrappedTextJoinsLinesIntoParagraphs() {
        let text = """
        Levee repairs approved

        The Riverton council voted on Thursday night to release money for
        emergency repairs to the levee, two days after the breach flooded
        more than 200 homes on the town's Eastside district.

        Councilman Peter Osei, whose ward includes most of the flooded
        streets, said the money should have been spent years ago and that
        the town had been warned about seepage along the base.

        The state is expected to answer the town's request for aid within
        ten days, according to the Office of Emergency Management.
        """
        let a = article(text)
        #expect(a.title == "Levee repairs approved")
        #expect(a.bodyParagraphs.count == 3)
        #expect(a.text(a.bodyParagraphs[0].span).hasSuffix("Eastside district."))
        #expect(a.bodySentences.count == 3)
    }

    @Test func oneParagraphPerLineStaysSo() {
        let a = article("Headline\n\nFirst short paragraph.\nSecond short paragraph.\nThird one here.\nFourth one.\nFifth one.\nSixth one.\n")
        #expect(a.bodyParagraphs.count == 6)
    }
}
