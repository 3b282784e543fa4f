// Kickers: capitalised labels that open a headline or paragraph with a colon or dash
// ("EXCLUSIVE:", "UPDATE —") and look like a dateline's place but are not one.
// Read by the structure detector (Ingest/StructureDetector.swift). Matching ignores case.
let kickerData = #"""
exclusive update updated breaking watch analysis opinion editorial comment correction
clarification live video photos photo audio listen read more note editor editors fact check
factcheck poll explainer interview review preview recap transcript full text warning alert
"""#
