/// Windows-1252, the encoding older web and BBC files fall back to when they are not UTF-8.
enum Windows1252 {
    /// Code points of bytes 0x80...0x9F. The five bytes Windows-1252 leaves undefined map to the
    /// C1 control of the same value, as the WHATWG encoding standard does.
    static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func scalar(for byte: UInt8) -> UInt32 {
        (byte >= 0x80 && byte <= 0x9F) ? high[Int(byte - 0x80)] : UInt32(byte)
    }

    /// The byte a code point came from when a file was decoded as Windows-1252 (or Latin-1).
    static func byte(for scalar: UInt32) -> UInt8? {
        if scalar < 0x100 { return UInt8(scalar) }
        if let i = high.firstIndex(of: scalar) { return UInt8(0x80 + i) }
        return nil
    }

    static func decode(_ raw: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(raw.count + raw.count / 8)
        for b in raw {
            if b < 0x80 { out.append(b) } else { UTF8Scalars.append(scalar(for: b), to: &out) }
        }
        return out
    }
}
