#if canImport(Glibc)
import Glibc
#endif

/// Output longer than the screen goes through `$PAGER` (default `less -FRX`) on a terminal.
enum Pager {
    static func show(_ text: String) {
        guard Terminal.stdoutIsTTY, let rows = Terminal.height, lineCount(text, atLeast: rows) >= rows else {
            Terminal.write(text)
            return
        }
        Terminal.flush()
        let command = getenv("PAGER").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "less -FRX"
        guard let pipe = popen(command, "w") else {
            Terminal.write(text)
            return
        }
        var bytes = Array(text.utf8)
        _ = fwrite(&bytes, 1, bytes.count, pipe)
        pclose(pipe)
    }

    private static func lineCount(_ text: String, atLeast limit: Int) -> Int {
        var n = 0
        for b in text.utf8 where b == 0x0A {
            n += 1
            if n >= limit { return n }
        }
        return n
    }
}
