// Place shapes: the last word of a geographic name ("Black Sea", "Calder River", "Crimean
// Peninsula"). Read by Extraction/Entities. Matching ignores case.
let placeShapeData = #"""
region-code: dc al ak az ar ca co ct de fl ga hi ia id il in ks ky la ma md me mi mn mo ms mt nc nd ne
region-code: nh nj nm nv ny oh ok or pa ri sc sd tn tx ut va vt wa wi wv wy
head: sea seas ocean river rivers mountains mountain mount mt island islands isles peninsula bay
head: strait straits gulf lake lakes valley desert canal province county region coast heights plateau
head: basin delta falls forest park harbor harbour highlands lowlands oblast krai district territory
head: republic kingdom emirate square street avenue road bridge airport
"""#
