/// One person a "he"/"she" (or a description such as "the 23-year-old") may stand for, with what
/// the antecedent ranker weighs about them at that point of the article.
struct AntecedentCandidate {
    /// How the candidate's gender meets the one the words ask for.
    enum Agreement: Int { case match, candidateUnknown, queryUnknown }
    /// Whether the candidate was the last person to speak, and if so whether someone of the
    /// wanted gender has been named since (who may be meant instead).
    enum LastSpeaker: Int { case no, alone, someoneNamedSince }
    /// Whether the candidate's last mention is a sentence's subject, and which sentence.
    enum Subject: Int { case no, earlier, sentenceBefore, sameSentence }

    var entity: Int
    /// The candidate's last mention before the pronoun, outside quotes (an index into mentions).
    var mention: Int
    var agreement: Agreement
    /// Sentences from the candidate's last mention, or last speech, to the pronoun.
    var distance: Int
    var lastSpeaker: LastSpeaker
    /// Introduced with a role in the sentence before ("…, director of the union.").
    var introducedBefore: Bool
    /// Whether the mention is the subject of the quoted words that follow it
    /// (`Mr Sullivan "made accounting decisions," he told`): who they are about, not who speaks.
    var subject: Subject
    /// 0 for the most recently mentioned candidate, 1 for the next, and so on.
    var recencyRank: Int
    /// How often the article names the candidate.
    var mentionCount: Int
    /// Whether the last mention is in the pronoun's paragraph.
    var sameParagraph: Bool
    /// Whether the candidate has spoken earlier in the article (quoted or reported).
    var hasSpoken: Bool
}
