// How personal names are built. Read by Extraction/Entities. Matching ignores case.
// particle: lower-case words that stay inside a name ("Ursula von der Leyen", "Osama bin Laden")
// suffix:   generational suffixes that end a name ("Martin Luther King Jr.")
let nameData = #"""
particle: von van der den de da del della di du la le bin ibn al el ben ter ten dos das y
suffix: jr sr ii iii iv
"""#
