/// A result table as an HTML table: numbers right-aligned and whole numbers without ".0", kwic's
/// left context right-aligned so the keywords line up, word diffs as <del>/<ins>, and quote
/// text coloured by its speaker as `show` colours it.
enum HTMLTable {
    static func render(_ t: Table) -> String {
        let speaker = t.index(of: "speaker")
        let text = speaker == nil ? nil : t.index(of: "text")
        var speakers: [String] = []
        var out = "<table><thead><tr>" + t.columns.map { "<th>" + HTMLText.escape($0.name) + "</th>" }.joined() + "</tr></thead><tbody>\n"
        for row in t.rows {
            var colour = ""
            if let speaker, text != nil, case .string(let name) = row[speaker] {
                if !speakers.contains(name) { speakers.append(name) }
                colour = HTMLStyle.speakerClass(speakers.firstIndex(of: name)!)
            }
            out += "<tr>"
            for (i, (c, v)) in zip(t.columns, row).enumerated() {
                if c.type.isNumeric || v.number != nil && c.type != .string {
                    out += "<td class=\"n\">" + HTMLText.number(v) + "</td>"
                } else if c.name == "diff" || c.name == "detail" {  // compare's word diff is its detail
                    out += "<td class=\"diff\">" + HTMLText.diff(v.description) + "</td>"
                } else if i == text, !colour.isEmpty {
                    out += "<td><span class=\"\(colour)\">" + HTMLText.escape(v.description) + "</span></td>"
                } else {
                    out += (c.rightAligned ? "<td class=\"r\">" : "<td>") + HTMLText.escape(v.description) + "</td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }
}
