extension Corpus {
    /// Adds one article made from text in memory, named `name` (a name already taken gets a
    /// `#2` suffix). Text that is empty, blank or binary is not loaded: the report says why.
    ///
    /// ```swift
    /// let report = corpus.load(text: "“We are ready,” said Mayor Ellen Marsh.", name: "note.txt")
    /// print(report.loaded)   // [5], the new article's id
    /// ```
    ///
    /// The text is read as a file is: mis-decoded UTF-8 ("Ã¡" for "á") is repaired, with a
    /// warning in the report.
    /// - Parameters:
    ///   - text: The article's text: a headline, a blank line, then paragraphs, as in a file.
    ///   - name: The name the article is known by in queries and records.
    /// - Returns: The new article's id, or the issue that kept it out.
    @discardableResult
    public func load(text: String, name: String) -> LoadReport {
        var report = LoadReport()
        switch Self.decode(Array(text.utf8), name: name, origin: .text, location: name) {
        case .success(let (article, warnings)):
            report.loaded.append(add(article))
            report.issues = warnings
        case .failure(let problem):
            report.issues.append(LoadIssue(path: name, message: problem.reason, severity: .skipped))
        }
        return report
    }
}
