/// The features the speaker chooser weighs, in groups: which pattern proposed the candidate and
/// in what order, what kind of phrase names the speaker, how far it stands from the quote and on
/// which side, whether the speaker's name occurs inside the quote, whether they spoke just
/// before, the cue, and how many patterns agree. Each feature is an index into the weights; the
/// names (`ChooserFeatures.names`) are what the generated weights file records, so a test can
/// tell that the weights were trained on the features the code computes.
package enum FeatureGroup: Int, CaseIterable, Sendable {
    case bias, rule, rank, phrase, ruleByPhrase, ruleByKind, distance, sentences, position
    case nameInQuote, recentSpeaker, cue, paragraph, support, salience

    /// The group's name, as feature names and reports write it.
    package var name: String { String(describing: self) }
}

package enum ChooserFeatures {
    static let rules = AttributionRule.allCases
    static let phrases = ["person", "organization", "place", "other-name", "pronoun", "unresolved-pronoun",
                          "description-entity", "description-group", "inherited"]
    static let ranks = ["0", "1", "2", "3", "4", "5+"]
    static let distances = ["unknown", "0-10", "11-40", "41-100", "101-250", "251+"]
    static let sentenceGaps = ["same", "1", "2", "3+", "unknown"]
    static let positions = ["before", "after", "inside", "unknown"]
    static let recent = ["previous-quote", "last-attribution"]
    static let cues = ["reporting-verb", "other-verb", "no-verb"]
    static let paragraphs = ["quote-opens-paragraph", "speaker-in-paragraph"]
    static let supports = ["1", "2", "3+"]
    static let saliences = ["1", "2-3", "4+"]

    /// The values of each group, in order.
    static func values(_ g: FeatureGroup) -> [String] {
        switch g {
        case .bias: return ["1"]
        case .rule: return rules.map(\.id)
        case .rank: return ranks
        case .phrase: return phrases
        case .ruleByPhrase: return rules.flatMap { r in phrases.map { "\(r.id)|\($0)" } }
        case .ruleByKind: return rules.flatMap { r in ["\(r.id)|direct", "\(r.id)|partial"] }
        case .distance: return distances
        case .sentences: return sentenceGaps
        case .position: return positions
        case .nameInQuote: return ["yes"]
        case .recentSpeaker: return recent
        case .cue: return cues
        case .paragraph: return paragraphs
        case .support: return supports
        case .salience: return saliences
        }
    }

    /// Where each group starts in the weights, by the group's raw value.
    static let offsets: [Int] = {
        var out: [Int] = []
        var n = 0
        for g in FeatureGroup.allCases {
            out.append(n)
            n += values(g).count
        }
        return out
    }()

    /// Every feature's name, "group=value", in index order.
    package static let names: [String] = FeatureGroup.allCases.flatMap { g in values(g).map { "\(g.name)=\($0)" } }

    /// The group of feature `i`.
    package static func group(of i: Int) -> FeatureGroup {
        var last = FeatureGroup.bias
        for g in FeatureGroup.allCases where offsets[g.rawValue] <= i { last = g }
        return last
    }

    static func index(_ g: FeatureGroup, _ value: Int) -> Int32 { Int32(offsets[g.rawValue] + value) }
}

/// What the features read about the quote being attributed.
struct ChooserContext {
    let c: AttributionContext
    let quote: QuoteSpan
    /// The quote before this one, and the latest attributed quote or reported speech.
    let previous: Quote?
    let last: Quote?

