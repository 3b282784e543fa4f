/// Trains the antecedent ranker: an averaged perceptron over the people a "he"/"she" may stand for.
///
/// PolNeAR's gold names the person behind a pronoun only in dev (train leaves it null), so the
/// training examples are made from train's *names*: each name that the gold marks as a quote's or
/// reported speech's source is ranked as if the article had written "he" or "she" there (the
/// person's gender), among the people named before it, and the right answer is the person it
/// names. Dev's pronouns, whose speakers were resolved by hand, measure the result. Deterministic:
/// the same data and settings give the same weights.
package enum AntecedentTraining {
    /// One ranking to learn from or to score: each candidate's features, where it was last
    /// mentioned (for ties), and whether it is the right person.
    package struct Example: Sendable {
        package var features: [[AntecedentFeature]]
        package var lastToken: [Int]
        package var right: [Bool]
    }

    /// The examples one article gives. `names`: each gold source that is a name sift links to
    /// someone named before, ranked as a pronoun would be (for training). `pronouns`: each gold
    /// source that is a pronoun with the speaker resolved in the gold (for measuring). Only
    /// rankings with a right and a wrong candidate are kept, unless `informative` is false.
    package static func examples(text: String, name: String, gold: [ChooserTraining.GoldQuote], informative: Bool = true)
        -> (names: [Example], pronouns: [Example]) {
        guard let article = ArticleBuilder.build(text: text, name: name) else { return ([], []) }
        var trace: [ChooserTrace] = []
        let log = AntecedentLog()
        _ = Analyzer.analyze(article, chooser: .trained, ranker: .hand, trace: &trace, antecedents: log)
        var names: [Example] = [], pronouns: [Example] = []
        var seen: Set<Int> = []
        for t in log.entries {
            guard seen.insert(t.start * 3 + (t.kind == .name ? 0 : t.kind == .pronoun ? 1 : 2)).inserted else { continue }
            switch t.kind {
            case .name:
                guard let truth = t.truth,
                      gold.contains(where: { g in g.speakerStart.map { $0 <= t.start && t.start < (g.speakerEnd ?? $0 + 1) } ?? false })
                else { continue }
                let right = t.features.indices.map { $0 == truth }
                if informative && right.count < 2 { continue }
                names.append(Example(features: t.features, lastToken: t.lastToken, right: right))
            case .pronoun:
                guard let g = gold.first(where: { $0.speakerStart == t.start }), let speaker = g.speaker,
                      let wanted = ChooserTraining.lastWord(speaker) else { continue }
                let right = t.candidateNames.map { ChooserTraining.lastWord($0) == wanted }
                if informative && (right.allSatisfy { $0 } || !right.contains(true)) { continue }
                if !informative && right.isEmpty { continue }
                pronouns.append(Example(features: t.features, lastToken: t.lastToken, right: right))
            case .description:
                continue
            }
        }
        return (names, pronouns)
    }

    /// Trains for `epochs` passes over the examples (shuffled the same way every run), starting
    /// from `start` (the hand-written weights by default), each mistake moving the weights by
    /// `rate`; returns the averaged weights. The `excluded` groups' features are left out.
    package static func train(_ examples: [Example], epochs: Int = 10, rate: Double = 0.1, from start: [Double] = AntecedentFeatures.handWeights,
                              excluding excluded: Set<AntecedentFeatureGroup> = []) -> AntecedentRanker {
        let n = AntecedentFeatures.names.count
        let keep = (0..<n).map { !excluded.contains(AntecedentFeatures.group(of: $0)) }
        let data = examples.map { e in
            Example(features: e.features.map { $0.filter { keep[Int($0.index)] } }, lastToken: e.lastToken, right: e.right)
        }
        var w = start.enumerated().map { keep[$0.offset] ? $0.element : 0 }
        var total = w
        var steps = 1.0
        var order = Array(data.indices)
        var seed: UInt64 = 0x5EED_2026
        for _ in 0..<epochs {
            TrainingSupport.shuffle(&order, seed: &seed)
            for i in order {
                let e = data[i]
                guard let (guess, scores) = AntecedentRanker(weights: w).pick(e.features, lastToken: e.lastToken) else { continue }
                if !e.right[guess] {
                    let target = e.right.indices.filter { e.right[$0] }.max { scores[$0] < scores[$1] }!
                    for f in e.features[target] { w[Int(f.index)] += rate * f.value }
                    for f in e.features[guess] { w[Int(f.index)] -= rate * f.value }
                }
                for j in 0..<n { total[j] += w[j] }
                steps += 1
            }
        }
        return AntecedentRanker(weights: total.map { $0 / steps })
    }

    /// The share of examples whose best-ranked candidate is right.
    package static func accuracy(_ ranker: AntecedentRanker, _ examples: [Example]) -> Double {
        guard !examples.isEmpty else { return 0 }
        let right = examples.filter { e in ranker.pick(e.features, lastToken: e.lastToken).map { e.right[$0.0] } ?? false }.count
        return Double(right) / Double(examples.count)
    }

    /// The Swift source of the generated weights file.
    package static func weightsSource(_ ranker: AntecedentRanker, provenance: [String]) -> String {
        TrainingSupport.weightsSource(enumName: "AntecedentWeights", featureNames: AntecedentFeatures.names, weights: ranker.weights, provenance: provenance)
    }
}
