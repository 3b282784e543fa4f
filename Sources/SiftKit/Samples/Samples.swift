/// The fictional sample articles bundled with sift: one invented event (a levee failure in
/// Riverton) covered by two invented outlets in two house styles. They load when no file is given,
/// and they are the fixtures most tests read.
package enum Samples {
    /// File names and texts, in load order.
    package static var files: [(name: String, bytes: [UInt8])] {
        [
            ("herald-flood.txt", PackageResources.herald_flood_txt),
            ("wire-flood.txt", PackageResources.wire_flood_txt),
            ("herald-council.txt", PackageResources.herald_council_txt),
            ("wire-followup.txt", PackageResources.wire_followup_txt),
        ]
    }

    /// The samples as articles (not yet in a corpus).
    package static func articles() -> [Article] {
        files.compactMap { file in
            guard case .success(let text) = TextDecoder.decode(file.bytes) else { return nil }
            return ArticleBuilder.build(text, name: file.name, origin: .sample)
        }
    }
}

extension Corpus {
    /// Adds the sample articles bundled with sift: four fictional reports of one levee failure,
    /// by two invented outlets. Returns their ids.
    @discardableResult
    public func loadSamples() -> [Int] {
        Samples.articles().map { add($0) }
    }
}
