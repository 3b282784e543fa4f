import Dispatch

/// How loading behaves.
public struct LoadOptions: Sendable {
    /// Files larger than this are refused (16 MiB by default).
    public var maxFileSize: Int = 16 << 20
    /// Read and build articles on all cores.
    public var parallel: Bool = true
    /// Skip files loaded before (by real path). Off, a file loaded again is a new article.
    public var skipDuplicates: Bool = true
    /// Called from worker threads as each file is built.
    public var progress: Progress? = nil

    public init(maxFileSize: Int = 16 << 20, parallel: Bool = true, skipDuplicates: Bool = true,
                progress: Progress? = nil) {
        self.maxFileSize = maxFileSize
        self.parallel = parallel
        self.skipDuplicates = skipDuplicates
        self.progress = progress
    }
}

/// What a load did: the ids of the new articles, and every problem met, in argument order.
public struct LoadReport: Sendable {
    public var loaded: [Int] = []
    public var issues: [LoadIssue] = []
    /// Files skipped because they were loaded already.
    public var duplicates = 0

    /// Whether some input could not be loaded (a missing path, a binary file…).
    public var hadFailures: Bool { issues.contains { $0.severity == .skipped } }
}

extension Corpus {
    /// Loads files, folders (recursively, `*.txt`) and glob patterns. Bad input never stops the
    /// rest: each problem becomes one issue in the report.
    @discardableResult
    public func load(_ paths: [String], options: LoadOptions = LoadOptions()) -> LoadReport {
        var report = LoadReport()
        let (candidates, expandIssues) = PathExpander.expand(paths)
        report.issues = expandIssues

        // A file given twice (or loaded before) loads once.
        var fresh: [FileCandidate] = []
        var canonical: [String] = []
        var seen: Set<String> = []
        for c in candidates {
            let real = FileSystem.realPath(c.path) ?? c.path
            if options.skipDuplicates && (loadedPaths.contains(real) || !seen.insert(real).inserted) {
                report.duplicates += 1
                continue
            }
            canonical.append(real)
            fresh.append(c)
        }

        let results = Self.build(fresh, options: options)
        for (i, result) in results.enumerated() {
            switch result {
            case .success(let (article, warnings)):
                loadedPaths.insert(canonical[i])
                report.loaded.append(add(article))
                report.issues += warnings
            case .failure(let issue):
                report.issues.append(issue)
            }
        }
        return report
    }

    /// Adds an article made from text in memory. Nil when the text is empty or binary.
    @discardableResult
    public func add(text: String, name: String) -> Int? {
        guard let article = ArticleBuilder.build(text: text, name: name) else { return nil }
        return add(article)
    }

    private static func build(_ files: [FileCandidate], options: LoadOptions) -> [Result<(Article, [LoadIssue]), LoadIssue>] {
        let counter = options.progress.map { ProgressCounter(total: files.count, bytes: 0, report: $0) }
        return Parallel.map(files.count, parallel: options.parallel) { i in
            let result = loadOne(files[i], options: options)
            if let counter {
                if case .success(let (article, _)) = result { counter.done(bytes: article.bytes.count) } else { counter.done(bytes: 0) }
            }
            return result
        }
    }

    static func loadOne(_ file: FileCandidate, options: LoadOptions) -> Result<(Article, [LoadIssue]), LoadIssue> {
        let raw: [UInt8]
        switch FileSystem.read(file.path, limit: options.maxFileSize) {
        case .success(let bytes): raw = bytes
        case .failure(.system(let code)):
            return .failure(LoadIssue(path: file.path, message: FileSystem.message(code), severity: .skipped))
        case .failure(.tooLarge(let size)):
            return .failure(LoadIssue(path: file.path, message: "file is \(megabytes(size)), over the \(megabytes(options.maxFileSize)) limit (raise it with --max-file-size)", severity: .skipped))
        }
        switch TextDecoder.decode(raw) {
        case .failure(let problem):
            return .failure(LoadIssue(path: file.path, message: problem.reason, severity: .skipped))
        case .success(let text):
            var warnings: [LoadIssue] = []
            if text.encoding == .windows1252 {
                warnings.append(LoadIssue(path: file.path, message: "not valid UTF-8; decoded as Windows-1252", severity: .warning))
            }
            if text.mojibakeRepairs > 0 {
                let n = text.mojibakeRepairs
                warnings.append(LoadIssue(path: file.path, message: "repaired \(n) mojibake sequence\(n == 1 ? "" : "s") (UTF-8 once mis-decoded as Latin-1, like \"Ã¡\" for \"á\"); offsets refer to the repaired text", severity: .warning))
            }
            if text.replacements > 0 {
                warnings.append(LoadIssue(path: file.path, message: "\(text.replacements) broken UTF-16 sequence(s) replaced by U+FFFD", severity: .warning))
            }
            return .success((ArticleBuilder.build(text, name: file.name, origin: .file(file.path)), warnings))
        }
    }

    static func megabytes(_ n: Int) -> String {
        let mb = Double(n) / 1_048_576
        return mb >= 10 || mb == mb.rounded() ? "\(Int(mb.rounded())) MiB" : "\((mb * 10).rounded() / 10) MiB"
    }
}
