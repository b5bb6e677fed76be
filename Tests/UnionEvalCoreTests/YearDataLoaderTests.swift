import Foundation
import Testing
@testable import UnionEvalCore

@Suite struct YearDataLoaderTests {
    let criteria: Criteria
    init() throws { criteria = try TestSupport.rubric() }

    let ledger = """
        A单位,2023-03-08,三八节活动,三八节,院级,A01;A02,
        A单位,2023/5/1,文艺演出,文化活动,院级,A01、A03 A04,
        A单位,2023-02-30,不存在的日期,文化活动,院级,,
        A单位,2023-06-01,拔河比赛,文化活功,院级,,
        A单位,2023-06-02,合唱,文化活动,院级,A01;Z99;A01,
        A单位,2023/5/1,文艺演出,文化活动,院级,,
        A单位,2022-12-30,去年活动,文化活动,院级,,
        A单位,2023-07-01,行数不对,文化活动
        """

    @Test func everyRowIsUsedOrReportedWithFileLineAndColumn() {
        let run = TestSupport.run(TestSupport.inputs(ledgers: ["A单位": ledger]), criteria: criteria)
        let file = run.data.accounting.first { $0.path == "activities/A单位.csv" }!
        #expect(file.rowsRead == 8)
        #expect(file.rowsUsed == 3)
        #expect(file.rowsRejected == 5)
        #expect(run.data.accounting.allSatisfy { $0.balances })
        let located = run.diagnostics.filter { $0.location.file == "activities/A单位.csv" }
            .map { "\($0.location.line):\($0.location.column) \($0.code)" }
        #expect(located == [
            "4:2 E-DATE-INVALID", "5:4 E-CATEGORY-UNKNOWN", "6:6 W-ID-UNKNOWN", "6:6 W-ID-REPEATED",
            "7:3 W-LEDGER-DUPLICATE", "8:2 W-DATE-YEAR", "9:5 E-CSV-FIELDS",
        ])
        #expect(run.diagnostics.first { $0.code == "E-CATEGORY-UNKNOWN" }?.message.contains("是否应为“文化活动”") == true)
        #expect(run.data.rejectedLedgerRows.count == 4)  // the field-count row has no reliable cells
    }

    @Test func shufflingRowsChangesNoScore() {
        let lines = ledger.split(separator: "\n").map(String.init)
        let base = TestSupport.run(TestSupport.inputs(ledgers: ["A单位": ledger]), criteria: criteria)
        var generator = SeededGenerator(seed: 2023)
        for _ in 0..<5 {
            let shuffled = lines.shuffled(using: &generator).joined(separator: "\n")
            let run = TestSupport.run(TestSupport.inputs(ledgers: ["A单位": shuffled]), criteria: criteria)
            #expect(run.evaluation.units.map(\.total) == base.evaluation.units.map(\.total))
            #expect(run.evaluation.units.map { $0.indicators.map(\.points) } == base.evaluation.units.map { $0.indicators.map(\.points) })
        }
    }

    /// The reader lays each file's ID lists out by date; every record must still find the IDs of its own row.
    @Test func eachRecordKeepsTheIDsOfItsOwnRowWhateverTheDateOrder() {
        var generator = SeededGenerator(seed: 2024)
        for _ in 0..<5 {
            var expected: [Int: [String]] = [:]
            let rows = (0..<40).map { row -> String in
                let people = (1...10).filter { _ in Bool.random(using: &generator) }.map { $0 < 10 ? "A0\($0)" : "A\($0)" }
                    .shuffled(using: &generator)
                expected[row + 2] = people  // line 1 is the header
                let date = "2023-\(Int.random(in: 10...12, using: &generator))-\(Int.random(in: 10...28, using: &generator))"
                return "A单位,\(date),活动\(row),文化活动,院级,\(people.joined(separator: ";")),"
            }
            let run = TestSupport.run(TestSupport.inputs(ledgers: ["A单位": rows.joined(separator: "\n")]), criteria: criteria)
            #expect(run.data.records.count == rows.count)
            for record in run.data.records {
                #expect(run.data.people(of: record).map { run.data.members[Int($0)].staffID } == expected[record.line])
            }
        }
    }

    /// Records come out in the scoring order: date, then activity name (by its stable hash, then its
    /// text), then file and line, whatever order the rows and files came in.
    @Test func recordsAreInScoringOrder() {
        var generator = SeededGenerator(seed: 2025)
        for _ in 0..<5 {
            // Every date with every name, in each unit: one day holds several names, and one name on one
            // day comes in both units' files.
            var rows: [String] = []
            var ledgers: [String: String] = [:]
            for unit in ["A单位", "B单位"] {
                let unitRows = (3...4).flatMap { month in
                    (1...3).flatMap { day in (0...2).map { name in "\(unit),2023-0\(month)-0\(day),活动\(name),文化活动,院级,," } }
                }.shuffled(using: &generator)
                rows += unitRows
                ledgers[unit] = unitRows.joined(separator: "\n")
            }
            let data = TestSupport.run(TestSupport.inputs(ledgers: ledgers), criteria: criteria).data
            #expect(data.records.count == rows.count)
            let keys = data.records.map { record in
                (record.day, YearData.stableHash(data.name(of: record)), data.name(of: record), data.files[record.file].name, record.line)
            }
            for (earlier, later) in zip(keys, keys.dropFirst()) {
                #expect(earlier < later)
            }
        }
    }

    @Test func theUnitColumnWinsOverTheFileName() {
        let base = TestSupport.run(TestSupport.inputs(ledgers: ["A单位": ledger]), criteria: criteria)
        let renamed = TestSupport.run(TestSupport.inputs(ledgers: ["随便起的名字": ledger]), criteria: criteria)
        #expect(renamed.evaluation.units.map(\.total) == base.evaluation.units.map(\.total))
        #expect(renamed.data.unionsWithoutLedger == base.data.unionsWithoutLedger)
    }

    @Test func withoutAUnitColumnTheFileNameNamesTheUnit() {
        var inputs = TestSupport.inputs(ledgers: [:])
        inputs.activities = [TestSupport.file("activities/B单位.csv", "日期,活动名称,类别\n2023-05-01,合唱,文化活动\n")]
        let run = TestSupport.run(inputs, criteria: criteria)
        #expect(run.data.records.map(\.union) == [1])
        #expect(run.data.unionsWithoutLedger == [0])
        #expect(run.codes.contains("W-LEDGER-MISSING"))
    }

    @Test func aLedgerNamingNoKnownUnitIsReportedAndNotDropped() {
        var inputs = TestSupport.inputs(ledgers: [:])
        inputs.activities = [TestSupport.file("activities/未知.csv", "日期,活动名称,类别\n2023-05-01,合唱,文化活动\n2023-05-02,合唱2,文化活动\n")]
        let run = TestSupport.run(inputs, criteria: criteria)
        #expect(run.codes.filter { $0 == "E-LEDGER-UNION" }.count == 1)
        #expect(run.data.accounting.last?.rowsRejected == 2)
    }

    @Test func gbkLedgerScoresLikeItsUTF8Twin() throws {
        let text = TestSupport.ledgerHeader + ledger
        var gbk = TestSupport.inputs(ledgers: [:])
        gbk.activities = [InputFile(path: "activities/A单位.csv", bytes: Array(try #require(text.data(using: DecodedText.gb18030))))]
        let utf8 = TestSupport.run(TestSupport.inputs(ledgers: ["A单位": ledger]), criteria: criteria)
        let fromGBK = TestSupport.run(gbk, criteria: criteria)
        #expect(fromGBK.data.accounting.last?.encoding == .gb18030)
        #expect(fromGBK.evaluation.units.map(\.total) == utf8.evaluation.units.map(\.total))
        #expect(fromGBK.data.records.map(fromGBK.data.name(of:)) == utf8.data.records.map(utf8.data.name(of:)))
    }

    @Test func headerNamesAreMatchedAfterTrimmingFullWidthSpaces() {
        var inputs = TestSupport.inputs(ledgers: [:])
        inputs.activities = [TestSupport.file("activities/A单位.csv", "\u{3000}日期 ,活动名称,类别,附件\n2023-05-01,合唱,文化活动,x\n")]
        let run = TestSupport.run(inputs, criteria: criteria)
        #expect(run.data.records.count == 1)
        // No 三八节 row anywhere: the required K2 matched nothing, which is said too.
        #expect(run.codes.filter { $0 != "W-REVIEW-MISSING" } == ["W-HEADER-UNKNOWN", "W-LEDGER-MISSING", "W-CRITERIA-UNMATCHED"])
    }

    @Test func ofTwoEntriesOfOneActivityTheFullerIsKeptWhicheverComesFirst() {
        let fuller = "A单位,2023-01-01,活动0,文化活动,院级,A01;A02,"
        let thinner = "A单位,2023-01-01,活动0,文化活动,院级,A03,"
        let first = TestSupport.run(TestSupport.inputs(ledgers: ["A单位": fuller + "\n" + thinner]), criteria: criteria)
        let second = TestSupport.run(TestSupport.inputs(ledgers: ["A单位": thinner + "\n" + fuller]), criteria: criteria)
        #expect(first.data.records.map { Array(first.data.participants(of: $0)) } == [[0, 1]])
        #expect(second.data.records.map { Array(second.data.participants(of: $0)) } == [[0, 1]])
        #expect(first.nomination?.scores.map(\.points) == second.nomination?.scores.map(\.points))
        #expect(second.diagnostics.first { $0.code == "W-LEDGER-DUPLICATE" }?.location.line == 2)
        #expect(second.diagnostics.first { $0.code == "W-LEDGER-DUPLICATE" }?.message.hasPrefix("与第 3 行是同一活动") == true)
    }
}
