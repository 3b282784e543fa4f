// How personal names are built. Read by Extraction/Entities. Matching ignores case.
// particle: lower-case words that stay inside a name ("Ursula von der Leyen", "Osama bin Laden")
// suffix:   generational suffixes that end a name ("Martin Luther King Jr."); NameKey keeps them with the surname
// adjective: capitalised adjectives of region, faith or people that name nothing on their own
//           ("European security", "Jewish groups"); countries' demonyms are in the gazetteer
let nameData = #"""
particle: von van der den de da del della di du la le bin ibn al el ben ter ten dos das y
suffix: jr sr ii iii iv
adjective: european african asian american arab arabic latin nordic scandinavian balkan baltic caribbean
adjective: western eastern northern southern middle-eastern jewish muslim islamic christian catholic
adjective: protestant orthodox evangelical hindu sikh buddhist sunni shia shiite
"""#
