import SiftKit

/// The text of `.help`, from the engine's language reference.
enum Help {
    static func text(topic: String?) -> String {
        guard let topic else { return HelpTopics.overview }
        if let t = HelpTopics.topic(topic) { return HelpTopics.text(t) }
        let names = HelpTopics.all.map(\.name)
        let hint = Suggest.closest(to: topic, among: names).map { " — did you mean \($0)?" } ?? ""
        return "no help on '\(TerminalText.sanitize(topic))'\(hint)\n" + HelpTopics.overview
    }
}
