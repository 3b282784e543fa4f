#if canImport(Glibc)
import Glibc
#endif
import SiftKit

/// Reading script text from a file or from standard input.
enum ScriptFile {
    static func read(_ path: String) -> Result<String, FileError> {
        if path == "-" { return .success(readStandardInput()) }
        do { return .success(try TextFile.read(path)) } catch { return .failure(error) }
    }

    static func readStandardInput() -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
