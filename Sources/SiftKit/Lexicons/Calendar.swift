// Month and weekday names and their abbreviations: never entity names, and the base of dates.
// holiday: festivals and holidays; a capitalised name that holds one ("Merry Christmas",
// "Christmas Eve") names a time, never a person. Matching ignores case.
let calendarData = #"""
month: january february march april may june july august september october november december
month: jan feb mar apr jun jul aug sep sept oct nov dec
holiday: christmas xmas easter hanukkah hanukah diwali eid ramadan thanksgiving halloween hogmanay
holiday: passover lent advent pentecost yom kippur
weekday: monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
"""#
