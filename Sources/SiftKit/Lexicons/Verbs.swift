// Words that may stand between a speaker and the speech verb ("Trump has also said",
// "Marsh later told"), read by name finding and attribution; any other word ending in -ly counts
// as an adverb too ("cynically dismissed"), except the not-adverb words. Matching ignores case.
let verbData = #"""
auxiliary: has have had is was were are be been being will would could should may might must
auxiliary: also later then again often once only just even previously repeatedly recently earlier subsequently
auxiliary: has't did does do not never always still already just first finally further publicly privately
auxiliary: reportedly allegedly initially quickly simply separately flatly bluntly angrily
not-adverb: early only family italy july rally supply reply ally daily weekly monthly fly belly bully
"""#
