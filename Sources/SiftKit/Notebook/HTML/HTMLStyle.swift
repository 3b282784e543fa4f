/// The handout's stylesheet, inline: for the screen and for print.
enum HTMLStyle {
    /// Background colours for speakers, in legend order (they repeat after twelve).
    static let speakerColours = ["#d8f1f6", "#fbefc6", "#f4d9f1", "#dcf3d6", "#dde3fa", "#fadcdc",
                                 "#e6f7f0", "#fde4cf", "#e9e0f7", "#eef5c8", "#d9ecf9", "#f7e1e9"]
    /// Text colours matching them, for underlines and chart series.
    static let seriesColours = ["#1b8aa8", "#b8860b", "#a0449a", "#3f8f32", "#4259b8", "#c0392b",
                                "#2a9d7c", "#d2691e", "#7a4fc0", "#8a9a1a", "#2f7fc1", "#c2547a"]

    static func speakerClass(_ i: Int) -> String { "s\(i % speakerColours.count + 1)" }

    static var css: String {
        var out = """
        body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#222}
        h1,h2,h3{line-height:1.25}
        pre{font:13px/1.4 ui-monospace,"DejaVu Sans Mono",monospace}
        pre.q{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f4f8;border-left:4px solid #558;padding:.5rem .8rem;overflow-x:auto;margin:1.2rem 0 .4rem}
        pre.out{border-left:4px solid #ccd;padding:.5rem .8rem;overflow-x:auto;margin-top:0}
        pre.err{background:#fff0f0;border-left:4px solid #c33;padding:.5rem .8rem;overflow-x:auto;margin-top:0}
        table{border-collapse:collapse;margin:.3rem 0 1.5rem;font-size:14px}
        th,td{border:1px solid #ccd;padding:.2rem .5rem;text-align:left;vertical-align:top}
        th{background:#eef}
        td.n,td.r{text-align:right}td.n{font-variant-numeric:tabular-nums;white-space:nowrap}
        del{background:#fbdada;color:#8b1a1a;text-decoration:line-through}
        ins{background:#d5f3d5;color:#17661a;text-decoration:none}
        .doc p{margin:.35rem 0}.doc .k{color:#777;font-size:12px;margin-right:.5rem}
        .doc .pn{color:#999;font-size:12px;display:inline-block;width:2rem}
        .legend span{margin-right:.8rem;padding:0 .3rem}
        .reported{background:none!important;text-decoration:underline 2px;text-underline-offset:3px}
        figure.chart{margin:.3rem 0 1.5rem}figure.chart svg{max-width:100%;height:auto;display:block}
        figure.chart figcaption{font-size:13px;color:#666;margin-top:.2rem}
        figure.chart text{font:12px system-ui,sans-serif;fill:#333}

        """
        for (i, c) in speakerColours.enumerated() {
            out += ".s\(i + 1){background:\(c)}.s\(i + 1).reported{text-decoration-color:\(seriesColours[i])}"
        }
        out += """

        @media print{
        body{max-width:none;margin:0;font-size:11pt;color:#000}
        pre.q,pre.out,pre.err{white-space:pre-wrap;border-left-width:2px}
        tr,pre,figure,.doc p{break-inside:avoid}
        h1,h2,h3{break-after:avoid}
        a[href^="http"]::after{content:" (" attr(href) ")";font-size:90%}
        *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        }
        """
        return out
    }
}
