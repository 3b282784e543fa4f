// Words of numbers and dates. Read by Extraction/Numbers. Matching ignores case.
//
// qualifier: words before a number that hedge or bound it ("more than 40 drones", "about a fifth")
// cardinal:  number words and their values ("forty" 40); scale: multipliers ("million" 1e6)
// vague:     plural number words that say "many" without a value ("thousands of people", "waves of
//            drones"): kept as the number's qualifier, with no value, when "of" and a noun follow
// fraction:  fraction words and their values ("fifth" 0.2)
// currency:  symbols and words of money and their codes ("$" USD)
// percent:   words that make a number a percentage
// relative:  words that name a day or period relative to the story's time ("last week")
let quantityData = #"""
qualifier: more than|less than|fewer than|at least|at most|up to|nearly|almost|about|around|roughly|approximately
qualifier: over|under|some|an estimated|estimated|just over|just under|close to|as many as|as much as
cardinal: one 1|two 2|three 3|four 4|five 5|six 6|seven 7|eight 8|nine 9|ten 10|eleven 11|twelve 12|thirteen 13
cardinal: fourteen 14|fifteen 15|sixteen 16|seventeen 17|eighteen 18|nineteen 19|twenty 20|thirty 30|forty 40
cardinal: fifty 50|sixty 60|seventy 70|eighty 80|ninety 90|hundred 100|dozen 12
vague: dozens|scores|hundreds|thousands|millions|billions|tens of thousands|hundreds of thousands|waves|swarms
scale: thousand 1e3|k 1e3|million 1e6|m 1e6|mn 1e6|billion 1e9|bn 1e9|b 1e9|trillion 1e12|tn 1e12
fraction: half 0.5|third 0.3333|thirds 0.6667|quarter 0.25|quarters 0.75|fifth 0.2|fifths 0.4|tenth 0.1
currency: $ USD|us$ USD|£ GBP|€ EUR|¥ JPY|dollars USD|dollar USD|pounds GBP|euros EUR|euro EUR|yen JPY|rubles RUB|hryvnias UAH
percent: %|percent|per cent|pct
relative: today|yesterday|tomorrow|tonight|last week|last month|last year|next week|next month|next year
relative: this week|this month|this year|earlier this week|earlier this month|earlier this year|later this week
relative: later this month|later this year|last weekend|this weekend|next weekend|last night|overnight
"""#

// Words of numbers and times a rule tests one token against (WordLists.swift): the written
// forms of the clock's halves from news style guides, the rest from English grammar.
extension WordLists {
    /// After an hour: a time of day ("4 a.m.", "11:30 pm").
    static let timeOfDay: [StaticString] = ["a.m.", "p.m.", "a.m", "p.m", "am", "pm"]
    /// The dotted ones, which after a number make it a time (a date), not a quantity.
    static let dottedTimeOfDay: [StaticString] = ["a.m.", "p.m.", "a.m", "p.m"]
    /// Before a fraction word, counting one of it ("a fifth", "one third").
    static let fractionCounts: [StaticString] = ["a", "an", "one"]
    /// Words after a number that are not what it counts ("40 of them", "from 30 to 40").
    static let notUnits: [StaticString] = ["of", "and", "or", "to", "than", "who", "which", "that"]
}
