import SiftKit

/// Everything the benchmark measured, and how to print it.
struct Report {
    struct QueryTime {
        var query: String
        var median: Double
        var rows: Int
    }

    var corpus = ""
    var repeatCount = 1
    var cores = 1
    var articles = 0
    var bytes = 0
    var words = 0
    var ingest = 0.0
    var tokenize = 0.0
    var stages = StageTimes()
    var extractAll = 0.0
    var queries: [QueryTime] = []
    var peakRSS = 0
    var startup: Double? = nil
    var instructions: InstructionCounts? = nil
    var footprint = Footprint()

    /// One core: tokenise + every extraction stage.
    var oneCore: Double { tokenize + stages.extraction }
    var megabytes: Double { Double(bytes) / 1e6 }

    func table() -> String {
        var lines: [String] = []
        func row(_ label: String, _ value: String) {
            lines.append(label + String(repeating: " ", count: max(1, 40 - label.count)) + value)
        }
        func s(_ x: Double) -> String { x < 1 ? "\(fixed(x * 1000, 2)) ms" : "\(fixed(x, 3)) s" }
        func rate(_ seconds: Double) -> String {
            seconds > 0 ? "\(fixed(megabytes / seconds, 2)) MB/s, \(Int((Double(words) / seconds).rounded())) words/s" : "-"
        }
        lines.append("sift-bench — \(corpus)\(repeatCount > 1 ? " × \(repeatCount)" : ""), \(cores) cores")
        row("articles / bytes / words", "\(articles) / \(bytes) (\(fixed(megabytes, 2)) MB) / \(words)")
        row("ingest (read → sentences), all cores", s(ingest))
        lines.append("extraction, one core:")
        row("  tokenise + sentences", s(tokenize))
        row("  entities", s(stages.entities))
        row("  quotes and attribution", s(stages.quotes))
        row("  sources, numbers, dates", s(stages.sourcesAndNumbers))
        row("  aliases (corpus merge)", s(stages.aliases))
        row("  total", s(oneCore))
        row("throughput, one core", rate(oneCore))
        row("extraction, all cores (wall)", s(extractAll))
        row("throughput, all cores", rate(extractAll))
        row("load + extract, all cores (wall)", s(ingest + extractAll))
        row("peak RSS", "\(fixed(Double(peakRSS) / 1_048_576, 1)) MiB")
        lines.append("memory held (estimated), per article and × the text:")
        for (name, n) in footprint.parts + [("total", footprint.total)] {
            row("  " + name, "\(fixed(Double(n) / 1_048_576, 1)) MiB, \(n / max(1, articles)) B/article, × \(fixed(Double(n) / Double(max(1, bytes)), 2))")
        }
        lines.append("query latency (median of runs):")
        for q in queries { row("  " + q.query, "\(s(q.median)) (\(q.rows) rows)") }
        if let startup { row("start-up: sift -e 'articles | count'", s(startup)) }
        if let n = instructions {
            row("instructions: load + extract + merge", "\(n.whole) (\(fixed(n.perByte(n.whole), 1)) per byte)")
            row("instructions: extraction alone", "\(n.extraction) (\(fixed(n.perByte(n.extraction), 1)) per byte)")
        }
        return lines.joined(separator: "\n")
    }

    func json() -> String {
        var fields: [(String, String)] = [
            ("corpus", quoted(corpus)), ("repeat", "\(repeatCount)"), ("cores", "\(cores)"),
            ("articles", "\(articles)"), ("bytes", "\(bytes)"), ("words", "\(words)"),
            ("ingest_s", "\(ingest)"), ("tokenize_s", "\(tokenize)"), ("entities_s", "\(stages.entities)"),
            ("quotes_s", "\(stages.quotes)"), ("sources_numbers_s", "\(stages.sourcesAndNumbers)"),
            ("aliases_s", "\(stages.aliases)"), ("one_core_s", "\(oneCore)"),
            ("one_core_mb_per_s", "\(megabytes / oneCore)"), ("one_core_words_per_s", "\(Double(words) / oneCore)"),
            ("all_cores_s", "\(extractAll)"), ("all_cores_mb_per_s", "\(megabytes / extractAll)"),
            ("load_and_extract_s", "\(ingest + extractAll)"), ("peak_rss_bytes", "\(peakRSS)"),
        ]
        let parts = (footprint.parts + [("total", footprint.total)]).map { "\(quoted($0.0)): \($0.1)" }
        fields.append(("memory_bytes", "{" + parts.joined(separator: ", ") + "}"))
        let qs = queries.map { "{\"query\": \(quoted($0.query)), \"median_s\": \($0.median), \"rows\": \($0.rows)}" }
        fields.append(("queries", "[" + qs.joined(separator: ", ") + "]"))
        if let startup { fields.append(("startup_s", "\(startup)")) }
        if let n = instructions {
            fields.append(("instructions_whole", "\(n.whole)"))
            fields.append(("instructions_extraction", "\(n.extraction)"))
            fields.append(("instructions_per_byte_extraction", fixed(n.perByte(n.extraction), 1)))
        }
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }
}

func fixed(_ x: Double, _ places: Int) -> String {
    guard x.isFinite else { return "-" }
    var p = 1.0
    for _ in 0..<places { p *= 10 }
    let v = (x * p).rounded() / p
    var s = "\(v)"
    if let dot = s.firstIndex(of: ".") {
        let decimals = s.distance(from: dot, to: s.endIndex) - 1
        if decimals < places { s += String(repeating: "0", count: places - decimals) }
    } else if places > 0 {
        s += "." + String(repeating: "0", count: places)
    }
    return s
}

func quoted(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case _ where u.value < 0x20: out += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16)
        default: out.unicodeScalars.append(u)
        }
    }
    return out + "\""
}
