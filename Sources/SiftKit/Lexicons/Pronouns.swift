// Personal pronouns, by what they can refer to. Read by speaker resolution.
let pronounData = #"""
male: he him his himself
female: she her hers herself
plural: they them their theirs themselves
neuter: it its itself
first: i me my mine myself we us our ours ourselves
"""#
