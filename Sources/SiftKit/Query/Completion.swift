/// Tab completion for the query language: what may come at the cursor, from the grammar and the
/// corpus — sources, stages, the fields the pipeline has at the cursor, bindings, entity names
/// inside a string after `speaker ==` or `~` (a field's values where they are a closed set:
/// `kind == "`), and article ids and names after `in`. A line starting with `.` is a command of
/// the program hosting the language (a script's meta command), for that program to complete on
/// top of `point(_:cursor:)`, as sift's command line does its dot commands.
package struct Completer {
    package let corpus: Corpus

    package init(corpus: Corpus) {
        self.corpus = corpus
    }

    /// What is being completed.
    package enum Context: Equatable {
        case words([String])
        /// A file path; the caller lists the folder.
        case path
    }

    /// Where a completion happens: the line up to the cursor and the word being completed in it.
    package struct Point {
        /// The line's bytes up to the cursor, and as text.
        package let bytes: [UInt8]
        package let text: String
        /// The start of the word being completed (a byte offset into the line): back to a space
        /// or a delimiter, or inside a string to its opening quote mark.
        package let start: Int
        /// The offset of the quote mark of the string the cursor is in, if any.
        package let inString: Int?
        /// The text before the word, and its words (lower-cased).
        package let before: String
        package let words: [String]
    }

    /// The word under the cursor, and what comes before it.
    package static func point(_ line: String, cursor: Int) -> Point {
        let bytes = Array(line.utf8.prefix(cursor))
        let text = String(decoding: bytes, as: UTF8.self)
        // The word under the cursor: back to a space or a delimiter (inside a string, to the quote).
        var start = bytes.count
        let inString = openQuote(bytes)
        if let q = inString {
            start = q + 1
        } else {
            while start > 0, !" \t|(),=<>~!\"'".utf8.contains(bytes[start - 1]) { start -= 1 }
        }
        let before = String(decoding: bytes[..<start], as: UTF8.self)
        let words = before.split(whereSeparator: { " \t(),".contains($0) }).map { $0.lowercased() }
        return Point(bytes: bytes, text: text, start: start, inString: inString, before: before, words: words)
    }

    /// The start of the word being completed (a byte offset into `line`), and what may go there.
    /// Nothing after a `.`: the host's commands are the host's to complete.
    package func complete(_ line: String, cursor: Int) -> (start: Int, context: Context) {
        let point = Self.point(line, cursor: cursor)
        let (bytes, start, inString, before, words) = (point.bytes, point.start, point.inString, point.before, point.words)
        if point.text.trimmed.hasPrefix(".") { return (start, .words([])) }
        if inString != nil {
            // "speaker == "Ell…", "name ~ "Zel…": entity names; "kind == "…": the field's values.
            let trimmed = before.dropLast().trimmed.lowercased()
            for op in ["==", "!=", "~", "=", "in ("] where trimmed.hasSuffix(op) {
                // Completed values close their string.
                let quote = String(decoding: [bytes[inString!]], as: UTF8.self)
                let field = trimmed.dropLast(op.count).trimmed.split(whereSeparator: { !($0.isLetter || $0 == "_") }).last.map(String.init) ?? ""
                let values = ClosedValues.of(field, source: sourceName(of: before))
                    ?? corpus.entityIndex.entities.map(\.name) + corpus.names
                return (start, .words(values.map { $0 + quote }))
            }
            return (start, .words([]))
        }
        let segment = before.split(separator: "|", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        let segmentWords = segment.split(whereSeparator: { " \t(),".contains($0) }).map { $0.lowercased() }
        let pipeStarted = before.contains("|")
        if !pipeStarted && segmentWords.isEmpty {
            return (start, .words(Catalog.sourceNames + Parser.statementKeywords + corpus.bindings.keys.sorted()))
        }
        if let last = words.last, last == "in" || (words.first == "show" && words.count == 1)
            || (words.first == "compare" && words.count <= 2) {
            return (start, .words(corpus.articles.map { String($0.id) } + corpus.names))
        }
        if words.first == "why" && words.count == 1 { return (start, .words(WhyTarget.allCases.map(\.rawValue))) }
        if words.first == "let" && words.count == 2 { return (start, .words([])) }
        if pipeStarted && segmentWords.isEmpty { return (start, .words(Parser.stageNames)) }
        // Inside a stage: the fields the stages before it leave (and the stage's keywords).
        var fields = pipelineFields(of: before)
        if let stage = segmentWords.first {
            switch stage {
            case "where": fields += ["and", "or", "not", "matches", "in", "null"]
            case "sort", "order": fields += ["asc", "desc"]
            case "group": fields += segmentWords.count == 1 ? ["by"] : Parser.aggregateNames
            case "select": fields += ["as", "length", "lower", "upper", "words", "trim"]
            default: break
            }
        }
        return (start, .words(fields))
    }

    /// The columns at the stage being typed: the source's, changed by the stages before it
    /// (run on no rows): `group by speaker | count |` offers speaker and count.
    private func pipelineFields(of text: String) -> [String] {
        let source = sourceColumns(of: text)
        guard let bar = text.lastIndex(of: "|") else { return source.map(\.name) }
        guard case .success(.pipeline(let p)) = Parser.parse(statementText(String(text[..<bar]))),
              let t = try? Evaluator(corpus: corpus).apply(p.stages, to: Table(columns: source)) else { return source.map(\.name) }
        return t.columnNames
    }

    /// The statement without a leading `let NAME =`.
    private func statementText(_ text: String) -> String {
        var statement = text.trimmed
        if statement.lowercased().hasPrefix("let "), let eq = statement.firstIndex(of: "=") {
            statement = String(statement[statement.index(after: eq)...]).trimmed
        }
        return statement
    }

    /// The pipeline's first word: its source or binding.
    private func sourceName(of text: String) -> String {
        statementText(text).split(whereSeparator: { $0 == " " || $0 == "|" }).first.map(String.init) ?? ""
    }

    /// The columns of the pipeline's source: a source, a binding, kwic or compare.
    private func sourceColumns(of text: String) -> [Column] {
        let first = sourceName(of: text)
        if let bound = corpus.binding(first) { return bound.columns }
        switch first.lowercased() {
        case "kwic": return Kwic.columns
        case "compare": return Compare.columns
        default: return Catalog.source(named: first.lowercased())?.columns ?? []
        }
    }

    /// The offset of an unclosed quote mark, if the text ends inside a string.
    private static func openQuote(_ bytes: [UInt8]) -> Int? {
        var open: Int? = nil
        var quote: UInt8 = 0
        var escaped = false
        for (i, c) in bytes.enumerated() {
            if let _ = open {
                if escaped { escaped = false } else if c == 0x5C { escaped = true } else if c == quote { open = nil }
            } else if c == 0x22 || c == 0x27 {
                open = i
                quote = c
            }
        }
        return open
    }

    /// Candidates that start with `prefix` (ignoring case), sorted, without duplicates.
    package static func matching(_ candidates: [String], prefix: String) -> [String] {
        let p = prefix.lowercased()
        var seen: Set<String> = []
        return candidates.filter { $0.lowercased().hasPrefix(p) && seen.insert($0).inserted }.sorted()
    }
}
