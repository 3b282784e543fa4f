import Foundation
import Testing
@testable import SiftKit

@Suite("Loading files, folders and patterns")
struct LoadingTests {
    @Test func foldersLoadRecursivelyWithRelativeNames() {
        let dir = TempDir()
        dir.write("business/001.txt", "Profits up\n\nProfits rose.")
        dir.write("sport/002.txt", "Team wins\n\nThe team won.")
        dir.write("README.TXT", "not an article: upper-case extension")
        dir.write("notes.md", "not an article")
        dir.write(".hidden/003.txt", "Hidden\n\nHidden folder.")
        let corpus = Corpus()
        let report = corpus.load([dir.path])
        #expect(report.issues.isEmpty)
        #expect(corpus.names == ["business/001.txt", "sport/002.txt"])
        #expect(corpus.articles.map(\.id) == [1, 2])
    }

    @Test func filesWithTheSameBaseNameAreNamedByTheirFolders() {
        let dir = TempDir()
        let a = dir.write("sport/064.txt", "Win\n\nThe team won.")
        let b = dir.write("entertainment/064.txt", "Film\n\nThe film opened.")
        let c = dir.write("tech/001.txt", "Phone\n\nA phone.")
        let corpus = Corpus()
        let report = corpus.load([a, b, c, dir.path + "/sport/./064.txt"])
        #expect(report.loaded == [1, 2, 3])
        #expect(corpus.names == ["sport/064.txt", "entertainment/064.txt", "001.txt"])
    }

    @Test func aFileGivenTwiceLoadsOnceAndLoadingIsAdditive() {
        let dir = TempDir()
        let a = dir.write("a.txt", "A\n\nText a.")
        let b = dir.write("b.txt", "B\n\nText b.")
        let corpus = Corpus()
        let first = corpus.load([a, a, dir.path + "/./a.txt"])
        #expect(first.loaded == [1])
        #expect(first.duplicates == 2)
        let second = corpus.load([b, a])
        #expect(second.loaded == [2])
        #expect(second.duplicates == 1)
        #expect(corpus.names == ["a.txt", "b.txt"])
    }

    @Test func globPatternsExpand() {
        let dir = TempDir()
        dir.write("x1.txt", "X\n\nOne.")
        dir.write("x2.txt", "X\n\nTwo.")
        dir.write("y.txt", "Y\n\nThree.")
        let corpus = Corpus()
        let report = corpus.load([dir.path + "/x*.txt", dir.path + "/z*.txt"])
        #expect(corpus.names == ["x1.txt", "x2.txt"])
        #expect(report.issues.map(\.message) == ["no files match this pattern"])
        #expect(report.hadFailures)
    }

    @Test func badInputWarnsAndTheRestLoads() {
        let dir = TempDir()
        let good = dir.write("good.txt", "Good\n\nThis one loads.")
        let binary = dir.write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        let empty = dir.write("empty.txt", "")
        let blank = dir.write("blank.txt", "  \n\n\t \n")
        let big = dir.write("big.txt", String(repeating: "word ", count: 300_000))
        let emptyDir = dir.url.appendingPathComponent("nothing").path
        try! FileManager.default.createDirectory(atPath: emptyDir, withIntermediateDirectories: true)
        dir.write("nothing/readme.md", "no txt here")
        let missing = dir.path + "/missing.txt"
        let notADir = good + "/inside.txt"

        let corpus = Corpus()
        let report = corpus.load([missing, binary, good, empty, blank, big, emptyDir, notADir],
                                 options: LoadOptions(maxFileSize: 1 << 20))
        #expect(corpus.names == ["good.txt"])
        let reasons = Dictionary(report.issues.map { ($0.path, $0.message) }, uniquingKeysWith: { a, _ in a })
        #expect(reasons[missing] == "no such file or directory")
        #expect(reasons[binary] == "binary file (contains NUL bytes), skipped")
        #expect(reasons[empty] == "empty file, skipped")
        #expect(reasons[blank] == "file contains only white space, skipped")
        #expect(reasons[big]?.hasPrefix("file is 1.4 MiB, over the 1 MiB limit") == true)
        #expect(reasons[emptyDir] == "no .txt files in this directory")
        #expect(reasons[notADir] == "a part of the path is not a directory")
        #expect(report.issues.allSatisfy { $0.severity == .skipped })
        #expect(report.issues.count == 7)
    }

