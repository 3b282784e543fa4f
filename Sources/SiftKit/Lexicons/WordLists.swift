// Short closed word lists a rule tests one token against by its spelling
// (`TokenText.isAny(k, WordLists.articles)`), each in one place with a note on where its words
// come from: function words in FunctionWords.swift, the others beside the data of their topic
// (Attribution, Titles, Organizations, NameKinds, Quantities). Written in lower case; matching
// ignores ASCII case. Longer lists, looked up in word tables, are the label lines of the data.
enum WordLists {}
