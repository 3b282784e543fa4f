// Month and weekday names and their abbreviations: never entity names, and the base of dates.
// Matching ignores case.
let calendarData = #"""
month: january february march april may june july august september october november december
month: jan feb mar apr jun jul aug sep sept oct nov dec
weekday: monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
"""#
