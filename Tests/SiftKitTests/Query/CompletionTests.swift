import Testing
@testable import SiftKit

@Suite("Completion that knows the pipeline")
struct CompletionTests {
    let completer: Completer = {
        let c = Corpus()
        c.loadSamples()
        return Completer(corpus: c)
    }()

    func words(_ line: String) -> [String] {
        guard case .words(let w) = completer.complete(line, cursor: line.utf8.count).context else { return [] }
        return w
    }

    @Test func fieldsAreTheOnesTheStagesBeforeLeave() {
        let afterGroup = words("quotes | group by speaker | count | sort ")
        #expect(afterGroup.contains("speaker") && afterGroup.contains("count"))
        #expect(!afterGroup.contains("cue") && !afterGroup.contains("text"))
        let afterSelect = words("quotes | select speaker as who, text | where ")
        #expect(afterSelect.contains("who") && afterSelect.contains("text") && !afterSelect.contains("kind"))
        // The first stage still sees the source's fields; a broken earlier stage falls back to them.
        #expect(words("quotes | where ").contains("cue"))
        #expect(words("quotes | wher x | where ").contains("cue"))
    }

    @Test func closedSetsOfValuesInsideAString() {
        #expect(words("quotes | where kind == \"") == ["direct\"", "partial\"", "indirect\""])
        #expect(words("paragraphs | where kind != '").contains("caption'"))
        #expect(words("entities | where type == \"").contains("organization\""))
        #expect(words("sources | where category == \"").contains("expert\""))
        // Other fields still complete names.
        #expect(words("quotes | where speaker == \"").contains("Ellen Marsh\""))
    }

    /// A line that starts with a dot is the host's command: the engine offers nothing for it.
    @Test func commandsAreTheHostsToComplete() {
        #expect(words(".lo") == [])
        #expect(words(".load ") == [])
        #expect(words("  .help wh") == [])
        let point = Completer.point(".load some/pa", cursor: 13)
        #expect(point.start == 6 && point.before == ".load " && point.words == [".load"] && point.inString == nil)
    }
}
