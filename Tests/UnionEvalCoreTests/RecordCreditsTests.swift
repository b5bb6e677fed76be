import PropertyBased
import Testing
@testable import UnionEvalCore

@Suite struct RecordCreditsTests {
    func credit(_ indicator: Int, _ note: CreditNote = .countsTowardRate) -> RecordCredit {
        RecordCredit(indicator: indicator, points: nil, counted: true, note: note)
    }

    /// Gives the credits in order, then files the records they name, as the scorer does per unit.
    func file(_ given: [(Int32, RecordCredit)], into credits: inout RecordCredits) {
        for (record, credit) in given { credits.add(credit, to: record) }
        credits.settle(Set(given.map { Int($0.0) }).sorted())
    }

    @Test func creditsAreFiledByRecordInTheOrderGivenAndSharedWhenEqual() {
        var credits = RecordCredits(recordCount: 5)
        file([(3, credit(0)), (1, credit(0)), (3, credit(2)), (1, credit(2)), (4, credit(1))], into: &credits)
        file([(0, credit(0)), (0, credit(2))], into: &credits)
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
        file([(0, credit(0, .perRecord(Points(2)))), (1, credit(0, .capReached(Points(2))))], into: &credits)
        #expect(credits[0] != credits[1])
        #expect(credits.patterns.count == 3)
    }

    /// Units of up to six records out of twelve, each given up to eight credits from a few kinds, in
    /// any order: every record reads back its own credits in the order given, and each distinct list
    /// is stored once.
    static let units = zip(Gen.int(in: 0...11), Gen.int(in: 0...2), Gen.int(in: 0...2)).array(of: 0...8).array(of: 1...4)

    @Test func everyRecordReadsBackItsCreditsAndEachListIsStoredOnce() async {
        await propertyCheck(count: 300, input: Self.units) { units in
            var credits = RecordCredits(recordCount: 12)
            var expected = [[RecordCredit]](repeating: [], count: 12)
            var filed = Set<Int>()
            for unit in units {
                // A record belongs to one unit: records filed by an earlier unit are left out.
                let given = unit.filter { !filed.contains($0.0) }.map { (Int32($0.0), credit($0.1, $0.2 == 0 ? .countsTowardRate : .perRecord(Points($0.2)))) }
                for (record, credit) in given { expected[Int(record)].append(credit) }
                file(given, into: &credits)
                filed.formUnion(given.map { Int($0.0) })
            }
            #expect((0..<12).map { credits[$0] } == expected)
            #expect(Set(credits.patterns).count == credits.patterns.count)
            #expect(Set(credits.patterns) == Set(expected + [[]]))
            #expect(credits.patterns.first == [])
        }
    }

    /// Units filed in two tables, the second absorbed into the first, give the very table one pass
    /// over all units gives: same patterns, numbered the same.
    @Test func twoTablesJoinedEqualOneFiledInOrder() async {
        await propertyCheck(count: 300, input: zip(Self.units, Gen.int(in: 0...4))) { units, splitAt in
            var whole = RecordCredits(recordCount: 12)
            var first = RecordCredits(recordCount: 12)
            var second = RecordCredits(recordCount: 12)
            var filed = Set<Int>()
            var secondRecords: [Int] = []
            for (position, unit) in units.enumerated() {
                let given = unit.filter { !filed.contains($0.0) }.map { (Int32($0.0), credit($0.1, $0.2 == 0 ? .countsTowardRate : .perRecord(Points($0.2)))) }
                filed.formUnion(given.map { Int($0.0) })
                file(given, into: &whole)
                if position < splitAt {
                    file(given, into: &first)
                } else {
                    file(given, into: &second)
                    secondRecords += Set(given.map { Int($0.0) }).sorted()
                }
            }
            first.absorb(second, records: secondRecords)
            #expect(first.patterns == whole.patterns)
            #expect(first.patternOfRecord == whole.patternOfRecord)
        }
    }
}
