import Testing
@testable import SiftKit

/// The trained speaker chooser: its committed weights match the features the code computes, its
/// training is deterministic and learns, and `why quote` shows what it weighed.
@Suite("The speaker chooser")
struct SpeakerChooserTests {
    @Test func committedWeightsWereTrainedOnTheseFeatures() {
        #expect(ChooserWeights.featureNames == ChooserFeatures.names)
        #expect(ChooserWeights.values.count == ChooserFeatures.names.count)
        #expect(!SpeakerChooser.trained.isCascade)
        #expect(ChooserWeights.values.contains { $0 != 0 })
    }

    @Test func everyFeatureNameIsUniqueAndGrouped() {
        // Each group's features start where the group before it ends.
        #expect(zip(ChooserFeatures.offsets, ChooserFeatures.offsets.dropFirst()).allSatisfy { $0 < $1 })
        #expect(Set(ChooserFeatures.names).count == ChooserFeatures.names.count)
        for (i, name) in ChooserFeatures.names.enumerated() {
            #expect(name.hasPrefix(ChooserFeatures.group(of: i).name + "="))
        }
    }

    static let article = """
    Budget

    Mayor Ellen Marsh met council member Tom Ashby on Monday. "We need a plan this week," Marsh said. Ashby disagreed. "The money is there," he said.
    """

    @Test func trainingIsDeterministicAndLearnsFromGold() {
        // The gold says Ashby's "he" (offset of the pronoun) spoke the second quote.
        let text = Self.article
        let bytes = Array(text.utf8)
        func offset(of s: String) -> Int {
            let needle = Array(s.utf8)
            return (0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }!
        }
        let he = offset(of: "he said")
        let q2 = offset(of: "The money")
        let gold = [ChooserTraining.GoldQuote(start: q2, end: q2 + 16, speakerStart: he, speakerEnd: he + 2, speaker: "Tom Ashby", speakerText: "he")]
        let all = ChooserTraining.examples(text: text, name: "a.txt", gold: gold, informative: false)
        #expect(all.count == 1)
        #expect(all.first?.right.contains(true) == true)
        let a = ChooserTraining.train(all, epochs: 3)
        let b = ChooserTraining.train(all, epochs: 3)
        #expect(a.weights == b.weights)
        #expect(ChooserTraining.accuracy(a, all) == 1.0)
    }

    @Test func whyQuoteShowsTheRuleId() throws {
        let c = Corpus()
        c.add(text: Self.article, name: "a.txt")
        let t = try c.query("why quote 1")
        let rows = (0..<t.count).map { t.row($0) }
        let rule = rows.first { $0["field"]!.string == "rule" }?["value"]?.string
        #expect(rule?.hasPrefix("postposed:") == true)
        let q = try c.query("quotes | select speaker, rule, speaker_text")
        #expect(q.row(0)["rule"]?.string == "postposed")
        #expect(q.row(1)["speaker_text"]?.string == "he")
        #expect(q.row(1)["speaker"]?.string == "Tom Ashby")
    }
}
