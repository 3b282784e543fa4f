// Function words of English grammar — articles, pronouns, relative words, copulas, conjunctions:
// closed classes, each list the members one rule needs. Taken from the grammar, not from a corpus.
extension WordLists {
    /// The articles ("the mayor", "a spokesman", "an aide").
    static let articles: [StaticString] = ["the", "a", "an"]
    /// The indefinite articles.
    static let indefiniteArticles: [StaticString] = ["a", "an"]
    /// Third-person subject pronouns that open a clause ("he said", "they told").
    static let subjectPronouns: [StaticString] = ["he", "she", "they"]
    /// The singular ones: of the male and female pronouns, the ones a speaker is named by.
    static let singularSubjectPronouns: [StaticString] = ["he", "she"]
    /// First-person subject pronouns (a speaker in "we said").
    static let firstPersonSubjectPronouns: [StaticString] = ["i", "we"]
    /// Relative pronouns that open a clause after a noun ("the mayor, who …", "a report that …").
    static let relativePronouns: [StaticString] = ["who", "which", "that", "whose"]
    /// The relative pronouns and "where" ("a baker whose shop …", "the town where …").
    static let relativeWords: [StaticString] = ["who", "whose", "which", "that", "where"]
    /// Forms of "be" that link a subject to what it is ("his favourite book is "…"").
    static let copulas: [StaticString] = ["is", "was", "are", "were"]
    /// Conjunctions that join a second verb to the same subject ("appeared on Channel 7 and said").
    static let verbConjunctions: [StaticString] = ["and", "but"]
}
