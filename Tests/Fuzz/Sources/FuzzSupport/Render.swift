import CFuzzerDriver
@testable import SiftKit  // the engine's package-level parts too (-enable-testing: run.sh)
#if canImport(Glibc)
import Glibc
#endif

// MARK: - The entry point

/// LLVMFuzzerTestOneInput's type as libFuzzer calls it.
public typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

/// An address for an empty input, should libFuzzer ever pass NULL with size 0.
nonisolated(unsafe) public let emptyInput: UnsafePointer<UInt8> = {
    let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    p.initialize(to: 0)
    return UnsafePointer(p)
}()

/// `main` for a fuzz target. SwiftPM links every executable on Linux with
/// `--defsym main=<Module>_main` and has the compiler name the entry point so; with
/// -parse-as-library nothing defines it and the link fails. So each target defines
/// `<Module>_main` with @_cdecl and calls this, which hands over to libFuzzer's driver — the
/// same thing libFuzzer's own `main` does.
public func runLibFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                         _ callback: FuzzCallback) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, callback)
}

// MARK: - Rendering

/// Renders a statement's output every way the command line can: each table format (plain and
/// cut to a narrow terminal width), `compare`'s two-column report and `show`'s document, with and
/// without colour. Returns the total length so the optimizer cannot drop the work.
public func renderAll(_ output: QueryOutput) -> Int {
    var total = 0
    let table = output.table
    // A big table (`kwic /./` gives a row per character) is rendered two ways, not eight: under
    // AddressSanitizer eight renderings of ten thousand rows take seconds and find nothing more.
    let formats: [OutputFormat] = table.count > 2_000 ? [.table, .json] : OutputFormat.allCases
    for format in formats {
        total &+= TableWriter.render(table, as: format).utf8.count
    }
    total &+= TableWriter.render(table, as: .table, options: RenderOptions(width: 40, color: true)).utf8.count
    total &+= TableWriter.render(table, as: .table, options: RenderOptions(width: 40, wrap: false)).utf8.count
    switch output {
    case .comparison(let t, let left, let right):
        total &+= CompareReport.render(t, left: left, right: right, width: 100, color: false).utf8.count
        total &+= CompareReport.render(t, left: left, right: right, width: 30, color: true).utf8.count
    case .document(let d):
        total &+= DocumentRenderer.render(d, color: false).utf8.count
        total &+= DocumentRenderer.render(d, color: true).utf8.count
        total &+= DocumentRenderer.render(d, color: true, width: 30).utf8.count
    case .chart(let c):
        total &+= ChartText.render(c, width: 40, color: true).utf8.count
        total &+= NotebookExport.html(title: "fuzz", cells: [.statement("chart", text: "", output: output)]).utf8.count
    case .table, .binding:
        break
    }
    return total
}

/// SIFT_FUZZ_PRINT=1: print each statement and its table (or error) to standard error, to see
/// what a reproducer does when run on its own (`FuzzQuery crash-…`).
public let printing = getenv("SIFT_FUZZ_PRINT").map { String(cString: $0) == "1" } ?? false

public func fuzzLog(_ text: @autoclosure () -> String) {
    guard printing else { return }
    var line = text() + "\n"
    line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

/// Runs one statement and renders what it gives, or formats the error the way the CLI shows it.
@discardableResult
public func runAndRender(_ corpus: Corpus, _ statement: String) -> Int {
    fuzzLog("sift> " + statement)
    let started = milliseconds()
    do {
        let output = try corpus.run(statement)
        let ran = milliseconds()
        let total = renderAll(output)
        fuzzLog(TableWriter.render(output.table, as: .table)
                + "(\(output.table.count) rows; run \(ran - started) ms, render \(milliseconds() - ran) ms)")
        return total
    } catch {
        let message = ErrorFormatter.format(error, statement: statement, location: "fuzz:1")
        fuzzLog(message + "(\(milliseconds() - started) ms)")
        return message.utf8.count &+ ErrorFormatter.column(of: error, in: statement)
    }
}

/// Monotonic time in milliseconds (for SIFT_FUZZ_PRINT's timings).
public func milliseconds() -> Int {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return ts.tv_sec * 1000 + ts.tv_nsec / 1_000_000
}

/// Keeps a value alive past the optimizer.
@inline(never)
public func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
