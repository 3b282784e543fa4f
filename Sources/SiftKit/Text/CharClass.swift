/// Character classes the tokenizer and structure detector need, on scalar values.
/// ASCII is decided by table-free comparisons; everything else asks Unicode's properties.
enum CharClass {
    @inline(__always)
    static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always)
    static func isASCIIDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always)
    static func isASCIIUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
    @inline(__always)
    static func isASCIILower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }

    /// Horizontal white space, including no-break and typographic spaces and zero-width ones.
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Line breaks: LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
    static func isLineBreak(_ v: UInt32) -> Bool {
        v == 0x0A || v == 0x0D || v == 0x85 || v == 0x2028 || v == 0x2029
    }

    // The ASCII test is inlined; Unicode's properties are asked out of line. `Unicode.NumericType`
    // and `Unicode.GeneralCategory` are resilient enums, so a function that compares them sets
    // up their metadata on every call, ASCII or not: about 100 instructions per call (issue 14).

    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool { v < 0x80 ? isASCIILetter(UInt8(v)) : isNonASCIILetter(v) }

    @inline(__always)
    static func isDigit(_ v: UInt32) -> Bool { v < 0x80 ? isASCIIDigit(UInt8(v)) : isNonASCIIDigit(v) }

    @inline(__always)
    static func isUpper(_ v: UInt32) -> Bool { v < 0x80 ? isASCIIUpper(UInt8(v)) : isNonASCIIUpper(v) }

    @inline(__always)
    static func isLower(_ v: UInt32) -> Bool { v < 0x80 ? isASCIILower(UInt8(v)) : isNonASCIILower(v) }

    @inline(__always)
    static func isCombining(_ v: UInt32) -> Bool { v < 0x300 ? false : isCombiningMark(v) }

    @inline(never)
    private static func isNonASCIILetter(_ v: UInt32) -> Bool {
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isAlphabetic || isCombining(v)
    }

    @inline(never)
    private static func isNonASCIIDigit(_ v: UInt32) -> Bool {
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.numericType == .decimal
    }

    @inline(never)
    private static func isNonASCIIUpper(_ v: UInt32) -> Bool {
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isUppercase
    }

    @inline(never)
    private static func isNonASCIILower(_ v: UInt32) -> Bool {
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isLowercase
    }

    @inline(never)
    private static func isCombiningMark(_ v: UInt32) -> Bool {
        guard let s = Unicode.Scalar(v) else { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Quotation marks of every style news uses, and the ASCII apostrophe.
    static func isQuoteMark(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F,
             0x2039, 0x203A, 0x300C, 0x300D, 0x300E, 0x300F, 0xFF02:
            return true
        default:
            return false
        }
    }

    /// Hyphen, en dash, em dash, minus, horizontal bar.
    static func isDash(_ v: UInt32) -> Bool {
        v == 0x2D || v == 0x2010 || v == 0x2011 || v == 0x2012 || v == 0x2013 || v == 0x2014
            || v == 0x2015 || v == 0x2212
    }

    /// Apostrophes that can sit inside a word: ' and ’ (and the modifier letter apostrophe).
    static func isApostrophe(_ v: UInt32) -> Bool { v == 0x27 || v == 0x2019 || v == 0x2BC }
}
