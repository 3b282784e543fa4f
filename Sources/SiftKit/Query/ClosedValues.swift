/// The values a field can take when they are a closed set, for completion inside a string:
/// `kind == "` offers direct, partial, indirect.
enum ClosedValues {
    static func of(_ field: String, source: String) -> [String]? {
        switch (field.lowercased(), source.lowercased()) {
        case ("kind", "paragraphs"): return ParagraphKind.allCases.map(\.rawValue)
        case ("kind", _): return QuoteKind.allCases.map(\.rawValue)
        case ("type", _): return EntityType.allCases.map(\.rawValue)
        case ("category", _): return SourceCategory.allCases.map(\.rawValue)
        case ("section", "compare"): return ["entity", "source", "quote", "number"]
        case ("diff", "compare"): return ["both", "only left", "only right"]
        default: return nil
        }
    }
}
