// Titles and roles: the words that introduce a person ("Russian President Vladimir Putin",
// "Trump envoy Steve Witkoff", "Dana Whitfield, a hydrologist at …") and let "the foreign
// secretary" or "the mayor" be resolved later. Read by Extraction/Entities. Matching ignores case.
//
// title:      formal titles, written capitalised before a name ("President", "Fire Chief", "Sen.")
// role:       head nouns of a role in any form ("a hydrologist at …", "the foreign secretary");
//             every title is a role too
// modifier:   words that qualify a role inside a title ("Foreign Secretary", "retired Lt Gen")
// leader:     roles that "the leader" / "the Ukrainian leader" can stand for
// male/female: titles and roles that tell the person's gender (for he/she)
// honorific:  courtesy titles, always followed by a name
// short:      abbreviated titles and the role each stands for ("Sen. Bernie Sanders" is "the senator")
// Compiled from AP and Reuters style guides and the roles met in the BBC and PolNeAR corpora.
let titleData = #"""
title: president minister secretary chancellor premier senator sen sens representative rep reps governor gov
title: mayor chief general gen generals commander envoy ambassador director chairman chairwoman chair
title: judge justice attorney prosecutor commissioner councilman councilwoman councillor councilor king queen
title: prince princess pope bishop archbishop cardinal rabbi imam sheikh emir sultan czar tsar colonel col
title: lieutenant lt major maj sergeant sgt admiral adm captain capt marshal brigadier corporal superintendent
title: sheriff detective inspector speaker congressman congresswoman assemblyman assemblywoman alderman
title: professor prof dr dean deputy vice-president vice-chancellor mp mep governor-general attorney-general
title: secretary-general director-general minister-president premier coach agent officer trooper pastor father
title: adviser advisor spokesman spokeswoman spokesperson envoy delegate leader whip
role: president presidents minister ministers secretary chancellor premier senator sen sens representative rep reps
role: governor gov mayor chief general gen generals commander envoy ambassador adviser advisor director
role: spokesman spokeswoman spokesperson chairman chairwoman chair chairperson leader judge justice attorney
role: prosecutor official analyst economist professor prof fellow expert researcher scientist hydrologist
role: engineer executive ceo cfo coo founder cofounder co-founder owner candidate nominee host anchor
role: correspondent reporter columnist editor writer author coach captain manager lawyer officer agent
role: commissioner councilman councilwoman councillor councilor lawmaker legislator diplomat king queen prince
role: princess pope bishop archbishop cardinal rabbi imam sheikh emir sultan czar tsar dictator general
role: colonel col lieutenant lt major maj sergeant sgt admiral adm captain capt marshal brigadier corporal
role: strategist pollster consultant aide aides staffer spokespeople negotiator mediator inspector
role: superintendent sheriff detective constable magistrate clerk treasurer comptroller auditor
role: chairman speaker whip delegate congressman congresswoman assemblyman assemblywoman alderman
role: historian sociologist political scientist physician doctor dr surgeon nurse teacher principal
role: resident residents baker farmer activist organizer organiser campaigner protester businessman businesswoman
role: billionaire mogul tycoon entrepreneur investor banker widow widower veteran student mother father
role: partner associate head dean provost rector vice-president vice-chancellor deputy
short: sen=senator sens=senator rep=representative reps=representative gov=governor gen=general
short: lt=lieutenant col=colonel maj=major sgt=sergeant adm=admiral capt=captain cmdr=commander
short: prof=professor dr=doctor del=delegate sec=secretary secy=secretary pres=president
short: atty=attorney supt=superintendent insp=inspector det=detective cpl=corporal
role: minister-president mp mep governor-general attorney-general secretary-general director-general
role: actor actress singer musician rapper comedian artist filmmaker director producer presenter
role: player striker midfielder defender goalkeeper manager coach boss chief-executive
modifier: foreign prime deputy vice chief national security defense defence interior home finance
modifier: health education justice energy trade commerce state homeland treasury transportation
modifier: former retired outgoing incoming acting interim senior junior top lead general executive
modifier: managing assistant associate fire police press communications campaign special first
modifier: grand supreme high district federal regional local county city town state-level
modifier: democratic republican labour labor conservative liberal green independent
modifier: majority minority opposition shadow junior principal regional
modifier: u.s. us american british russian ukrainian chinese german french israeli iranian
leader: president premier prime chancellor leader king queen emir sultan czar tsar dictator head
male: mr sir lord king prince councilman congressman assemblyman chairman spokesman sheikh emir sultan
male: pope bishop archbishop cardinal father brother uncle son husband boyfriend actor
female: mrs ms miss dame lady queen princess councilwoman congresswoman assemblywoman chairwoman
female: spokeswoman actress mother sister aunt daughter wife girlfriend madam mme mlle
honorific: mr mrs ms miss dr prof sir dame lord lady rev mme mlle messrs
"""#

// Prepositions that tie a role to whom or what it belongs to, each list the ones a rule reads
// (WordLists.swift); hand-listed from reading the appositives and descriptions of newswire copy.
extension WordLists {
    /// Words that end the head of an appositive ("a friend of his mother": the friend; "a
    /// spokeswoman for the agency", "a teacher who …").
    static let appositiveHeadEnds: [StaticString] = ["of", "for", "at", "to", "with", "in", "who", "whose"]
    /// Between a role and its affiliation ("a hydrologist at Harlan State University", "an
    /// expert on European security issues at Duke University").
    static let affiliationPrepositions: [StaticString] = ["at", "of", "for", "with", "from", "in", "on"]
    /// Between a person and the body a name after them belongs to ("Mr. Morgan of the Sierra
    /// Club", "a researcher from Oxford", "a fellow at the IPPR", "a spokesman for Sony").
    static let memberPrepositions: [StaticString] = ["of", "from", "at", "for"]
    /// Between a description and the one it speaks for ("a spokesman for Bernie Sanders", "an
    /// aide to the senator", "a member of the council").
    static let representativePrepositions: [StaticString] = ["for", "to", "of"]
}
