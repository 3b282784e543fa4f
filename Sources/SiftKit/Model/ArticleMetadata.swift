/// What a data set says about an article besides its text: a JSON Lines object's or a CSV row's
/// other fields. Files of plain text have none.
package struct ArticleMetadata: Hashable, Sendable {
    /// The title the data set gives (the `articles` title, before the headline found in the text).
    package var title: String?
    package var date: String?
    package var outlet: String?
    package var url: String?

    package init(title: String? = nil, date: String? = nil, outlet: String? = nil, url: String? = nil) {
        self.title = title
        self.date = date
        self.outlet = outlet
        self.url = url
    }
}
