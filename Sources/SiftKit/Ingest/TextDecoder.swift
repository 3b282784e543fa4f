/// Text decoded from a file's bytes, and how.
package struct DecodedText: Sendable {
    package var bytes: [UInt8]
    package var encoding: TextEncoding
    package var mojibakeRepairs: Int
    /// Sequences that could not be decoded and became U+FFFD (broken UTF-16 surrogates).
    package var replacements: Int
}

/// Why a file's bytes are not an article.
package enum DecodeProblem: Error, Equatable, Sendable {
    case binary
    case empty
    case whitespaceOnly

    package var reason: String {
        switch self {
        case .binary: return "binary file (contains NUL bytes), skipped"
        case .empty: return "empty file, skipped"
        case .whitespaceOnly: return "file contains only white space, skipped"
        }
    }
}

/// Turns a file's bytes into UTF-8 text: UTF-8 (with or without BOM), UTF-16 with BOM (or
/// recognisably UTF-16 without one), and Windows-1252 when the bytes are not valid UTF-8.
/// Mojibake (UTF-8 once mis-decoded as Latin-1/Windows-1252 and saved again) is repaired.
package enum TextDecoder {
    package static func decode(_ raw: [UInt8]) -> Result<DecodedText, DecodeProblem> {
        if raw.isEmpty { return .failure(.empty) }
        var text: DecodedText
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(raw.dropFirst(3))
            text = UTF8Scalars.isValid(body)
                ? DecodedText(bytes: body, encoding: .utf8BOM, mojibakeRepairs: 0, replacements: 0)
                : DecodedText(bytes: Windows1252.decode(body), encoding: .windows1252, mojibakeRepairs: 0, replacements: 0)
        } else if raw.starts(with: [0xFF, 0xFE]) {
            text = UTF16.decode(raw, from: 2, bigEndian: false)
        } else if raw.starts(with: [0xFE, 0xFF]) {
            text = UTF16.decode(raw, from: 2, bigEndian: true)
        } else if raw.contains(0) {
            guard let bigEndian = UTF16.guessEndianness(raw) else { return .failure(.binary) }
            text = UTF16.decode(raw, from: 0, bigEndian: bigEndian)
        } else if UTF8Scalars.isValid(raw) {
            text = DecodedText(bytes: raw, encoding: .utf8, mojibakeRepairs: 0, replacements: 0)
        } else {
            text = DecodedText(bytes: Windows1252.decode(raw), encoding: .windows1252, mojibakeRepairs: 0, replacements: 0)
        }
        if text.bytes.contains(0) { return .failure(.binary) }
        if text.encoding != .windows1252 {
            let (fixed, count) = Mojibake.repair(text.bytes)
            if count > 0 {
                text.bytes = fixed
                text.mojibakeRepairs = count
            }
        }
        if text.bytes.isEmpty { return .failure(.empty) }
        if isBlank(text.bytes) { return .failure(.whitespaceOnly) }
        return .success(text)
    }

    static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i < b.count {
                let (v, len) = UTF8Scalars.decode(b, at: i)
                if !CharClass.isSpace(v) && !CharClass.isLineBreak(v) { return false }
                i += len
            }
            return true
        }
    }
}

enum UTF16 {
    static func decode(_ raw: [UInt8], from start: Int, bigEndian: Bool) -> DecodedText {
        var out = [UInt8]()
        out.reserveCapacity(raw.count)
        var bad = 0
        var i = start
        func unit(_ k: Int) -> UInt32 {
            bigEndian ? UInt32(raw[k]) << 8 | UInt32(raw[k + 1]) : UInt32(raw[k + 1]) << 8 | UInt32(raw[k])
        }
        while i + 1 < raw.count {
            let u = unit(i)
            i += 2
            if u >= 0xD800 && u < 0xDC00, i + 1 < raw.count {
                let lo = unit(i)
                if lo >= 0xDC00 && lo < 0xE000 {
                    i += 2
                    UTF8Scalars.append(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00), to: &out)
                    continue
                }
            }
            if u >= 0xD800 && u < 0xE000 {
                bad += 1
                UTF8Scalars.append(0xFFFD, to: &out)
            } else {
                UTF8Scalars.append(u, to: &out)
            }
        }
        if i < raw.count { bad += 1 }  // a dangling odd byte
        return DecodedText(bytes: out, encoding: bigEndian ? .utf16BE : .utf16LE, mojibakeRepairs: 0, replacements: bad)
    }

    /// UTF-16 without a BOM shows as NUL bytes in every other position when the text is mostly
    /// Latin script. Returns the byte order when the bytes look like that, nil for binary data.
    static func guessEndianness(_ raw: [UInt8]) -> Bool? {
        guard raw.count >= 4, raw.count % 2 == 0 else { return nil }
        var evenNUL = 0, oddNUL = 0
        for k in stride(from: 0, to: raw.count, by: 2) {
            if raw[k] == 0 { evenNUL += 1 }
            if raw[k + 1] == 0 { oddNUL += 1 }
        }
        let pairs = raw.count / 2
        if oddNUL * 10 >= pairs * 9 && evenNUL == 0 { return false }
        if evenNUL * 10 >= pairs * 9 && oddNUL == 0 { return true }
        return nil
    }
}
