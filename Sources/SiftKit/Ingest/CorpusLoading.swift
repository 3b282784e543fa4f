import Dispatch

/// How ``Corpus/load(_:options:)`` reads its inputs.
public struct LoadOptions: Sendable {
    /// Files larger than this many bytes are refused (16 MiB by default).
    public var maxFileSize: Int = 16 << 20
    /// Read and build articles on all cores.
    public var parallel: Bool = true
    /// Skip files loaded before (by real path). Off, a file loaded again is a new article.
    public var skipDuplicates: Bool = true
    /// Called from worker threads as each file is built.
    package var progress: Progress? = nil
    /// The format of standard input ("-") and of files whose name does not say (nil: standard
    /// input is sniffed, other files are text unless named `.jsonl`, `.csv` or `.tsv`).
    public var inputFormat: InputFormat? = nil
    /// The fields of a data set's records that hold the text and the metadata.
    public var fields = RecordFields()

    /// Options with these values; the defaults are the sift command's.
    public init(maxFileSize: Int = 16 << 20, parallel: Bool = true, skipDuplicates: Bool = true,
                inputFormat: InputFormat? = nil, fields: RecordFields = RecordFields()) {
        self.maxFileSize = maxFileSize
        self.parallel = parallel
        self.skipDuplicates = skipDuplicates
        self.inputFormat = inputFormat
        self.fields = fields
    }

    /// The same, with a progress callback (the CLI's progress bar).
    package init(maxFileSize: Int = 16 << 20, parallel: Bool = true, skipDuplicates: Bool = true,
                 progress: Progress?, inputFormat: InputFormat? = nil, fields: RecordFields = RecordFields()) {
        self.init(maxFileSize: maxFileSize, parallel: parallel, skipDuplicates: skipDuplicates,
                  inputFormat: inputFormat, fields: fields)
        self.progress = progress
    }
}

/// One input of a load, read in order and built on any core.
enum LoadWork: Sendable { case file(FileCandidate, String), record(ArticleRecord), issue(LoadIssue) }

/// What a load did: the ids of the new articles, and every problem met, in argument order.
public struct LoadReport: Sendable {
    /// The ids of the articles loaded, in load order (an article's name is
    /// ``Corpus/names``[id - 1]).
    public var loaded: [Int] = []
    /// Every problem met, skipped inputs and warnings alike, in argument order.
    public var issues: [LoadIssue] = []
    /// Files skipped because they were loaded already.
    public var duplicates = 0

    /// Whether some input could not be loaded (a missing path, a binary file…).
    public var hadFailures: Bool { issues.contains { $0.severity == .skipped } }
}

