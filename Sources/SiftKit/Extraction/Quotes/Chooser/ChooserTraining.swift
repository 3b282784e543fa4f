/// Trains the speaker chooser: an averaged perceptron over the candidates the patterns propose,
/// learning from gold quotes whose source mention is known (PolNeAR's `speaker_start/end`).
/// Deterministic: the same data and settings give the same weights.
package enum ChooserTraining {
    /// A gold quote: its span, and who said it (the source mention's offsets and/or a name).
    package struct GoldQuote: Sendable {
        package var start: Int, end: Int
        package var speakerStart: Int?, speakerEnd: Int?
        package var speaker: String?
        package var speakerText: String?

        package init(start: Int, end: Int, speakerStart: Int?, speakerEnd: Int?, speaker: String?, speakerText: String?) {
            self.start = start; self.end = end
            self.speakerStart = speakerStart; self.speakerEnd = speakerEnd
            self.speaker = speaker; self.speakerText = speakerText
        }
    }

    /// One quote to learn from: each candidate's features, whether the pattern left it
    /// unresolved, and whether it names the gold speaker.
    package struct Example: Sendable {
        package var features: [[Int32]]
        package var unresolved: [Bool]
        package var right: [Bool]
    }

    /// The examples one article gives: every quote sift finds that matches a gold quote (byte
    /// overlap of at least half the union), with at least one right and one wrong candidate.
    /// `informative: false` keeps also the quotes whose candidates are all right or all wrong
    /// (for measuring accuracy over every matched quote).
    package static func examples(text: String, name: String, gold: [GoldQuote], informative: Bool = true) -> [Example] {
        guard let article = ArticleBuilder.build(text: text, name: name) else { return [] }
        var trace: [ChooserTrace] = []
        _ = Analyzer.analyze(article, chooser: .cascade, trace: &trace)
        var out: [Example] = []
        for t in trace {
            guard let g = gold.first(where: { overlapRatio(t.quote, Span($0.start, $0.end)) >= 0.5 }) else { continue }
            guard g.speakerStart != nil || g.speaker != nil || g.speakerText != nil else { continue }
            let right = t.candidates.map { names($0, g) }
            if informative && (right.allSatisfy { $0 } || !right.contains(true)) { continue }
            out.append(Example(features: t.candidates.map(\.features), unresolved: t.candidates.map(\.unresolved), right: right))
        }
        return out
    }

    /// Trains for `epochs` passes over the examples (shuffled the same way every run), starting
    /// from the cascade's order, and returns the averaged weights. Features of the `excluded`
    /// groups are left out (for measuring what each group is worth).
    package static func train(_ examples: [Example], epochs: Int = 10, excluding excluded: Set<FeatureGroup> = []) -> SpeakerChooser {
        let n = ChooserFeatures.names.count
        let keep = (0..<n).map { !excluded.contains(ChooserFeatures.group(of: $0)) }
        let data = examples.map { e in Example(features: e.features.map { $0.filter { keep[Int($0)] } }, unresolved: e.unresolved, right: e.right) }
        var w = [Double](repeating: 0, count: n)
        // Start as the cascade: an earlier pattern outranks a later one.
        if !excluded.contains(.rank) {
            for r in 0..<ChooserFeatures.ranks.count { w[Int(ChooserFeatures.index(.rank, r))] = -Double(r) }
        }
        var total = w            // sum of weights over all steps, for the average
        var steps = 1.0
        var order = Array(data.indices)
        var seed: UInt64 = 0x5EED_2026
        for _ in 0..<epochs {
            TrainingSupport.shuffle(&order, seed: &seed)
            for i in order {
                let e = data[i]
                let chooser = SpeakerChooser(weights: w)
                let (guess, scores) = chooser.pick(unresolved: e.unresolved, e.features)
                if !e.right[guess] {
                    let target = e.right.indices.filter { e.right[$0] }.max { scores[$0] < scores[$1] }!
                    for f in e.features[target] { w[Int(f)] += 1 }
                    for f in e.features[guess] { w[Int(f)] -= 1 }
                }
                for j in 0..<n { total[j] += w[j] }
                steps += 1
            }
        }
        return SpeakerChooser(weights: total.map { $0 / steps })
    }

    /// The share of examples whose chosen candidate names the gold speaker.
    package static func accuracy(_ chooser: SpeakerChooser, _ examples: [Example]) -> Double {
        guard !examples.isEmpty else { return 0 }
        let right = examples.filter { e in e.right[chooser.pick(unresolved: e.unresolved, e.features).0] }.count
        return Double(right) / Double(examples.count)
    }

    /// The Swift source of the generated weights file.
    package static func weightsSource(_ chooser: SpeakerChooser, provenance: [String]) -> String {
        TrainingSupport.weightsSource(enumName: "ChooserWeights", featureNames: ChooserFeatures.names, weights: chooser.weights, provenance: provenance)
    }

    // MARK: - Labels

    static func overlapRatio(_ a: Span, _ b: Span) -> Double {
        let inter = max(0, min(a.end, b.end) - max(a.start, b.start))
        let union = max(a.end, b.end) - min(a.start, b.start)
        return union > 0 ? Double(inter) / Double(union) : 0
    }

    /// Whether a candidate names the gold speaker: its words overlap the gold source mention, or
    /// its resolved name has the gold name's last word.
    static func names(_ c: ChooserTrace.Candidate, _ g: GoldQuote) -> Bool {
        if let s = g.speakerStart, let e = g.speakerEnd, let span = c.speakerSpan, span.start < e && s < span.end { return true }
        guard let name = c.speakerName, let wanted = g.speaker ?? g.speakerText.flatMap(headName) else { return false }
        guard let a = lastWord(name), let b = lastWord(wanted) else { return false }
        return a == b
    }

    /// "Kenneth Baer, a former official" → "Kenneth Baer": the name before an appositive, when it
    /// is capitalised.
    static func headName(_ text: String) -> String? {
        let head = text.split(separator: ",").first.map(String.init) ?? text
        guard let first = head.unicodeScalars.first, first.properties.isUppercase else { return nil }
        return head
    }

    static func lastWord(_ name: String) -> String? {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "\u{a0}" }).map { w in
            w.lowercased().trimmingCharacters(in: ".,;:'’\"")
        }.filter { !$0.isEmpty && !["jr", "sr", "ii", "iii"].contains($0) }
        guard var last = words.last else { return nil }
        if last.hasSuffix("'s") || last.hasSuffix("’s") { last = String(last.dropLast(2)) }
        return last
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
