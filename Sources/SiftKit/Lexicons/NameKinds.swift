// Evidence of what a capitalised name is when it is no person: events, works, companies, and
// acronyms of things. Read by Extraction/Entities (NameFinder). Matching ignores case.
//
// event:      the last word of an event's name ("Australian Open", "Davis Cup", "Six Nations Championship")
// work:       a noun right before a title that makes it a work ("the film Vera Drake", "his album Hounds of Love")
// corporate:  a noun right before a name that makes it a company ("oil giant Yukos", "mortgage firm Freddie Mac");
//             not a role a person holds too ("rival", "owner", "producer")
// stake:      nouns that take "in"/"of" before a company ("shares in Yukos", "a stake in …", "takeover of …")
// corporate-after: words after a company's possessive ("Yukos's shares", "WorldCom's chief executive")
// interjection: greetings and interjections that open no name ("Merry Christmas", "Yes Angels", "Happy New Year")
// thing:      acronyms of things, measures and conditions, not of bodies (TV, PC, DVD, GDP, HIV, GMT)
// Compiled from news style guides and the kinds of names met in the BBC and PolNeAR corpora.
let nameKindData = #"""
event: open cup championship championships games olympics olympiad trophy prix masters awards festival
event: classic marathon derby series tournament grand-prix final finals
work: film films movie drama comedy thriller documentary album single song track book novel play musical
work: opera sitcom soap series show programme program magazine newspaper game video biopic
corporate: firm company companies giant group carrier airline retailer maker manufacturer carmaker
corporate: bank lender insurer broadcaster conglomerate chain brand supplier distributor exchange
corporate: subsidiary unit supermarket brewer miner telecoms
stake: shares share stake stakes takeover bid merger acquisition stock shareholders
corporate-after: shares share stock profits profit revenue revenues sales earnings chief boss board
corporate-after: shareholders executives chairman takeover bid subsidiary unit
interjection: yes no hello hi hey goodbye thanks merry happy welcome congratulations sorry please oh wow
thing: tv pc pcs dvd dvds cd cds id gmt bst mp3 ds gdp p2p hiv aids sms mms usb lcd hd hdtv vhs gps
thing: ok am pm ad bc dna rna ivf mri ct ceo cfo coo mp mps mep meps qc vat pr it www html rss
thing: hd-dvd hd-dvds blu-ray 3g 4g ps2 ps3 psp dab mp4 cctv asbo asbos
"""#

// Words of the corporate evidence (WordLists.swift), hand-listed from business news copy.
extension WordLists {
    /// Prepositions between a stake noun and a company ("shares in Yukos", "takeover of …", "a bid for …").
    static let stakePrepositions: [StaticString] = ["in", "of", "for"]
}
