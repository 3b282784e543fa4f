// Fuzzes the `.sift.md` notebook format: read, write, read again, and the .ipynb export.
// The round trip is checked for crashes only; an unstable round trip is not treated as a crash
// (set SIFT_FUZZ_STRICT=1 to trap on one, to find and minimise examples; SIFT_FUZZ_PRINT=1 to see
// what an input reads as and is written back as).
@testable import SiftKit  // the engine's package-level parts too (-enable-testing: run.sh)
import FuzzSupport
#if canImport(Glibc)
import Glibc
#endif

let strict = getenv("SIFT_FUZZ_STRICT").map { String(cString: $0) == "1" } ?? false

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let first = NotebookFormat.read(text)
    let written = NotebookFormat.write(first)
    let second = NotebookFormat.read(written)
    let again = NotebookFormat.write(second)
    let exported = NotebookExport.ipynb(second)
    if first != second || written != again {
        fuzzLog("round trip not stable:\n  read:        \(first)\n  read again:  \(second)\n--- written:\n\(written)--- written again:\n\(again)---")
        if strict { fatalError("notebook round trip is not stable") }
    } else {
        fuzzLog("read: \(first)\n--- written:\n\(written)---")
    }
    withExtendedLifetime((exported, again)) {}
    return 0
}

/// `main`: see runLibFuzzer in FuzzSupport.
@_cdecl("FuzzNotebook_main")
public func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runLibFuzzer(argc, argv) { data, size in fuzz(data ?? emptyInput, size) }
}
