// Words that tell `compare` which facts of two reports are about the same thing. Read by
// Query/Views/CompareFacts.swift. Matching ignores case.
//
// event:  nouns of events whose place and date reports give ("talks … in Saudi Arabia", "the
//         strike on Sumy on Tuesday"): places and dates beside the same event noun are paired
// locative: the prepositions that give an event's place ("in the Middle East", "to Saudi Arabia")
// filler: words near a number that say nothing about what it counts or where it stands
let factContextData = #"""
event: talks negotiations meeting meetings summit conference visit
event: attack attacks strike strikes airstrike airstrikes bombing shelling raid offensive assault invasion
event: explosion blast fire flood flooding crash collapse earthquake storm evacuation rescue
event: protest protests rally march election vote referendum trial hearing inquiry match game final
locative: in at to near into inside outside across
filler: said says told the and that this with from were have been their there than more less about
filler: also would will could which while when after before into over under some most many much
filler: they them his her its our your who whom whose what where being had has was are is not but
filler: least part late early other others including such only just very even still
"""#
