/// Repairs mojibake: UTF-8 that was once decoded as Latin-1 or Windows-1252 and saved again as
/// UTF-8, so that "á" (bytes C3 A1) reads "Ã¡". Each such run of characters is mapped back to the
/// bytes it came from and decoded again.
///
/// To stay clear of real text that happens to contain "Ä±" or "Ø–", a file is repaired only when it
/// has at least one unmistakable marker: a run led by Â, Ã or â, the three lead characters that
/// Latin-script and typographic mojibake always produces.
enum Mojibake {
    static func repair(_ bytes: [UInt8]) -> ([UInt8], Int) {
        var current = bytes
        var total = 0
        // A second pass catches text that was mis-decoded twice ("Ã¢â‚¬â„¢").
        for _ in 0..<2 {
            let (_, count, strong) = pass(current, apply: false)
            guard count > 0, strong > 0 else { break }
            let (fixed, applied, _) = pass(current, apply: true)
            current = fixed
            total += applied
        }
        return (current, total)
    }

    /// The byte a character stood for when it is a mis-decoded UTF-8 continuation byte (0x80...0xBF).
    @inline(__always)
    private static func continuation(_ v: UInt32) -> UInt8? {
        guard v >= 0x80, let b = Windows1252.byte(for: v), b >= 0x80, b <= 0xBF else { return nil }
        return b
    }

    /// Continuation bytes whose Latin-1 character was later flattened by compatibility
    /// normalisation: "¨" (A8) became " ̈", "¯" (AF) " ̄", "´" (B4) " ́", "¸" (B8) " ̧".
    private static func flattenedMark(_ v: UInt32) -> UInt8? {
        switch v {
        case 0x308: return 0xA8
        case 0x304: return 0xAF
        case 0x301: return 0xB4
        case 0x327: return 0xB8
        default: return nil
        }
    }

    /// One scan. Returns the text (repaired when `apply`), how many runs were found and how many of
    /// them are unmistakable.
    private static func pass(_ bytes: [UInt8], apply: Bool) -> ([UInt8], Int, Int) {
        var out = [UInt8]()
        if apply { out.reserveCapacity(bytes.count) }
        var count = 0, strong = 0
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var i = 0
            while i < n {
                let (v, len) = UTF8Scalars.decode(b, at: i)
                if v >= 0xC2 && v <= 0xF4, let (decoded, next) = run(b, lead: v, at: i, after: i + len) {
                    count += 1
                    if v == 0xC2 || v == 0xC3 || v == 0xE2 { strong += 1 }
                    if apply { UTF8Scalars.append(decoded, to: &out) }
                    i = next
                    continue
                }
                if apply { out.append(contentsOf: b[i..<i + len]) }
                i += len
            }
        }
        return (out, count, strong)
    }

    /// Tries to read the continuation characters of a mis-decoded sequence led by `lead`.
    /// Returns the original scalar and where the run ends.
    private static func run(_ b: UnsafeBufferPointer<UInt8>, lead: UInt32, at leadStart: Int, after start: Int) -> (UInt32, Int)? {
        let need = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3
        var seq: [UInt8] = [UInt8(lead)]
        var j = start
        let n = b.count
        while seq.count <= need {
            guard j < n else { break }
            let (w, wl) = UTF8Scalars.decode(b, at: j)
            if let c = continuation(w) {
                seq.append(c)
                j += wl
                continue
            }
            if lead == 0xC3 && seq.count == 1 {
                // "Ã ̈" → è, "Ãa" → ê (ª flattened to a), "Ão" → ú (º flattened to o).
                if w == 0x20, j + 1 < n {
                    let (m, ml) = UTF8Scalars.decode(b, at: j + 1)
                    if let c = flattenedMark(m) { seq.append(c); j += 1 + ml; continue }
                }
                if w == 0x61 || w == 0x6F {
                    seq.append(w == 0x61 ? 0xAA : 0xBA)
                    j += 1
                    continue
                }
            }
            break
        }
        if seq.count == need + 1, let v = decodeSequence(seq) { return (v, j) }
        // "â€" whose last byte was one Windows-1252 leaves undefined and was dropped on the way:
        // E2 80 90 (hyphen ‐) between letters, else E2 80 9D (right double quotation mark ”).
        if lead == 0xE2, seq == [0xE2, 0x80] {
            let prevIsLetter = leadStart > 0
                && CharClass.isLetter(UTF8Scalars.decode(b, at: UTF8Scalars.previousStart(b, before: leadStart)).0)
            let nextIsLetter = j < n && CharClass.isLetter(UTF8Scalars.decode(b, at: j).0)
            return (prevIsLetter && nextIsLetter ? 0x2010 : 0x201D, j)
        }
        return nil
    }

    /// Decodes a complete UTF-8 sequence, nil when it is malformed or overlong.
    private static func decodeSequence(_ s: [UInt8]) -> UInt32? {
        guard UTF8Scalars.isValid(s) else { return nil }
        let v = s.withUnsafeBufferPointer { UTF8Scalars.decode($0, at: 0).0 }
        return v >= 0x80 ? v : nil
    }
}
