// Fuzzes ingest and extraction: one input is the bytes of one article file. Decoding (UTF-8,
// UTF-16, Windows-1252, mojibake repair), structure, tokens, sentences, then every extractor
// through the sources that read it, `show`, `why` and `kwic`, rendered every way.
@testable import SiftKit  // the engine's package-level parts too (-enable-testing: run.sh)
import FuzzSupport

let queries = [
    "articles", "paragraphs", "sentences",
    "quotes", "entities", "sources", "numbers", "dates", "mentions",
    "show 1", "why quote 1", "why entity 1", "why source 1", "kwic \"said\"",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let raw = Array(UnsafeBufferPointer(start: data, count: size))
    guard case .success(let decoded) = TextDecoder.decode(raw) else { return 0 }
    let article = ArticleBuilder.build(decoded, name: "fuzz.txt", origin: .text)
    blackHole(Analyzer.analyze(article))

    let corpus = Corpus()
    corpus.add(article)
    var total = 0
    for q in queries { total &+= runAndRender(corpus, q) }
    blackHole(total)
    return 0
}

/// `main`: see runLibFuzzer in FuzzSupport.
@_cdecl("FuzzIngest_main")
public func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runLibFuzzer(argc, argv) { data, size in fuzz(data ?? emptyInput, size) }
}
