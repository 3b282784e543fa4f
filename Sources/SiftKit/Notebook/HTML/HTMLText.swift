/// Text made safe inside HTML, and the word diff's marks (`[-gone-]`, `{+new+}`) as coloured
/// <del> and <ins>.
enum HTMLText {
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                if c.value < 0x20 && c != "\n" && c != "\t" { out += "\\x" + String(c.value, radix: 16) } else { out.unicodeScalars.append(c) }
            }
        }
        return out
    }

    /// A diff, escaped, with its deletions and insertions as <del> and <ins>. `keepMarks` keeps
    /// the bracket marks visible (inside a <pre>, where the columns must stay aligned).
    static func diff(_ s: String, keepMarks: Bool = false) -> String {
        var out = ""
        var rest = Substring(s)
        while true {
            let marks = [(rest.range(of: "[-"), "-]", "del"), (rest.range(of: "{+"), "+}", "ins")]
                .compactMap { open, close, tag in open.map { ($0, close, tag) } }
            guard let (open, closing, tag) = marks.min(by: { $0.0.lowerBound < $1.0.lowerBound }),
                  let close = rest[open.upperBound...].range(of: closing) else { break }
            out += escape(String(rest[..<open.lowerBound]))
            let inner = keepMarks ? rest[open.lowerBound..<close.upperBound] : rest[open.upperBound..<close.lowerBound]
            out += "<\(tag)>" + escape(String(inner)) + "</\(tag)>"
            rest = rest[close.upperBound...]
        }
        return out + escape(String(rest))
    }

    /// A number as a reader expects it: whole numbers without ".0".
    static func number(_ v: Value) -> String {
        if case .double(let d) = v { return ChartText.format(d) }
        return v.description
    }
}
