/// How many terminal columns text takes: East Asian wide and full-width characters and emoji take
/// two (the table is generated from the Unicode Character Database by
/// scripts/unicode/generate_display_width.py), combining marks and zero-width characters none,
/// everything else one.
package enum DisplayWidth {
    package static func of(_ s: String) -> Int {
        var w = 0
        for scalar in s.unicodeScalars { w += of(scalar) }
        return w
    }

    package static func of(_ c: Character) -> Int {
        var w = 0
        for scalar in c.unicodeScalars { w += of(scalar) }
        // An emoji sequence (flag, skin tone, ZWJ family) shows as one double-width glyph.
        return c.unicodeScalars.count > 1 && w > 2 ? 2 : w
    }

    package static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        switch v {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0xFE00...0xFE0F, 0xFEFF, 0xE0100...0xE01EF:
            return 0
        default: break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if isWide(v) { return 2 }
        return 1
    }

    /// East Asian wide and full-width, by the generated table (Generated/WideCharacters.swift,
    /// with the Unicode version it was made from): a binary search over its ranges.
    private static func isWide(_ v: UInt32) -> Bool {
        let ranges = WideCharacters.ranges
        var lo = 0, hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < ranges.count && ranges[lo].contains(v)
    }

    /// The longest prefix of `s` that fits in `width` columns, with "…" when cut.
    package static func truncate(_ s: String, to width: Int) -> String {
        guard of(s) > width else { return s }
        guard width >= 1 else { return "" }
        var out = ""
        var w = 0
        for c in s {
            let cw = of(c)
            if w + cw > width - 1 { break }
            out.append(c)
            w += cw
        }
        return out + "…"
    }

    /// The longest suffix of `s` that fits in `width` columns, with "…" before it when cut.
    package static func truncateLeading(_ s: String, to width: Int) -> String {
        guard of(s) > width else { return s }
        guard width >= 1 else { return "" }
        var out = ""
        var w = 0
        for c in s.reversed() {
            let cw = of(c)
            if w + cw > width - 1 { break }
            out.insert(c, at: out.startIndex)
            w += cw
        }
        return "…" + out
    }

    /// `s` padded with spaces to `width` columns, on the right (or the left for `alignRight`).
    package static func pad(_ s: String, to width: Int, alignRight: Bool = false) -> String {
        let fill = max(0, width - of(s))
        if fill == 0 { return s }
        let spaces = String(repeating: " ", count: fill)
        return alignRight ? spaces + s : s + spaces
    }
}
