/// Equal strings of a corpus's analyses held once. Each article is analysed on its own core and
/// writes its own copy of every name, role, affiliation and unit; across a corpus most repeat
/// ("Tony Blair", "a senior government official", "the Conservative Party"). After each batch of articles the copies
/// are replaced by the first one seen, and their heap blocks are freed for the next batch.
///
/// Strings of up to 15 UTF-8 bytes live inside the value and are left alone. The rows are the
/// same: only where equal text is stored changes.
struct SharedStrings {
    private var seen = Set<String>()

    /// Shares every heap string of `x`.
    mutating func share(_ x: inout ArticleAnalysis) {
        // A kept analysis has no explanations in words (`Analyzer.analyze`): names, roles,
        // speakers, units are what repeat.
        for e in x.entities.indices { share(&x.entities[e].name) }
        for q in x.quotes.indices { share(&x.quotes[q].speaker) }
        for s in x.sources.indices {
            share(&x.sources[s].role)
            share(&x.sources[s].affiliation)
            share(&x.sources[s].speaker)
        }
        for n in x.numbers.indices {
            share(&x.numbers[n].unit)
            share(&x.numbers[n].qualifier)
        }
        for d in x.dates.indices { share(&x.dates[d].resolved) }
    }

    /// The first string seen equal to `s`.
    private mutating func shared(_ s: String) -> String { seen.insert(s).memberAfterInsert }

    private mutating func share(_ s: inout String) {
        if s.utf8.count > 15 { s = shared(s) }
    }

    private mutating func share(_ s: inout String?) {
        if let text = s, text.utf8.count > 15 { s = shared(text) }
    }

    private mutating func share(_ ref: inout SpeakerRef) {
        switch ref {
        case .group(let text) where text.utf8.count > 15: ref = .group(shared(text))
        case .unnamed(let text) where text.utf8.count > 15: ref = .unnamed(shared(text))
        default: break
        }
    }

    private mutating func share(_ ref: inout SpeakerRef?) {
        guard var r = ref, !r.isEntity else { return }
        share(&r)
        ref = r
    }
}
