/// What a data set says about an article besides its text: a JSON Lines object's or a CSV row's
/// other fields. Files of plain text have none.
public struct ArticleMetadata: Hashable, Sendable {
    /// The title the data set gives (the `articles` title, before the headline found in the text).
    public var title: String?
    public var date: String?
    public var outlet: String?
    public var url: String?

    public init(title: String? = nil, date: String? = nil, outlet: String? = nil, url: String? = nil) {
        self.title = title
        self.date = date
        self.outlet = outlet
        self.url = url
    }
}
