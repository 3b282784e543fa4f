import Testing
@testable import SiftKit

/// `compare A B` for a fact-checker: who is named and quoted in both or one, and the facts that
/// differ — numbers paired by what they count and where they stand, places and dates by event.
@Suite("compare")
struct CompareTests {
    func rows(_ c: Corpus, _ query: String = "compare 1 2") throws -> [[String: Value]] {
        let t = try c.query(query)
        return (0..<t.count).map { t.row($0) }
    }

    func seeds() -> Corpus {
        let c = Corpus()
        c.load([Paths.sharedPath("seeds")])
        return c
    }

    @Test func theSamplesReportNoFalseDifferenceForTheSamePeopleCount() throws {
        let c = Corpus()
        _ = c.loadSamples()
        let numbers = try rows(c).filter { $0["section"]?.string == "number" }
        // Both reports say 46 people were rescued: one pair, the same; "about 300 people" in the
        // shelter counts other people and pairs with nothing.
        let rescued = numbers.filter { $0["left"]?.string == "46 people" }
        #expect(rescued.count == 1)
        #expect(rescued.first?["diff"]?.string == "same")
        #expect(!numbers.contains { $0["diff"]?.string == "changed" && ($0["left"]?.string ?? "").contains("people") })
    }

    @Test func numbersPairByUnitAndContext() throws {
        let c = Corpus()
        c.add(text: "A\n\nRebels fired 12 rockets at the airport on Friday. Police arrested 30 people at the market.\n", name: "a.txt")
        c.add(text: "B\n\nRebels fired dozens of rockets at the airport on Friday. Medics treated 30 people in town.\n", name: "b.txt")
        let numbers = try rows(c).filter { $0["section"]?.string == "number" }
        let rockets = numbers.first { $0["about"]?.string == "rockets" }
        #expect(rockets?["diff"]?.string == "changed")
        #expect(rockets?["right"]?.string == "dozens of rockets")
        // The same count of people is the same, whatever the words around it.
        #expect(numbers.first { $0["about"]?.string == "people" }?["diff"]?.string == "same")
    }

    @Test func vagueAmountsAreQualifiersNotValues() throws {
        let c = Corpus()
        c.add(text: "A\n\nThousands of people marched, and hundreds of police watched. Later, about 40 drones flew.\n", name: "a.txt")
        let n = try rows(c, "numbers")
        let thousands = n.first { $0["qualifier"]?.string == "thousands" }
        #expect(thousands?["value"] == .null)
        #expect(thousands?["unit"]?.string == "people")
        #expect(n.first { $0["qualifier"]?.string == "hundreds" }?["value"] == .null)
        #expect(n.first { $0["unit"]?.string == "drones" }?["value"] == .double(40))
    }

    @Test func everyRowKeepsTheOffsetsOfItsSides() throws {
        let c = Corpus()
        _ = c.loadSamples()
        for r in try rows(c) {
            let diff = r["diff"]?.string ?? ""
            #expect(["same", "changed", "only left", "only right"].contains(diff))
            if diff != "only right" { #expect(r["left_start"] != .null, "\(r)") }
            if diff != "only left" { #expect(r["right_start"] != .null, "\(r)") }
        }
        let changed = try rows(c, "compare 1 2 | where diff == \"changed\" | count")
        #expect(changed.first?["count"] != nil)
    }

    @Test(.needsShared) func theSeedsAlignTheSameStatement() throws {
        let quotes = try rows(seeds()).filter { $0["section"]?.string == "quote" }
        let zelensky = quotes.first { $0["about"]?.string == "Volodymyr Zelensky" && $0["diff"]?.string == "changed" }
        #expect(zelensky?["detail"]?.string?.contains("[-de facto-] {+effectively+}") == true)
        #expect(zelensky?["detail"]?.string?.contains("[-drag out-] {+prolong+}") == true)
        #expect(quotes.contains { $0["about"]?.string == "Donald Trump" && $0["right"] != .null && $0["left"] != .null })
    }

    @Test(.needsShared) func theSeedsShowTheQuotesOnlyReportTwoCarries() throws {
        let quotes = try rows(seeds()).filter { $0["section"]?.string == "quote" }
        for speaker in ["David Lammy", "Steve Witkoff", "Ben Hodges"] {
            let theirs = quotes.filter { $0["about"]?.string == speaker }
            #expect(!theirs.isEmpty, "\(speaker)")
            #expect(theirs.allSatisfy { $0["diff"]?.string == "only right" }, "\(speaker)")
            #expect(theirs.contains { $0["detail"]?.string == "direct" }, "\(speaker)")
        }
        let sources = try rows(seeds()).filter { $0["section"]?.string == "source" && $0["diff"]?.string == "only left" }
        let onlyLeft: Set<String> = Set(sources.compactMap { $0["about"]?.string })
        #expect(onlyLeft.isSuperset(of: ["Kristine Berzina", "Maria Snegovaya", "Susan Colbourn"]))
    }

    @Test(.needsShared) func theSeedsShowTheFactsThatDiffer() throws {
        let facts = try rows(seeds()).filter { $0["diff"]?.string == "changed" }
        let talks = facts.first { $0["section"]?.string == "event place" && $0["about"]?.string == "talks" }
        #expect(talks?["left"]?.string?.contains("Middle East") == true)
        #expect(talks?["right"]?.string?.contains("Saudi Arabia") == true)
        let drones = facts.first { $0["section"]?.string == "number" && $0["about"]?.string == "drones" }
        #expect(drones?["left"]?.string == "more than 40 drones")
        #expect(drones?["right"]?.string?.hasPrefix("waves of") == true)
    }

    @Test func theReportHasTheSectionsAPersonReads() throws {
        let c = Corpus()
        _ = c.loadSamples()
        let t = try c.query("compare 1 2")
        let text = CompareReport.render(t, left: "a", right: "b", width: 100, color: false)
        #expect(text.contains("People named in both"))
        #expect(text.contains("Quoted only in 1"))
        #expect(text.contains("Same statement, quoted in both"))
    }
}
