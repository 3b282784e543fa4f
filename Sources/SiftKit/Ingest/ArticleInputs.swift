/// The articles named by a list of inputs, one at a time and in order: text files (read when
/// built, so on any core) and the records of data sets (read here, a line at a time). What
/// `Corpus.load` and the streaming extraction both read; nothing is held beyond the record at hand.
final class ArticleInputs {
    enum Item {
        /// A text file; `real` is its canonical path (duplicates are already skipped).
        case file(FileCandidate, real: String)
        case record(ArticleRecord)
        case issue(LoadIssue)
    }

    private var candidates: IndexingIterator<[FileCandidate]>
    private var queued: [LoadIssue]
    private var reader: RecordReader? = nil
    private let options: LoadOptions
    private let alreadyLoaded: Set<String>
    private var seen: Set<String> = []
    /// Inputs skipped because they were given (or loaded) before.
    private(set) var duplicates = 0

    init(_ paths: [String], options: LoadOptions, alreadyLoaded: Set<String> = []) {
        let (files, issues) = PathExpander.expand(paths)
        candidates = files.makeIterator()
        queued = issues
        self.options = options
        self.alreadyLoaded = alreadyLoaded
    }

    /// Canonical paths of the data sets opened so far, so that a later load skips them.
    private(set) var dataSets: Set<String> = []

    func next() -> Item? {
        if !queued.isEmpty { return .issue(queued.removeFirst()) }
        while true {
            if let r = reader {
                if let item = r.next() {
                    switch item {
                    case .record(let record): return .record(record)
                    case .issue(let issue): return .issue(issue)
                    }
                }
                reader = nil
            }
            guard let c = candidates.next() else { return nil }
            let real = c.path == "-" ? "-" : FileSystem.realPath(c.path) ?? c.path
            if options.skipDuplicates && real != "-" && (alreadyLoaded.contains(real) || !seen.insert(real).inserted) {
                duplicates += 1
                continue
            }
            let named = InputFormat.of(path: c.path)
            let format: InputFormat? = c.path == "-" ? options.inputFormat
                : named != .text ? named : c.path.lowercased().hasSuffix(".txt") ? .text : options.inputFormat ?? .text
            if format == .text && c.path != "-" { return .file(c, real: real) }
            var problem: LoadIssue? = nil
            reader = RecordReader(path: c.path, format: format, fields: options.fields, limit: options.maxFileSize, issue: &problem)
            if let problem { return .issue(problem) }
            if reader != nil && real != "-" { dataSets.insert(real) }
        }
    }
}

extension ArticleRecord {
    /// The article, or why it cannot be one (a warning: the rest of the data set loads).
    func build() -> Result<(Article, [LoadIssue]), LoadIssue> {
        switch Corpus.decode(bytes, name: name, origin: origin, location: location) {
        case .failure(let problem):
            let reason: String
            switch problem {
            case .binary: reason = "the text contains NUL bytes; skipped"
            case .empty: reason = "the text is empty; skipped"
            case .whitespaceOnly: reason = "the text is only white space; skipped"
            }
            return .failure(LoadIssue(path: location, message: reason, severity: .warning))
        case .success(var (article, more)):
            article.metadata = metadata
            return .success((article, warnings + more))
        }
    }
}
