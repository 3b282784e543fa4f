// Organisation shapes: the words that make a capitalised name an organisation ("German Marshall
// Fund", "Center for Strategic and International Studies", "Sanford School of Public Policy").
// Read by Extraction/Entities. Matching ignores case.
//
// head:    the last word of an organisation's name ("… Fund", "… University")
// opening: the first word of one that continues with "of"/"for" ("Center for …", "Bank of …")
// single:  one-word names news uses for institutions whose shape says nothing
//          (the Kremlin, the Pentagon); a short list of the bodies every world desk names
// Compiled from the organisations named in the BBC and PolNeAR corpora and news style guides.
let organizationData = #"""
head: university college school academy institute institution center centre fund foundation trust
head: council commission committee assembly parliament congress senate house court tribunal
head: party movement alliance coalition front league union federation confederation association
head: society club group company corporation corp inc co ltd llc plc bank exchange network
head: ministry department office agency authority administration bureau service services board
head: army navy force forces guard police corps command brigade regiment militia
head: times post news journal herald tribune gazette telegraph guardian observer chronicle press
head: channel television tv radio broadcasting media magazine review daily weekly
head: church mosque synagogue temple diocese hospital clinic laboratory lab labs museum library
head: organization organisation initiative project program programme fund endowment
head: airlines airways motors industries holdings partners capital energy oil petroleum pharmaceuticals
head: power utilities utility electric telecom insurance bakery construction pharmacy hotels
head: records studios pictures entertainment games systems technologies group brothers
head: embassy consulate mission delegation secretariat cabinet government regime junta
head: fc united city rovers athletic wanderers
opening: center centre institute university bank bureau department ministry office school college
opening: council commission committee league federation association society museum church court
opening: board agency academy foundation fund union house chamber order group alliance coalition
single: kremlin pentagon nato un eu who imf opec fbi cia nsa nasa gop dnc rnc bbc cnn abc nbc cbs
single: msnbc npr pbs reuters bloomberg ap afp hamas hezbollah taliban isis isil al-qaeda interpol
single: google apple microsoft amazon facebook meta twitter telegram youtube tiktok instagram
single: whatsapp netflix tesla boeing airbus toyota walmart exxon nasdaq politifact wikileaks
single: congress parliament senate vatican downing
single: labour tory tories conservatives snp ukip
"""#

// Words inside an organisation's or a title's name (WordLists.swift): English prepositions, and
// the Spanish and Portuguese "de"/"del" of the names news copies as they are written.
extension WordLists {
    /// Words that join the parts of a long name ("Bank of England", "Center for Strategic …",
    /// "Council on Foreign Relations", "Banco de España", "Secretary of State").
    static let nameLinks: [StaticString] = ["of", "for", "on", "de", "del"]
    /// The ones that mark a name as an organisation's ("School of Public Policy", "Center for …"):
    /// an "and" after them starts another name only before an acronym or a known name.
    static let organizationLinks: [StaticString] = ["of", "for"]
}
