// Fuzzes the query language on the bundled samples: lexer, parser, expression compiler,
// evaluator, every source and stage, `show`/`why`/`compare`/`kwic`, the table writers, the error
// formatter, the script reader and tab completion. One input is one statement (or a short script).
@testable import SiftKit  // the engine's package-level parts too (-enable-testing: run.sh)
import FuzzSupport

/// Built once: the four sample articles, analysed in LLVMFuzzerInitialize so the first input
/// does not pay for the extraction (and trip -timeout).
let corpus: Corpus = {
    let c = Corpus()
    c.loadSamples()
    return c
}()

nonisolated(unsafe) let completer = Completer(corpus: corpus)

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutableRawPointer?, _ argv: UnsafeMutableRawPointer?) -> Int32 {
    for warm in ["entities | count", "quotes | count", "sources | count", "numbers | count", "dates | count",
                 "mentions | count", "compare 1 2 | count"] {
        _ = try? corpus.run(warm)
    }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var total = runAndRender(corpus, text)

    // As a script: several statements, so a `let` can be used by the next one.
    let entries = ScriptReader.entries(text).filter { $0.kind == .statement }
    if entries.count > 1 {
        for entry in entries.prefix(8) { total &+= runAndRender(corpus, entry.text) }
    }
    total &+= ScriptReader.isIncomplete(text) ? 1 : 0

    // Tab completion at the end and in the middle (a byte offset, maybe inside a character).
    let bytes = text.utf8.count
    for cursor in [bytes, bytes / 2] {
        let started = milliseconds()
        let (start, context) = completer.complete(text, cursor: cursor)
        total &+= start
        if case .words(let words) = context { total &+= Completer.matching(words, prefix: "").count }
        fuzzLog("(completion at byte \(cursor): \(milliseconds() - started) ms)")
    }

    blackHole(total)
    corpus.bindings.removeAll()   // `let` must not grow memory from input to input
    return 0
}

/// `main`: see runLibFuzzer in FuzzSupport.
@_cdecl("FuzzQuery_main")
public func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runLibFuzzer(argc, argv) { data, size in fuzz(data ?? emptyInput, size) }
}
