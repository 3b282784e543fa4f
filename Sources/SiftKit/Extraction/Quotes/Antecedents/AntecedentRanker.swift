/// Ranks the people a pronoun or a description may stand for: a linear model over each
/// candidate's features (`AntecedentFeatures`), trained by `sift-train` (the weights are generated
/// into `AntecedentWeights.swift`), starting from the hand-written weights.
package struct AntecedentRanker: Sendable {
    package let weights: [Double]

    package init(weights: [Double]) { self.weights = weights }

    /// The hand-written weights (what training starts from).
    package static let hand = AntecedentRanker(weights: AntecedentFeatures.handWeights)

    /// The committed, trained weights, when they were trained on the features the code computes;
    /// the hand-written ones otherwise.
    package static let trained: AntecedentRanker = {
        guard AntecedentWeights.featureNames == AntecedentFeatures.names,
              AntecedentWeights.values.count == AntecedentFeatures.names.count else { return .hand }
        return AntecedentRanker(weights: AntecedentWeights.values)
    }()

    func score(_ features: [AntecedentFeature]) -> Double {
        var s = 0.0
        for f in features { s += weights[Int(f.index)] * f.value }
        return s
    }

    /// The index of the best candidate: the highest score, ties to the one mentioned last
    /// (`lastToken[i]`: where candidate i was last mentioned).
    func pick(_ features: [[AntecedentFeature]], lastToken: [Int]) -> (Int, [Double])? {
        guard !features.isEmpty else { return nil }
        let scores = features.map(score)
        var best = 0
        for i in features.indices.dropFirst() where scores[i] > scores[best] || (scores[i] == scores[best] && lastToken[i] > lastToken[best]) {
            best = i
        }
        return (best, scores)
    }
}

/// What the ranker saw for one pronoun, description or (when training) a name read as if it were
/// a pronoun: where it stands, each candidate's name and features, and for a name the candidate
/// it really is.
package struct AntecedentTrace: Sendable {
    package enum Kind: Sendable { case pronoun, description, name }
    package var kind: Kind
    /// The byte offset where the words start.
    package var start: Int
    package var candidateNames: [String]
    package var features: [[AntecedentFeature]]
    /// Where each candidate was last mentioned (token index), for ties.
    package var lastToken: [Int]
    /// For a name: the candidate it is.
    package var truth: Int?
}

/// Collects antecedent traces while an article is attributed (only when training asks).
final class AntecedentLog {
    var entries: [AntecedentTrace] = []
}