    @Test func fallbackEncodingIsAWarningNotAFailure() {
        let dir = TempDir()
        let path = dir.write("latin1.txt", Array("Price\n\nIt cost ".utf8) + [0xA3] + Array("5.".utf8))
        let corpus = Corpus()
        let report = corpus.load([path])
        #expect(corpus.count == 1)
        #expect(!report.hadFailures)
        #expect(report.issues == [LoadIssue(path: path, message: "not valid UTF-8; decoded as Windows-1252", severity: .warning)])
        #expect(corpus.article(id: 1)!.string.contains("£5."))
    }

    @Test func articlesAreFoundByIdNameOrSuffix() {
        let dir = TempDir()
        dir.write("business/001.txt", "A\n\nOne.")
        dir.write("sport/001.txt", "B\n\nTwo.")
        dir.write("sport/002.txt", "C\n\nThree.")
        let corpus = Corpus()
        corpus.load([dir.path])
        #expect(corpus.resolve("2") == .found(2))
        #expect(corpus.resolve("sport/002.txt") == .found(3))
        #expect(corpus.resolve("sport/002") == .found(3))
        #expect(corpus.resolve("002.txt") == .found(3))
        #expect(corpus.resolve("001.txt") == .ambiguous(["business/001.txt", "sport/001.txt"]))
        #expect(corpus.resolve("9") == .notFound)
        #expect(corpus.resolve("nope.txt") == .notFound)
    }

    @Test func sameBaseNameFromTwoPlacesStaysDistinct() {
        let dir = TempDir()
        let a = dir.write("one/story.txt", "A\n\nOne.")
        let b = dir.write("two/story.txt", "B\n\nTwo.")
        let corpus = Corpus()
        corpus.load([a, b])
        #expect(corpus.count == 2)
        // Loaded together, each is named by as much of its path as tells them apart.
        #expect(corpus.names == ["one/story.txt", "two/story.txt"])
        // A later load whose file would take a name already used is named by its path.
        let c = dir.write("three/one/story.txt", "C\n\nThree.")
        let d = dir.write("four/one/story.txt", "D\n\nFour.")
        corpus.load([c])
        corpus.load([d])
        #expect(corpus.names[2] == "story.txt")
        #expect(corpus.names[3] == d)
    }

    @Test(.needsShared) func parallelAndSerialLoadingAgree() throws {
        let path = Paths.sharedPath("corpus/bbc/business")
        let p = Corpus(), s = Corpus()
        p.load([path], options: LoadOptions(parallel: true))
        s.load([path], options: LoadOptions(parallel: false))
        #expect(p.count == s.count)
        for (x, y) in zip(p.articles, s.articles) {
            #expect(x.name == y.name)
            #expect(x.paragraphs == y.paragraphs)
            #expect(x.sentences == y.sentences)
            #expect(x.tokensReleased && y.tokensReleased)
            #expect(x.withTokens().tokens == y.withTokens().tokens)
        }
    }
}

@Suite("Real corpora")
struct CorpusTests {
    @Test(.needsShared) func bbcLoadsWithOneWarningAndTitlesFromFirstLines() throws {
        let root = Paths.sharedPath("corpus/bbc")
        let corpus = Corpus()
        let report = corpus.load([root])
        #expect(corpus.count == 2225)
        #expect(report.issues.count == 1)
        #expect(report.issues.first?.path.hasSuffix("sport/199.txt") == true)
        #expect(report.issues.first?.severity == .warning)
        for a in corpus.articles {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: root + "/" + a.name))
            let firstLine = bytes.split(separator: 0x0A, maxSplits: 1, omittingEmptySubsequences: false)[0]
            let expected = String(decoding: firstLine, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if a.encoding == .utf8 {
                #expect(a.title == expected, "\(a.name)")
            } else {
                #expect(a.title != nil)
            }
        }
    }

    @Test(.needsShared) func polnearMojibakeIsRepairedInThirteenFiles() throws {
        let corpus = Corpus()
        let report = corpus.load([Paths.sharedPath("corpus/polnear")])
        #expect(corpus.count == 924)
        let repaired = report.issues.filter { $0.message.hasPrefix("repaired") }
        #expect(repaired.count == 13)
        for a in corpus.articles where a.mojibakeRepairs > 0 {
            let s = a.string
            #expect(!s.contains("Ã") && !s.contains("â€"), "\(a.name)")
        }
        #expect(corpus.articles.allSatisfy { $0.title != nil })
    }
}
