// Abbreviations that end in a dot without ending the sentence, and the words that start one.
// Data for the sentence splitter (Text/SentenceSplitter.swift), one class a line group.
// Compiled from news style guides (AP, Reuters) and the abbreviations met in the BBC and
// PolNeAR corpora. Matching ignores case; write each entry without its final dot.

/// `title`: a name always follows, so the dot never ends a sentence ("Mr. Osei", "Lt. Gen. Hodges").
/// `ambiguous`: may end a sentence ("Acme Inc. The firm…", "on Jan. 12"); the splitter splits
/// after one only when the next word is a sentence starter.
/// `starter`: words that open sentences far more often than they continue a name or title.
let abbreviationData = #"""
title: mr mrs ms messrs mmes dr prof sen sens rep reps gov govs lt gen col maj capt cmdr cdr adm
title: sgt cpl pvt rev fr hon pres supt det insp amb brig lieut cmdt gens mme mlle msgr
title: vs v cf approx ca
ambiguous: inc corp co ltd llc plc bros jr sr st ave blvd rd mt ft no nos vol pp ph esq
ambiguous: jan feb mar apr jun jul aug sep sept oct nov dec
ambiguous: mon tue tues wed thu thur thurs fri sat sun
ambiguous: etc al dept univ assn est fig figs op
ambiguous: ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn
ambiguous: miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo
starter: the a an this that these those it its he she they we i you his her their our my your
starter: but and or so yet nor in on at for with as if when while after before since although
starter: though however meanwhile still there here what who why how where many some most all
starter: both each no not one two three then now also even only such other another
starter: neither either because unless until once whether instead rather
starter: despite during without against amid among across initially finally earlier later
"""#
