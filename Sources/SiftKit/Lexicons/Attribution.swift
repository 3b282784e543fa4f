// Small closed word lists the attribution rules read. Matching ignores case.
//
// determiner: words that open a descriptive speaker ("the mayor", "two residents", "US officials")
// preposition: words that open a phrase between a speech verb and what it reports
//              ("said in a statement that …", "told reporters on Tuesday …")
// naming:      verbs that introduce a name rather than speech ("the levee locals call "the Wall"")
// work:        nouns after a title in quotes ("Fox News Channel's "The Ingraham Angle" show")
// group:       nouns for anonymous or collective sources ("officials said", "experts said")
// cue-noun:    nouns that make a speech act with raise/express/voice ("raised concerns that …")
// body:        descriptions that stand for the organisation named before ("the company said")
// epithet:     words that make a description an epithet for someone already named ("the New York
//              businessman", "the former secretary of state"), not a new person ("the town clerk")
// object-verb: speech verbs whose object is the listener, not the speaker ("told Fox News …")
// document:   documents a body or person issues, whose author is the speaker ("issued a statement saying")
// cue-lead:    words of a phrasal cue before "to" ("went on to say", "was quick to add")
// mouthpiece: who or what speaks for an organisation ("a spokesman for Sony", "the report said")
// elision:    words written with a leading apostrophe for a letter left out ("rock 'n' roll", "'em"),
//              which a single-quote house style must not read as opening a quotation
let attributionData = #"""
determiner: the a an this that these those his her its their our my your two three four five several some many
determiner: most other another both all few dozens hundreds one
preposition: in on at during after before via through from to with by over under about at
naming: call called calls calling dubbed dub dubs nicknamed named known so-called termed labeled labelled
work: show program programme series film movie book novel article column podcast documentary album song
work: segment newsletter report play musical opera episode headline slogan hashtag speech interview
work: anthem documentary memoir biography poem painting exhibition campaign motto track single
group: officials official experts expert analysts analyst residents resident sources source people witnesses
group: critics supporters observers diplomats aides aide authorities investigators lawmakers leaders
group: officers police protesters demonstrators voters members economists scientists researchers
group: spokesman spokeswoman spokesperson representatives representative person insiders staff employees
group: administration government campaign company firm agency ministry department
group: statement report letter document article clip ad advertisement complaint ruling memo study survey poll
group: filing lawsuit website tweet post editorial bylaws order opinion decision resolution
subordinator: although though when while as if because since despite amid unlike like once unless whether
plural: people police staff media public men women children crew clergy personnel folks youth
cue-noun: concern concerns question questions doubt doubts fear fears hope hopes worry worries warning warnings
cue-noun: objection objections confidence optimism skepticism scepticism belief view views assurance assurances
elision: n em til cause tis twas
mouthpiece: spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople statement report
document: statement report letter memo release email note post tweet filing study survey review paper
cue-lead: went go goes going gone on was were is are quick careful keen eager later then also continued continues
body: company firm agency campaign administration government ministry department organization organisation party
body: union association group coalition alliance federation committee council commission board bank foundation
body: institute university network newspaper daily paper broadcaster team club side squad
epithet: former current presidential vice-presidential republican democratic gop longtime veteran outgoing
object-verb: tell told tells telling ask asked asks asking urge urged urges warn warned warns remind reminded
object-verb: inform informed informs assure assured assures advise advised advises accuse accused accuses
"""#

// Words the attribution rules test one token against (WordLists.swift), hand-listed with the
// rules from reading newswire copy: each note quotes the phrases its list is for.
extension WordLists {
    /// Words a speaker's description does not reach back past: a conjunction or relative word
    /// opens another clause ("… and the mayor said", "… while officials said").
    static let clauseBoundaries: [StaticString] = ["and", "or", "but", "that", "which", "who", "while", "as"]
    /// The listener after a verb that addresses someone ("told reporters", "told him", "told
    /// the committee that …"), when no name is there.
    static let listeners: [StaticString] = ["him", "her", "them", "us", "me", "reporters", "journalists", "lawmakers", "the"]
    /// What follows a verb that addresses someone, for what it urges or accuses them of ("urged
    /// Republicans to vote", "accused Putin of …"): not a clause of reported speech.
    static let objectComplements: [StaticString] = ["to", "of"]
    /// Words of time between a speech verb and its clause ("said late Tuesday that", "said again that").
    static let timeWords: [StaticString] = ["late", "early", "earlier", "later", "last", "yesterday", "today", "tonight", "again", "also"]
    /// Verbs of thinking, not saying ("Dana Cole thinks that the plan is "brave""): a one-word quote
    /// after a copula in what someone thinks is the writer's scare quote, not their words.
    static let cognitionVerbs: [StaticString] = ["think", "thinks", "thought", "believe", "believes", "believed",
                                                "feel", "feels", "felt", "reckon", "reckons", "reckoned", "consider", "considers", "considered"]
    /// Words right before the quoted title of a work ("an article titled "…"", "a segment on "…"").
    static let titleLeads: [StaticString] = ["on", "in", "of", "titled", "entitled", "headlined"]
}
