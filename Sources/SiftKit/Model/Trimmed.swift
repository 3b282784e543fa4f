extension Array {
    /// The same elements in a buffer of exactly their count: what an article keeps once it is
    /// built, instead of the spare capacity reading and appending left (a corpus holds millions
    /// of these arrays; spare room was as much again as the text).
    package func trimmed() -> [Element] {
        // malloc hands out 16-byte steps: less spare room than that is not worth a copy.
        guard (capacity - count) * MemoryLayout<Element>.stride >= 16 else { return self }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            _ = withUnsafeBufferPointer { buffer.initialize(fromContentsOf: $0) }
            initialized = count
        }
    }
}
