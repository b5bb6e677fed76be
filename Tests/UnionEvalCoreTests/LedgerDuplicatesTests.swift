import PropertyBased
import Testing
@testable import UnionEvalCore

/// The same activity entered twice is found within a file on the reading threads, and across files
/// when a unit's rows come in more than one file. Either way the outcome must be the one a single
/// sequential pass gives: one entry per activity, the preferred one, every other entry reported.
@Suite struct LedgerDuplicatesTests {
    let criteria: Criteria
    init() throws { criteria = try TestSupport.rubric() }

    /// A row drawn from few choices, so the same activity comes up often: unit, date, name, level, IDs.
    static let row = zip(
        Gen.int(in: 0...1), Gen.int(in: 0...2), Gen.int(in: 0...1), Gen.int(in: 0...1), Gen.int(in: 0...15)
    ).map { unit, date, name, level, people -> String in
        let unitName = unit == 0 ? "A单位" : "B单位"
        let prefix = unit == 0 ? "A" : "B"
        let ids = (0..<4).filter { people & (1 << $0) != 0 }.map { "\(prefix)0\($0 + 1)" }.joined(separator: ";")
        return "\(unitName),2023-0\(date + 3)-01,活动\(name),文化活动,\(level == 0 ? "院级" : "校级"),\(ids),"
    }

    /// Rows split over one to three files, in file order.
    static let files = row.array(of: 0...6).array(of: 1...3)

    /// What a kept record says, independent of which file it came from.
    static func content(_ run: EvaluationRun) -> [String] {
        run.data.records.map { record in
            let people = run.data.people(of: record).map { run.data.members[Int($0)].staffID }.sorted()
            return "\(record.union) \(record.date) \(run.data.name(of: record)) \(record.level) \(people)"
        }.sorted()
    }

    static func ledgers(_ files: [[String]]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: files.enumerated().map { ("台账\($0.offset)", $0.element.joined(separator: "\n")) })
    }

    @Test func splittingRowsOverFilesKeepsTheSameEntriesAndReportsEveryOther() async {
        await propertyCheck(count: 150, input: Self.files) { files in
            let split = TestSupport.run(TestSupport.inputs(ledgers: Self.ledgers(files)), criteria: criteria)
            let whole = TestSupport.run(TestSupport.inputs(ledgers: Self.ledgers([files.flatMap { $0 }])), criteria: criteria)
            #expect(Self.content(split) == Self.content(whole))
            let rows = files.flatMap { $0 }
            let activities = Set(rows.map { $0.split(separator: ",").prefix(4).joined(separator: ",") })
            for run in [split, whole] {
                let reported = run.diagnostics.filter { $0.code == "W-LEDGER-DUPLICATE" }
                #expect(run.data.records.count == activities.count)
                #expect(reported.count == rows.count - activities.count)
                // Every report stands on a row of its own, and that row is not among the kept ones.
                let places = reported.map { "\($0.location.file):\($0.location.line)" }
                #expect(Set(places).count == places.count)
                let kept = Set(run.data.records.map { "\(run.data.files[$0.file]):\($0.line)" })
                #expect(kept.isDisjoint(with: places))
                #expect(run.data.rejectedLedgerRows.count == reported.count)
                #expect(run.data.accounting.allSatisfy { $0.balances })
            }
        }
    }

    @Test func aDuplicateInAnEarlierFileIsNamedWithThatFile() {
        let fuller = "A单位,2023-01-01,活动0,文化活动,院级,A01;A02,"
        let thinner = "A单位,2023-01-01,活动0,文化活动,院级,A03,"
        let run = TestSupport.run(
            TestSupport.inputs(ledgers: ["台账0": "A单位,2023-02-01,活动1,文化活动,院级,A01,\n" + thinner, "台账1": fuller]),
            criteria: criteria)
        let reported = run.diagnostics.filter { $0.code == "W-LEDGER-DUPLICATE" }
        #expect(reported.map { "\($0.location.file):\($0.location.line)" } == ["activities/台账0.csv:3"])
        #expect(reported.first?.message.hasPrefix("与activities/台账1.csv 第 2 行是同一活动") == true)
        #expect(run.data.records.count == 2)
        #expect(run.data.rejectedLedgerRows.map(\.reason) == ["重复记录（同activities/台账1.csv 第 2 行），只计一次"])
    }
}
