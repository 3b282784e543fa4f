// Short forms and other names of one entity, when the corpus may not write them side by side:
// countries and political parties news names by several forms. Read by Extraction/Entities
// (EntityLinker) and the corpus merge (EntityKey): every form is keyed as its entity's first name.
// A line: "type: canonical | alias | alias …". Matching ignores case and dots.
// An acronym written beside its expansion ("European Union (EU)") needs no line: the linker and
// the corpus merge join those from the text.
let aliasData = #"""
place: United States | US | USA | United States of America | America
place: United Kingdom | UK | Britain
place: Crimea | Crimean Peninsula
organization: Labour Party | Labour
organization: Liberal Democrats | Lib Dems | Lib Dem | Liberal Democrat Party
organization: Conservative Party | Conservatives | Tories | Tory | Tory Party | Tory party
organization: Scottish National Party | SNP
organization: UK Independence Party | UKIP
organization: Plaid Cymru
organization: European Union | EU
organization: United Nations | UN
"""#
