/// Picks one speaker for a quote among the candidates its patterns proposed: a linear model over
/// the candidates' features (`ChooserFeatures`), trained by `sift-train` on PolNeAR (the weights
/// are generated into `ChooserWeights.swift`). Without weights it is the cascade the patterns
/// were written as: the first candidate that names someone.
package struct SpeakerChooser: Sendable {
    /// One weight per feature; empty for the cascade.
    package let weights: [Double]

    package init(weights: [Double]) { self.weights = weights }

    /// The patterns' own order: the first resolved candidate wins.
    package static let cascade = SpeakerChooser(weights: [])

    /// The committed, trained weights, when they were trained on the features the code computes;
    /// the cascade otherwise.
    package static let trained: SpeakerChooser = {
        guard ChooserWeights.featureNames == ChooserFeatures.names, ChooserWeights.values.count == ChooserFeatures.names.count else {
            return .cascade
        }
        return SpeakerChooser(weights: ChooserWeights.values)
    }()

    package var isCascade: Bool { weights.isEmpty }

    func score(_ features: [Int32]) -> Double {
        var s = 0.0
        for f in features { s += weights[Int(f)] }
        return s
    }

    /// The index of the chosen candidate: the best score (an unresolved pronoun only when nothing
    /// else was proposed), ties to the earlier pattern.
    func pick(unresolved: [Bool], _ features: [[Int32]]) -> (Int, [Double]) {
        let scores = isCascade ? features.indices.map { -Double($0) } : features.map(score)
        var best = -1
        for i in features.indices {
            if best < 0 { best = i; continue }
            let a = unresolved[i], b = unresolved[best]
            if a != b {
                if b { best = i }
                continue
            }
            if scores[i] > scores[best] { best = i }
        }
        return (best, scores)
    }

    /// The quote with the chosen candidate's speaker, words, cue, rule and resolution, and the
    /// others as runners-up.
    func choose(_ candidates: [SpeakerCandidate], for quote: Quote, _ span: QuoteSpan, features context: ChooserContext,
                trace: inout [ChooserTrace]?, chosen: inout Int?) -> Quote {
        var out = quote
        guard !candidates.isEmpty else { return out }
        // One speaker proposed, however many times: nothing to weigh (unless training watches).
        func apply(_ pick: SpeakerCandidate) {
            out.speaker = pick.speaker
            out.speakerSpan = pick.speakerSpan
            out.cue = pick.cue
            out.rule = pick.rule
            out.resolution = pick.resolution
            out.speakerRole = pick.speakerRole
        }
        if trace == nil, candidates.allSatisfy({ $0.speaker == candidates[0].speaker && $0.isUnresolvedPronoun == candidates[0].isUnresolvedPronoun }) {
            chosen = 0
            apply(candidates[0])
            return out
        }
        let features = context.features(of: candidates, kind: quote.kind)
        if trace != nil {
            let entries = candidates.enumerated().map { i, cand in
                ChooserTrace.Candidate(speakerSpan: cand.speakerSpan, speakerName: name(cand.speaker, context.c),
                                       rule: cand.rule, unresolved: cand.isUnresolvedPronoun, features: features[i])
            }
            trace!.append(ChooserTrace(quote: quote.text, kind: quote.kind, candidates: entries))
        }
        var (best, scores) = pick(unresolved: candidates.map(\.isUnresolvedPronoun), features)
        // The chooser decides who; the evidence shown is the first pattern that proposed them.
        if candidates[best].speaker != nil, let first = candidates.firstIndex(where: { $0.speaker == candidates[best].speaker }) {
            scores[first] = max(scores[first], scores[best])
            best = first
        }
        chosen = best
        let pick = candidates[best]
        apply(pick)
        var others: [RunnerUp] = []
        var seen: Set<SpeakerRef?> = [pick.speaker]
        for i in candidates.indices.sorted(by: { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }) where i != best {
            guard seen.insert(candidates[i].speaker).inserted else { continue }
            others.append(RunnerUp(speaker: candidates[i].speaker, speakerSpan: candidates[i].speakerSpan,
                                   rule: candidates[i].rule, score: scores[i]))
        }
        // The three `why quote` shows, in a buffer of their size: a corpus holds one per quote.
        out.runnersUp = Array(others.prefix(Quote.runnersUpKept))
        out.chosenScore = scores[best]
        return out
    }

    private func name(_ s: SpeakerRef?, _ c: AttributionContext) -> String? {
        switch s {
        case .entity(let e): return c.entities[e].name
        case .group(let g), .unnamed(let g): return g
        case nil: return nil
        }
    }
}
