// Kinds of cited sources, by the role the article gives them: the split a source-analysis class
// counts. Read by Extraction/Sources. Matching ignores case; the first matching class wins, in
// the order journalist, expert, official.
//
// journalist: people and bodies whose job is the news ("a reporter for", "the Post's columnist")
// expert:     analysts, scholars and professionals quoted for what they know
// official:   people who hold office or speak for an institution
// outlet:     the last word of a news organisation's name ("Fox News", "The Washington Post")
// local:      roles of a town's own officials: with no affiliation given, they serve the place in
//             the dateline ("RIVERTON — … Mayor Ellen Marsh")
let sourceCategoryData = #"""
journalist: journalist journalists reporter reporters correspondent editor columnist anchor host commentator
journalist: writer blogger broadcaster presenter pundit
expert: expert experts analyst analysts fellow professor prof researcher scientist economist hydrologist historian
expert: strategist consultant pollster scholar lecturer engineer doctor physician lawyer attorney director
expert: specialist academic sociologist psychologist epidemiologist meteorologist
official: president minister secretary chancellor premier senator sen representative rep governor gov mayor
official: chief general gen envoy ambassador spokesman spokeswoman spokesperson official officials diplomat
official: lawmaker legislator commissioner councilman councilwoman councillor councilor judge justice prosecutor
official: king queen prince princess lieutenant lt colonel col admiral officer sheriff adviser advisor aide
official: delegate congressman congresswoman speaker chairman chairwoman chair leader commander deputy
official: superintendent inspector administrator treasurer clerk
outlet: news times post journal herald tribune gazette telegraph guardian observer chronicle press channel
local: mayor councilman councilwoman councillor councilor alderman sheriff fire police city town
outlet: television tv radio broadcasting media magazine reuters bloomberg ap afp bbc cnn msnbc npr pbs
"""#
