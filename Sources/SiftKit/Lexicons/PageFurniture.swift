// Page furniture: the lines around a story that are not its text — wire credits, photo captions
// and their credits, and the web markup a scraped page leaves. Read by the structure detector
// (Ingest/StructureDetector.swift), by exact spelling (captions are written as the agencies and
// papers write them). Hand-listed from the house styles of the wires and picture agencies
// (Reuters, AP, AFP, Getty Images) and of the BBC; add an entry when a corpus shows another.
enum PageFurniture {
    /// Openings of the credit lines at the end of wire copy ("Reporting by …; Editing by …").
    static let creditLines: [StaticString] = ["Reporting by ", "Writing by ", "Editing by ", "Additional reporting by ",
                                              "Compiled by ", "Additional reporting from "]
    /// Openings of a photo caption ("Photo: …", "Image caption …").
    static let captionOpenings: [StaticString] = ["Photo:", "Photograph:", "Picture:", "Image:", "Pictured:", "Caption:",
                                                  "Image caption", "Image copyright", "Photo credit", "Credit:", "PHOTO:"]
    /// Openings of a credit in parentheses that ends a caption ("(AP Photo/Evan Vucci)").
    static let captionCredits: [StaticString] = ["(Photo", "(AP Photo", "(Photograph", "(Picture", "(Image", "(Credit",
                                                 "(Reuters Photo", "(AFP Photo", "(Illustration", "(File photo", "(Pictured"]
    /// Agency credits that end a caption which says "photo" ("… Photo: John Smith/Getty Images").
    static let creditEndings: [StaticString] = ["/Getty Images", "/ Getty Images", "via Getty Images", "/AFP", "/Reuters", "/AP"]
    /// HTML elements whose content is markup, not story: every paragraph until one closes is an embed.
    static let blockElements = ["blockquote", "pre", "script", "iframe", "div", "figure", "table"]
}
