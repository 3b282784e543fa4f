import Testing
import SiftKit

/// The typed records (`corpus.quotes`, `.entities`, `.sources`, `.mentions`) carry the values the
/// queries of the same names return, field by field, on the samples and on the seeds.
@Suite("Swift API: typed results")
struct TypedResultsTests {
    static func samples() -> Corpus {
        let corpus = Corpus()
        corpus.loadSamples()
        return corpus
    }

    static func seeds() -> Corpus {
        let corpus = Corpus()
        corpus.load([Paths.sharedPath("seeds")])
        return corpus
    }

    /// Each typed quote against its `quotes` row, column by column.
    func checkQuotes(_ corpus: Corpus) throws {
        let table = try corpus.query("quotes")
        let quotes = corpus.quotes
        #expect(quotes.count == table.count)
        #expect(quotes.count > 0)
        for (i, q) in quotes.enumerated() {
            let row = table.row(i)
            #expect(row["id"] == .int(q.id))
            #expect(row["article"] == .string(q.article))
            #expect(row["speaker"] == q.speaker.map(Value.string) ?? .null)
            #expect(row["text"] == .string(q.text))
            #expect(row["cue"] == q.cue.map(Value.string) ?? .null)
            #expect(row["kind"] == .string(q.kind.rawValue))
            #expect(row["start"] == .int(q.span.lowerBound))
            #expect(row["end"] == .int(q.span.upperBound))
            #expect(row["paragraph"] == .int(q.paragraph))
            #expect(row["speaker_text"] == q.speakerText.map(Value.string) ?? .null)
            #expect(row["rule"] == .string(q.rule))
            #expect(row["speaker_role"] == q.speakerRole.map(Value.string) ?? .null)
            #expect(row["gender"] == q.gender.map { .string($0.name) } ?? .null)
        }
        // Every column of the query is one of the record's.
        #expect(table.columnNames == ["article", "speaker", "text", "cue", "kind", "start", "end", "paragraph", "id",
                                      "speaker_text", "rule", "speaker_role", "gender"])
    }

    func checkEntities(_ corpus: Corpus) throws {
        let table = try corpus.query("entities")
        let entities = corpus.entities
        #expect(entities.count == table.count)
        #expect(entities.count > 0)
        for (i, e) in entities.enumerated() {
            let row = table.row(i)
            #expect(row["id"] == .int(e.id))
            #expect(row["name"] == .string(e.name))
            #expect(row["type"] == .string(e.type.rawValue))
            #expect(row["aliases"] == .list(e.aliases.map(Value.string)))
            #expect(row["mentions"] == .int(e.mentions))
            #expect(row["articles"] == .int(e.articleCount))
            #expect(row["gender"] == e.gender.map { .string($0.name) } ?? .null)
        }
    }

    func checkSources(_ corpus: Corpus) throws {
        let table = try corpus.query("sources")
        let sources = corpus.sources
        #expect(sources.count == table.count)
        #expect(sources.count > 0)
        for (i, s) in sources.enumerated() {
            let row = table.row(i)
            #expect(row["id"] == .int(s.id))
            #expect(row["name"] == .string(s.name))
            #expect(row["role"] == s.role.map(Value.string) ?? .null)
            #expect(row["affiliation"] == s.affiliation.map(Value.string) ?? .null)
            #expect(row["category"] == .string(s.category.rawValue))
            #expect(row["article"] == .string(s.article))
            #expect(row["quotes"] == .int(s.quoteCount))
            #expect(row["gender"] == s.gender.map { .string($0.name) } ?? .null)
        }
    }

    func checkMentions(_ corpus: Corpus) throws {
        let table = try corpus.query("mentions")
        let mentions = corpus.mentions
        #expect(mentions.count == table.count)
        #expect(mentions.count > 0)
        for (i, m) in mentions.enumerated() {
            let row = table.row(i)
            #expect(row["article"] == .string(m.article))
            #expect(row["entity"] == m.entity.map(Value.string) ?? .null)
            #expect(row["type"] == .string(m.type.rawValue))
            #expect(row["text"] == .string(m.text))
            #expect(row["start"] == .int(m.span.lowerBound))
            #expect(row["end"] == .int(m.span.upperBound))
            #expect(row["gender"] == m.gender.map { .string($0.name) } ?? .null)
        }
    }

    @Test func samplesRecordsAreTheQueryRows() throws {
        let corpus = Self.samples()
        try checkQuotes(corpus)
        try checkEntities(corpus)
        try checkSources(corpus)
        try checkMentions(corpus)
    }

    @Test(.needsShared) func seedsRecordsAreTheQueryRows() throws {
        let corpus = Self.seeds()
        #expect(corpus.count == 2)
        try checkQuotes(corpus)
        try checkEntities(corpus)
        try checkSources(corpus)
        try checkMentions(corpus)
    }

    @Test func recordsAreTheSpeakersAndTheirWords() {
        let corpus = Self.samples()
        let marsh = corpus.quotes.filter { $0.speaker == "Ellen Marsh" }
        #expect(marsh.count == 12)
        #expect(marsh.allSatisfy { $0.article.hasSuffix(".txt") && !$0.text.isEmpty })
        let person = corpus.entities.first { $0.name == "Ellen Marsh" }
        #expect(person?.type == .person)
        #expect(person?.aliases == ["Marsh"])
        #expect(corpus.sources.contains { $0.name == "Ellen Marsh" && $0.role == "Mayor" && $0.category == .official })
        #expect(corpus.mentions.contains { $0.entity == "Ellen Marsh" && $0.text == "Marsh" })
    }

    /// A quote's span is where its text is in the article (as the `quotes | where` rows say).
    @Test func spansAreByteOffsetsIntoTheText() throws {
        let corpus = Corpus()
        let text = "Riverton\n\n“We are ready,” said Mayor Ellen Marsh on Tuesday.\n"
        corpus.load(text: text, name: "note.txt")
        let quote = try #require(corpus.quotes.first)
        #expect(quote.kind == .direct)
        #expect(quote.speaker == "Ellen Marsh")
        #expect(quote.cue == "said")
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[quote.span], as: UTF8.self) == quote.text)
    }
}

