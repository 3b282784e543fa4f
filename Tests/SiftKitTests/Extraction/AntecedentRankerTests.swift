import Testing
@testable import SiftKit

/// The antecedent ranker: who a "he"/"she" stands for, as a linear model over each candidate's
/// features. Its committed weights match the features the code computes; training reads names as
/// if they were pronouns, learns, and is deterministic; and the ranking resolves real text.
@Suite("The antecedent ranker")
struct AntecedentRankerTests {
    @Test func committedWeightsMatchTheFeatures() {
        #expect(AntecedentWeights.featureNames == AntecedentFeatures.names)
        #expect(AntecedentWeights.values.count == AntecedentFeatures.names.count)
        #expect(Set(AntecedentFeatures.names).count == AntecedentFeatures.names.count)
        for (i, name) in AntecedentFeatures.names.enumerated() {
            #expect(name.hasPrefix(AntecedentFeatures.group(of: i).name + "="))
        }
    }

    static let article = """
    Council

    Mark Lopez, the mayor, opened the meeting on Monday. Tom Reed, a councillor, disagreed with the plan. "We cannot pay for it," Reed said. "The money is not there," he added.
    """

    static func offset(of s: String, in text: String) -> Int {
        let bytes = Array(text.utf8), needle = Array(s.utf8)
        return (0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }!
    }

    @Test func aNamedSourceIsRankedAsIfItWereAPronounAndAPronounByTheGold() {
        let text = Self.article
        let reed = Self.offset(of: "Reed said", in: text), he = Self.offset(of: "he added", in: text)
        let q1 = Self.offset(of: "We cannot", in: text), q2 = Self.offset(of: "The money", in: text)
        let gold = [
            ChooserTraining.GoldQuote(start: q1, end: q1 + 22, speakerStart: reed, speakerEnd: reed + 4, speaker: "Tom Reed", speakerText: "Reed"),
            ChooserTraining.GoldQuote(start: q2, end: q2 + 22, speakerStart: he, speakerEnd: he + 2, speaker: "Tom Reed", speakerText: "he"),
        ]
        let (names, pronouns) = AntecedentTraining.examples(text: text, name: "council.txt", gold: gold, informative: false)
        // "Reed said": the two men named before it, and Tom Reed is the right one.
        #expect(names.count == 1)
        #expect(names.first?.right.count == 2)
        #expect(names.first?.right.filter { $0 }.count == 1)
        // "he added": the hand-written ranker picks Tom Reed, the last speaker.
        #expect(pronouns.count == 1)
        if let p = pronouns.first {
            #expect(p.right.count == 2)
            #expect(AntecedentTraining.accuracy(.hand, [p]) == 1)
        }
    }

    @Test func trainingLearnsWhatTheHandWeightsMissAndIsDeterministic() {
        // Two candidates of the right gender; the right one was named a sentence further back but
        // in the pronoun's paragraph. The hand-written weights prefer the nearer one.
        func candidate(distance: Int, paragraph: Bool, rank: Int) -> [AntecedentFeature] {
            AntecedentFeatures.features(AntecedentCandidate(
                entity: rank, mention: rank, agreement: .match, distance: distance, lastSpeaker: .no, introducedBefore: false,
                subject: .no, recencyRank: rank, mentionCount: 1, sameParagraph: paragraph, hasSpoken: false))
        }
        let example = AntecedentTraining.Example(features: [candidate(distance: 1, paragraph: false, rank: 0),
                                                            candidate(distance: 2, paragraph: true, rank: 1)],
                                                 lastToken: [20, 10], right: [false, true])
        let data = Array(repeating: example, count: 20)
        #expect(AntecedentTraining.accuracy(.hand, data) == 0)
        let trained = AntecedentTraining.train(data, epochs: 5, rate: 0.5)
        #expect(AntecedentTraining.accuracy(trained, data) == 1)
        #expect(AntecedentTraining.train(data, epochs: 5, rate: 0.5).weights == trained.weights)
        // A group left out is never weighed.
        let without = AntecedentTraining.train(data, epochs: 5, rate: 0.5, excluding: [.paragraph])
        #expect(without.weights[Int(AntecedentFeatures.index(.paragraph, 0))] == 0)
    }

    @Test func theHandWeightsAreTheRankerTheyWereWrittenAs() {
        // Gender agreement 3, 0.6 less per sentence, the last speaker 2, the subject of the
        // sentence before 1 + 1.5.
        let f = AntecedentFeatures.features(AntecedentCandidate(
            entity: 0, mention: 0, agreement: .match, distance: 2, lastSpeaker: .alone, introducedBefore: false,
            subject: .sentenceBefore, recencyRank: 0, mentionCount: 3, sameParagraph: true, hasSpoken: true))
        #expect(abs(AntecedentRanker.hand.score(f) - (3 - 1.2 + 2 + 2.5)) < 1e-9)
    }
}