    func features(of candidates: [SpeakerCandidate], kind: QuoteKind) -> [[Int32]] {
        let openStart = Int(c.t.tokens[quote.open].start)
        let q0 = Int(c.sentenceOf[quote.open])
        let closeToken = quote.close ?? quote.open
        let q1 = Int(c.sentenceOf[closeToken])
        let opensParagraph = quote.open == c.article.paragraphs[quote.firstParagraph].tokens.lowerBound
        // The entities named inside the quote: read from its tokens, so a name mentioned 40,000
        // times costs nothing per quote.
        var inside: Set<Int> = []
        var k = quote.open + 1
        while k < c.t.tokens.count && Int(c.t.tokens[k].start) < quote.text.end {
            let m = c.mentionStarting[k]
            if m >= 0 && c.mentions[Int(m)].entity >= 0 { inside.insert(c.mentions[Int(m)].entity) }
            k += 1
        }
        var agreeing: [SpeakerRef: Int] = [:]
        for cand in candidates { if let s = cand.speaker { agreeing[s, default: 0] += 1 } }
        return candidates.enumerated().map { rank, cand in
            var f: [Int32] = []
            f.reserveCapacity(16)
            func add(_ g: FeatureGroup, _ v: Int) { f.append(ChooserFeatures.index(g, v)) }
            add(.bias, 0)
            let rule = ChooserFeatures.rules.firstIndex(of: cand.rule)!
            add(.rule, rule)
            add(.rank, min(rank, 5))
            let phrase = phraseClass(cand)
            add(.phrase, phrase)
            add(.ruleByPhrase, rule * ChooserFeatures.phrases.count + phrase)
            add(.ruleByKind, rule * 2 + (kind == .direct ? 0 : 1))
            // Where the speaker's words stand.
            if let span = cand.speakerSpan, cand.phrase != nil {
                if span.end <= openStart {
                    add(.position, 0)
                    add(.distance, bucket(openStart - span.end))
                } else if span.start >= quote.text.end {
                    add(.position, 1)
                    add(.distance, bucket(span.start - quote.text.end))
                } else {
                    add(.position, 2)
                    add(.distance, 1)
                }
            } else {
                add(.position, 3)
                add(.distance, 0)
            }
            if let k = firstToken(cand) {
                let s = Int(c.sentenceOf[k])
                let gap = s > q1 ? s - q1 : s < q0 ? q0 - s : 0
                add(.sentences, min(gap, 3))
                if c.article.sentences[s].paragraph == quote.firstParagraph { add(.paragraph, 1) }
            } else {
                add(.sentences, 4)
            }
            if opensParagraph { add(.paragraph, 0) }
            if let speaker = cand.speaker {
                if case .entity(let e) = speaker {
                    if inside.contains(e) { add(.nameInQuote, 0) }
                    let n = c.entities[e].mentions.count
                    add(.salience, n <= 1 ? 0 : n <= 3 ? 1 : 2)
                }
                if previous?.speaker == speaker { add(.recentSpeaker, 0) }
                if last?.speaker == speaker { add(.recentSpeaker, 1) }
                let n = agreeing[speaker] ?? 1
                add(.support, min(n, 3) - 1)
            }
            if let v = cand.cueToken {
                add(.cue, c.t.contains(Lexicon.reportingVerbs, v) ? 0 : 1)
            } else {
                add(.cue, 2)
            }
            return f
        }
    }

    private func bucket(_ bytes: Int) -> Int {
        bytes <= 10 ? 1 : bytes <= 40 ? 2 : bytes <= 100 ? 3 : bytes <= 250 ? 4 : 5
    }

    private func firstToken(_ cand: SpeakerCandidate) -> Int? {
        switch cand.phrase {
        case .mention(let m): return c.mentions[m].tokens.lowerBound
        case .pronoun(let k): return k
        case .description(let r): return r.lowerBound
        case nil: return nil
        }
    }

    private func phraseClass(_ cand: SpeakerCandidate) -> Int {
        switch cand.phrase {
        case nil: return 8
        case .pronoun: return cand.speaker == nil ? 5 : 4
        case .description:
            if case .entity = cand.speaker { return 6 }
            return 7
        case .mention(let m):
            switch c.mentions[m].type {
            case .person: return 0
            case .organization: return 1
            case .place: return 2
            default: return 3
            }
        }
    }
}
