import Testing
@testable import SiftKit

@Suite("Decoding a file's bytes")
struct DecodingTests {
    func decoded(_ bytes: [UInt8]) throws -> DecodedText {
        try TextDecoder.decode(bytes).get()
    }

    @Test func plainUTF8IsKeptByteForByte() throws {
        let bytes = Array("Zelenskyy said “no”.\r\nNext line.".utf8)
        let text = try decoded(bytes)
        #expect(text.encoding == .utf8)
        #expect(text.bytes == bytes)
        #expect(text.mojibakeRepairs == 0)
    }

    @Test func byteOrderMarkIsDroppedAndOffsetsStartAfterIt() throws {
        let body = Array("Headline\n\nCafé owners said prices rose.".utf8)
        let text = try decoded([0xEF, 0xBB, 0xBF] + body)
        #expect(text.encoding == .utf8BOM)
        #expect(text.bytes == body)
        let a = ArticleBuilder.build(text, name: "bom.txt", origin: .text)
        #expect(a.paragraphs[0].span.start == 0)
        #expect(a.title == "Headline")
    }

    @Test func utf16WithByteOrderMarkBothEndians() throws {
        let s = "Kyiv — “Zaporizhzhia” 🇺🇦 said."
        let units = Array(s.utf16)
        let le: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let a = try decoded(le), b = try decoded(be)
        #expect(a.encoding == .utf16LE)
        #expect(b.encoding == .utf16BE)
        #expect(String(decoding: a.bytes, as: UTF8.self) == s)
        #expect(String(decoding: b.bytes, as: UTF8.self) == s)
        #expect(a.replacements == 0)
    }

    @Test func utf16WithoutByteOrderMarkIsRecognised() throws {
        let s = "The mayor said the levee held."
        let le: [UInt8] = Array(s.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let text = try decoded(le)
        #expect(text.encoding == .utf16LE)
        #expect(String(decoding: text.bytes, as: UTF8.self) == s)
    }

    @Test func brokenSurrogateBecomesReplacementCharacter() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]  // A, lone high surrogate, B
        let text = try decoded(bytes)
        #expect(String(decoding: text.bytes, as: UTF8.self) == "A\u{FFFD}B")
        #expect(text.replacements == 1)
    }

    @Test func invalidUTF8FallsBackToWindows1252() throws {
        // "£600m" with a Latin-1 pound sign, and a Windows-1252 curly quote (0x93 … 0x94).
        let bytes: [UInt8] = Array("Profits of ".utf8) + [0xA3] + Array("600m, ".utf8) + [0x93] + Array("up".utf8) + [0x94]
        let text = try decoded(bytes)
        #expect(text.encoding == .windows1252)
        #expect(String(decoding: text.bytes, as: UTF8.self) == "Profits of £600m, “up”")
    }

    @Test func mojibakeIsRepaired() throws {
        let cases: [(String, String)] = [
            ("held at GuantÃ¡namo Bay", "held at Guantánamo Bay"),
            ("in Ciudad JuÃ¡rez", "in Ciudad Juárez"),
            ("ClintonÃ¢â‚¬â„¢s", "Clinton’s"),               // mis-decoded twice
            ("the â€œbestâ€\u{9D} plan", "the “best” plan"),    // Windows-1252 with a C1 character kept
            ("SÃ©golÃ \u{308}ne Royal", "Ségolène Royal"),      // "¨" flattened to " ̈"
            ("raison d'Ãatre", "raison d'être"),                 // "ª" flattened to "a"
            ("RaÃol M. Grijalva", "Raúl M. Grijalva"),          // "º" flattened to "o"
            ("the realÃ¢€world concern", "the real‐world concern"),  // a byte lost on the way
        ]
        for (broken, fixed) in cases {
            let text = try decoded(Array(broken.utf8))
            #expect(String(decoding: text.bytes, as: UTF8.self) == fixed, "\(broken)")
            #expect(text.mojibakeRepairs >= 1)
        }
    }

    @Test func realAccentedTextIsNotTouched() throws {
        for s in ["Ségolène Royal and François Hollande", "São Paulo’s “Zé”", "Ä±Ø–", "ÉTÉ — Ça va"] {
            let text = try decoded(Array(s.utf8))
            #expect(String(decoding: text.bytes, as: UTF8.self) == s)
            #expect(text.mojibakeRepairs == 0)
        }
    }

    @Test func binaryEmptyAndBlankFilesAreRefused() {
        #expect(throws: DecodeProblem.binary) { try TextDecoder.decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0xFF]).get() }
        #expect(throws: DecodeProblem.empty) { try TextDecoder.decode([]).get() }
        #expect(throws: DecodeProblem.whitespaceOnly) { try TextDecoder.decode(Array(" \n\t\r\n \u{00A0}\n".utf8)).get() }
    }

    @Test func lineEndingsAllWork() throws {
        let lf = "Headline\n\nFirst paragraph here.\n\nSecond paragraph here."
        for text in [lf, lf.replacingOccurrences(of: "\n", with: "\r\n"), lf.replacingOccurrences(of: "\n", with: "\r")] {
            let a = article(text)
            #expect(a.title == "Headline")
            #expect(a.bodyParagraphs.count == 2)
            #expect(a.bodyParagraphs.map { a.text($0.span) } == ["First paragraph here.", "Second paragraph here."])
        }
        // With CRLF kept, offsets point into the file as it is.
        let crlf = Array("Headline\r\n\r\nBody text.".utf8)
        let a = ArticleBuilder.build(try decoded(crlf), name: "x", origin: .text)
        #expect(a.bodyParagraphs[0].span == Span(12, 22))
    }
}
