import Testing
@testable import UnionEvalCore

@Suite struct RecordCreditsTests {
    func credit(_ indicator: Int, _ note: CreditNote = .countsTowardRate) -> RecordCredit {
        RecordCredit(indicator: indicator, points: nil, counted: true, note: note)
    }

    @Test func creditsAreFiledByRecordInTheOrderGivenAndSharedWhenEqual() {
        var credits = RecordCredits(recordCount: 5)
        credits.assign([(3, credit(0)), (1, credit(0)), (3, credit(2)), (1, credit(2)), (4, credit(1))])
        credits.assign([(0, credit(0)), (0, credit(2))])
        #expect(credits.count == 5)
        #expect(credits[3].map(\.indicator) == [0, 2])
        #expect(credits[1].map(\.indicator) == [0, 2])
        #expect(credits[0].map(\.indicator) == [0, 2])
        #expect(credits[4].map(\.indicator) == [1])
        #expect(credits[2].isEmpty)
        // Three records with the same list share one pattern; plus the empty list and [1].
        #expect(credits.patterns.count == 3)
        #expect(Set([credits.patternOfRecord[0], credits.patternOfRecord[1], credits.patternOfRecord[3]]).count == 1)
    }

    @Test func differentNotesMakeDifferentPatterns() {
        var credits = RecordCredits(recordCount: 2)
        credits.assign([(0, credit(0, .perRecord(Points(2)))), (1, credit(0, .capReached(Points(2))))])
        #expect(credits[0] != credits[1])
        #expect(credits.patterns.count == 3)
    }
}
