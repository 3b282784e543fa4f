import Foundation
import Testing
@testable import SiftKit

/// An article is read once, into memory: what happens to its file afterwards changes nothing
/// until it is loaded again.
@Suite("Files that vanish or change after loading")
struct FileLifetimeTests {
    @Test func aDeletedFileStillShowsAndAnswers() throws {
        let dir = TempDir()
        let path = dir.write("story.txt", "Levee holds\n\n\"We are safe,\" said Mayor Ana Ruiz.\n")
        let corpus = Corpus()
        corpus.load([path])
        try FileManager.default.removeItem(atPath: path)
        guard case .document(let doc) = try corpus.run("show 1") else { Issue.record("show gave no document"); return }
        #expect(DocumentRenderer.render(doc, color: false).contains("We are safe"))
        #expect(try corpus.query("quotes | select speaker").rows == [[.string("Ana Ruiz")]])
        // Loading it again reports it missing and keeps what was loaded.
        let report = corpus.load([path])
        #expect(report.hadFailures)
        #expect(corpus.count == 1)
    }

    @Test func aChangedFileKeepsTheTextThatWasLoaded() throws {
        let dir = TempDir()
        let path = dir.write("story.txt", "First version\n\nThe council met on Monday.\n")
        let corpus = Corpus()
        corpus.load([path])
        dir.write("story.txt", "Second version, much longer than the first one\n\nSomething else entirely.\n")
        #expect(try corpus.query("articles | select title").rows == [[.string("First version")]])
        guard case .document(let doc) = try corpus.run("show story.txt") else { Issue.record("show gave no document"); return }
        let shown = DocumentRenderer.render(doc, color: false)
        #expect(shown.contains("The council met on Monday."))
        #expect(!shown.contains("Something else"))
        // Offsets still point into the loaded text.
        let sentence = try corpus.query("sentences | select text, start, end").rows[0]
        #expect(sentence[0] == .string("The council met on Monday."))
    }

    @Test func aFileTruncatedWhileBeingListedIsSkippedWithAReason() throws {
        let dir = TempDir()
        dir.write("a.txt", "A\n\nOne.\n")
        let empty = dir.write("b.txt", "")
        let corpus = Corpus()
        let report = corpus.load([dir.path])
        #expect(corpus.count == 1)
        #expect(report.issues.contains { $0.path == empty && $0.severity == .skipped })
    }
}
