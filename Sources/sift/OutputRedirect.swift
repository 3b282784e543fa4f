import SiftKit

/// `.output FILE` / `.once FILE` (sqlite3's): results go to a file, as a pipe would get them (not
/// cut, no colour), instead of the screen. The file is rewritten whole, atomically, after each
/// result, so a reader never sees half of one. `.output` alone comes back to the screen.
struct OutputRedirect {
    let path: String
    /// Only the next result (`.once`).
    let once: Bool
    private var text = ""

    /// Starts the file afresh (empty), as sqlite3 does.
    init(path: String, once: Bool) throws(FileError) {
        self.path = path
        self.once = once
        if !once { try AtomicFile.write("", to: path) }
    }

    mutating func append(_ s: String) throws(FileError) {
        text += s
        try AtomicFile.write(text, to: path)
    }
}
