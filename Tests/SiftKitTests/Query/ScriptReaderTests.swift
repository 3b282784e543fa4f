import Testing
@testable import SiftKit

@Suite("Reading scripts into statements")
struct ScriptReaderTests {
    @Test func statementsCommentsAndMetaCommands() {
        let script = """
        # Who wrote the most?
        articles | sort words desc
        .format json

        sentences |
          where text ~ "levee" |
          count
        paragraphs
          | where kind == "caption"
        articles -- a trailing comment |
        """
        let e = ScriptReader.entries(script)
        #expect(e.map(\.kind) == [.comment, .statement, .meta, .statement, .statement, .statement])
        #expect(e.map(\.line) == [1, 2, 3, 5, 8, 10])
        #expect(e[3].text == "sentences |\n  where text ~ \"levee\" |\n  count")
        #expect(e[4].text == "paragraphs\n  | where kind == \"caption\"")
    }

    @Test func incompleteStatements() {
        #expect(ScriptReader.isIncomplete("articles |"))
        #expect(ScriptReader.isIncomplete("articles | where title ~ \"open"))
        #expect(ScriptReader.isIncomplete("articles | where (id == 1"))
        #expect(!ScriptReader.isIncomplete("articles | where title ~ \"a|\""))
        #expect(!ScriptReader.isIncomplete("articles"))
        #expect(ScriptReader.isIncomplete("articles | -- more below"))
    }
}