/// Queries that return typed rows.
@Suite("Swift API: typed queries")
struct TypedQueryTests {
    @Test func filteredRowsReadAsTheSourcesRecords() throws {
        let corpus = TypedResultsTests.samples()
        let direct = try corpus.query("quotes | where kind == \"direct\"", as: QuoteRecord.self)
        #expect(direct == corpus.quotes.filter { $0.kind == .direct })
        let people = try corpus.query("entities | where type == \"person\" | sort mentions desc | take 3", as: EntityRecord.self)
        #expect(people.count == 3)
        #expect(people.first?.name == "Ellen Marsh")
    }

    @Test func rowsWithoutTheColumnsAreAnError() {
        let corpus = TypedResultsTests.samples()
        let statement = "quotes | select speaker, text"
        #expect(throws: QueryError.self) { try corpus.query(statement, as: QuoteRecord.self) }
        do {
            _ = try corpus.query(statement, as: QuoteRecord.self)
        } catch {
            #expect(error.message == "the rows have no column 'id', which QuoteRecord reads")
            #expect(error.range == 0..<statement.utf8.count)
        }
    }

    @Test func aTypeOfOnesOwnReadsAnyRows() throws {
        struct Count: TableRecord {
            var speaker: String?
            var count: Int
            init(row: TableRow) throws(QueryError) {
                speaker = row["speaker"]?.string
                count = row["count"]?.int ?? 0
            }
        }
        let corpus = TypedResultsTests.samples()
        let counts = try corpus.query("quotes | group by speaker | count | sort count desc", as: Count.self)
        #expect(counts.first?.speaker == "Ellen Marsh")
        #expect(counts.first?.count == 12)
    }
}

/// Loading from strings, with the warnings as values.
@Suite("Swift API: loading text")
struct TextLoadingTests {
    @Test func textLoadsAsAnArticle() {
        let corpus = Corpus()
        let report = corpus.load(text: "Riverton\n\nThe levee held, officials said.\n", name: "note.txt")
        #expect(report.loaded == [1])
        #expect(report.issues.isEmpty)
        #expect(corpus.names == ["note.txt"])
        // The same name again is made unique.
        #expect(corpus.load(text: "Another story.\n", name: "note.txt").loaded == [2])
        #expect(corpus.names == ["note.txt", "note.txt#2"])
    }

    @Test func blankTextIsAnIssueNotAnArticle() {
        let corpus = Corpus()
        let report = corpus.load(text: "  \n\n", name: "blank.txt")
        #expect(report.loaded.isEmpty)
        #expect(report.hadFailures)
        #expect(report.issues.first?.path == "blank.txt")
        #expect(report.issues.first?.severity == .skipped)
        #expect(corpus.isEmpty)
    }

    @Test func repairedTextLoadsWithAWarning() {
        let corpus = Corpus()
        let report = corpus.load(text: "Caf\u{C3}\u{A9} owners said the water rose overnight.\n", name: "cafe.txt")
        #expect(report.loaded == [1])
        #expect(!report.hadFailures)
        #expect(report.issues.count == 1)
        #expect(report.issues.first?.severity == .warning)
        #expect(report.issues.first?.message.hasPrefix("repaired 1 mojibake sequence") == true)
    }

    @Test func missingPathsAreIssues() {
        let corpus = Corpus()
        let report = corpus.load(["/nonexistent/sift-api-test"])
        #expect(report.loaded.isEmpty)
        #expect(report.hadFailures)
        #expect(report.issues.count == 1)
    }
}