extension Corpus {
    /// Loads files, folders (recursively, `*.txt`), glob patterns, data sets (JSON Lines, CSV,
    /// TSV) and standard input ("-"). Bad input never stops the rest: each problem becomes one
    /// issue in the report.
    ///
    /// ```swift
    /// let report = corpus.load(["articles/", "more/news.jsonl"])
    /// for issue in report.issues { print(issue) }   // "articles/bad.bin: binary file"
    /// ```
    ///
    /// An article read from a folder is named by its path relative to that folder
    /// (`business/001.txt`), a file given itself by its base name, a data set's record by its
    /// `id` field or `FILE:LINE`.
    /// - Parameters:
    ///   - paths: Files, folders, glob patterns, data sets, or "-" for standard input.
    ///   - options: The size limit, and how to read data sets.
    /// - Returns: The ids of the articles loaded, and every issue met.
    @discardableResult
    public func load(_ paths: [String], options: LoadOptions = LoadOptions()) -> LoadReport {
        var report = LoadReport()
        let inputs = ArticleInputs(paths, options: options, alreadyLoaded: loadedPaths)
        // Read every input in order (data sets a record at a time), then build on all cores.
        var work: [LoadWork] = []
        while let item = inputs.next() {
            switch item {
            case .file(let c, let real): work.append(.file(c, real))
            case .record(let r): work.append(.record(r))
            case .issue(let i): work.append(.issue(i))
            }
        }
        report.duplicates = inputs.duplicates
        markLoaded(inputs.dataSets)
        let counter = options.progress.map { [work] in ProgressCounter(total: work.count, bytes: 0, report: $0) }
        let built = Parallel.map(work.count, parallel: options.parallel) { [work] i -> Result<(Article, [LoadIssue]), LoadIssue>? in
            let result: Result<(Article, [LoadIssue]), LoadIssue>?
            switch work[i] {
            case .file(let c, _): result = Self.loadOne(c, options: options)
            case .record(let r): result = r.build()
            case .issue: result = nil
            }
            // Tokens are released on the core that made them, so the load never holds them all.
            let released = result.map { r in r.map { ($0.0.releasingTokens(), $0.1) } }
            if let counter {
                if case .success(let (article, _))? = result { counter.done(bytes: article.bytes.count) } else { counter.done(bytes: 0) }
            }
            return released
        }
        for (i, result) in built.enumerated() {
            switch (work[i], result) {
            case (.issue(let issue), _): report.issues.append(issue)
            case (_, .success(let (article, warnings))?):
                if case .file(_, let real) = work[i] { markLoaded([real]) }
                report.loaded.append(add(article))
                report.issues += warnings
            case (_, .failure(let issue)?): report.issues.append(issue)
            case (_, nil): break
            }
        }
        return report
    }

    /// Adds an article made from text in memory. Nil when the text is empty or binary.
    @discardableResult
    package func add(text: String, name: String) -> Int? {
        guard let article = ArticleBuilder.build(text: text, name: name) else { return nil }
        return add(article)
    }

    static func loadOne(_ file: FileCandidate, options: LoadOptions) -> Result<(Article, [LoadIssue]), LoadIssue> {
        let raw: [UInt8]
        switch FileSystem.read(file.path, limit: options.maxFileSize) {
        case .success(let bytes): raw = bytes
        case .failure(.system(let code)):
            return .failure(LoadIssue(path: file.path, message: FileSystem.message(code), severity: .skipped))
        case .failure(.tooLarge(let size)):
            return .failure(LoadIssue(path: file.path, message: "file is \(megabytes(size)), over the \(megabytes(options.maxFileSize)) limit", severity: .skipped,
                                      remedy: .raiseSizeLimit))
        }
        return decode(raw, name: file.name, origin: .file(file.path), location: file.path)
            .mapError { LoadIssue(path: file.path, message: $0.reason, severity: .skipped) }
    }

    /// Decodes bytes and builds the article, with a warning for each repair made on the way.
    static func decode(_ raw: [UInt8], name: String, origin: ArticleOrigin, location: String) -> Result<(Article, [LoadIssue]), DecodeProblem> {
        switch TextDecoder.decode(raw) {
        case .failure(let problem):
            return .failure(problem)
        case .success(let text):
            var warnings: [LoadIssue] = []
            if text.encoding == .windows1252 {
                warnings.append(LoadIssue(path: location, message: "not valid UTF-8; decoded as Windows-1252", severity: .warning))
            }
            if text.mojibakeRepairs > 0 {
                let n = text.mojibakeRepairs
                warnings.append(LoadIssue(path: location, message: "repaired \(n) mojibake sequence\(n == 1 ? "" : "s") (UTF-8 once mis-decoded as Latin-1, like \"Ã¡\" for \"á\"); offsets refer to the repaired text", severity: .warning))
            }
            if text.replacements > 0 {
                warnings.append(LoadIssue(path: location, message: "\(text.replacements) broken UTF-16 sequence(s) replaced by U+FFFD", severity: .warning))
            }
            return .success((ArticleBuilder.build(text, name: name, origin: origin), warnings))
        }
    }

    static func megabytes(_ n: Int) -> String {
        let mb = Double(n) / 1_048_576
        return mb >= 10 || mb == mb.rounded() ? "\(Int(mb.rounded())) MiB" : "\((mb * 10).rounded() / 10) MiB"
    }
}
