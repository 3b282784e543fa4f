/// The features the antecedent ranker weighs, in groups. Each feature is an index into the
/// weights, with a value (1 for the yes/no features; the sentence count for `distance`). The
/// names are what the generated weights file records, so a test can tell that the weights were
/// trained on the features the code computes.
package enum AntecedentFeatureGroup: Int, CaseIterable, Sendable {
    case agreement, distance, distanceBin, lastSpeaker, introduced, subject, recency, salience, paragraph, spoken

    /// The group's name, as feature names and reports write it.
    package var name: String { String(describing: self) }
}

package enum AntecedentFeatures {
    static func values(_ g: AntecedentFeatureGroup) -> [String] {
        switch g {
        case .agreement: return ["match", "candidate-unknown", "query-unknown"]
        case .distance: return ["sentences"]
        case .distanceBin: return ["0", "1", "2", "3", "4-5", "6+"]
        case .lastSpeaker: return ["alone", "someone-named-since"]
        case .introduced: return ["role-in-sentence-before"]
        case .subject: return ["earlier", "sentence-before", "same-sentence"]
        case .recency: return ["nearest", "second", "third+"]
        case .salience: return ["1", "2-3", "4+"]
        case .paragraph: return ["same"]
        case .spoken: return ["yes"]
        }
    }

    static let offsets: [Int] = {
        var out: [Int] = []
        var n = 0
        for g in AntecedentFeatureGroup.allCases {
            out.append(n)
            n += values(g).count
        }
        return out
    }()

    /// Every feature's name, "group=value", in index order.
    package static let names: [String] = AntecedentFeatureGroup.allCases.flatMap { g in values(g).map { "\(g.name)=\($0)" } }

    /// The group of feature `i`.
    package static func group(of i: Int) -> AntecedentFeatureGroup {
        var last = AntecedentFeatureGroup.agreement
        for g in AntecedentFeatureGroup.allCases where offsets[g.rawValue] <= i { last = g }
        return last
    }

    static func index(_ g: AntecedentFeatureGroup, _ value: Int) -> Int32 { Int32(offsets[g.rawValue] + value) }

    /// A candidate's features: (index, value) pairs.
    static func features(_ a: AntecedentCandidate) -> [AntecedentFeature] {
        var f: [AntecedentFeature] = []
        f.reserveCapacity(10)
        func add(_ g: AntecedentFeatureGroup, _ v: Int, _ x: Double = 1) { f.append(AntecedentFeature(index: index(g, v), value: x)) }
        add(.agreement, a.agreement.rawValue)
        add(.distance, 0, Double(a.distance))
        add(.distanceBin, a.distance <= 3 ? max(a.distance, 0) : a.distance <= 5 ? 4 : 5)
        switch a.lastSpeaker {
        case .no: break
        case .alone: add(.lastSpeaker, 0)
        case .someoneNamedSince: add(.lastSpeaker, 1)
        }
        if a.introducedBefore { add(.introduced, 0) }
        switch a.subject {
        case .no: break
        case .earlier: add(.subject, 0)
        case .sentenceBefore: add(.subject, 0); add(.subject, 1)
        case .sameSentence: add(.subject, 0); add(.subject, 2)
        }
        add(.recency, min(a.recencyRank, 2))
        add(.salience, a.mentionCount <= 1 ? 0 : a.mentionCount <= 3 ? 1 : 2)
        if a.sameParagraph { add(.paragraph, 0) }
        if a.hasSpoken { add(.spoken, 0) }
        return f
    }

    /// The weights the ranker was first written with, by hand: gender agreement 3 (2 when the
    /// words give no gender, 1 when the candidate's is unknown), 0.6 less per sentence back, the
    /// last speaker 2 (0.5 when someone of that gender was named since), introduced with a role in
    /// the sentence before 2, a sentence's subject 1 (2.5 the sentence before, 4 the same
    /// sentence). They are where training starts, and what a test compares the trained ones with.
    static let handWeights: [Double] = {
        var w = [Double](repeating: 0, count: names.count)
        func set(_ g: AntecedentFeatureGroup, _ v: Int, _ x: Double) { w[Int(index(g, v))] = x }
        set(.agreement, 0, 3); set(.agreement, 1, 1); set(.agreement, 2, 2)
        set(.distance, 0, -0.6)
        set(.lastSpeaker, 0, 2); set(.lastSpeaker, 1, 0.5)
        set(.introduced, 0, 2)
        set(.subject, 0, 1); set(.subject, 1, 1.5); set(.subject, 2, 3)
        return w
    }()
}

/// One feature of a candidate: its index into the weights and its value.
package struct AntecedentFeature: Sendable, Hashable {
    package var index: Int32
    package var value: Double
}
