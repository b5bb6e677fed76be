import Foundation
import Testing
@testable import UnionEvalCore

/// Values as ledgers really hold them: dates, numbers, people, units named by files, levels and outcomes.
@Suite struct LedgerValueTests {
    @Test(arguments: [
        ("2023-03-08", "2023-03-08", false), ("2023/3/8 0:00", "2023-03-08", false), ("2023-03-08 14:30:00", "2023-03-08", false),
        ("2023-03-08T14:30", "2023-03-08", false), ("20230308", "2023-03-08", false), ("2023年3月8日上午", "2023-03-08", false),
        ("3月8日", "2023-03-08", false), ("3-8", "2023-03-08", false), ("2023.3.8-3.10", "2023-03-08", true),
        ("2023年3月8日至10日", "2023-03-08", true), ("2023-03-08~2023-03-10", "2023-03-08", true), ("２０２３－３－８", "2023-03-08", false),
        ("45000", "2023-03-15", false),
    ])
    func datesAsPeopleWriteThem(_ text: String, _ expected: String, _ isRange: Bool) throws {
        let parsed = try LedgerDate.parse(text, in: EvaluationYear(year: 2023)).get()
        #expect(parsed.date.description == expected)
        #expect(parsed.isRange == isRange)
    }

    @Test func aMonthAndDayNeedsTheEvaluationYearAndMustExist() {
        #expect(throws: CalendarDate.ParseFailure.self) { try LedgerDate.parse("3月8日", in: nil).get() }
        #expect(LedgerDate.parse("2月30日", in: EvaluationYear(year: 2023)).failure == .impossible)
        #expect(LedgerDate.parse("下周三", in: EvaluationYear(year: 2023)).failure == .unrecognised)
        // In a year from 12-01, December without a year is the December before.
        let fromDecember = EvaluationYear(year: 2023, start: MonthDay(month: 12, day: 1)!)
        #expect((try? LedgerDate.parse("12月5日", in: fromDecember).get())?.date.description == "2022-12-05")
        #expect((try? LedgerDate.parse("11-30", in: fromDecember).get())?.date.description == "2023-11-30")
    }

    @Test func wholeNumbersWithUnitsAndFullWidthDigits() {
        let numbers: [Int?] = ["15", "15人", "15 人次", "１５", "15.0", "15名"].map(LedgerNumber.wholeNumber)
        #expect(numbers == Array(repeating: 15, count: 6))
        let notNumbers: [Int?] = ["十五", "15.5", "-3", ""].map(LedgerNumber.wholeNumber)
        #expect(notNumbers == [nil, nil, nil, nil])
    }

    static let units = [
        Union(name: "管理学院分工会", code: "U01"), Union(name: "经济管理学院分工会", code: "U02"), Union(name: "图书馆工会", code: "U03"),
        Union(name: "外国语学院分工会", code: "U10"),
    ]

    @Test(arguments: [
        ("管理学院2023年活动台账", UnitNameMatcher.Match.unit(0)), ("经济管理学院台账（最终版）", .unit(1)), ("U03-台账", .unit(2)),
        ("图书馆", .unit(2)), ("U01-管理学院", .unit(0)), ("U010台账", .none), ("2023年台账", .none),
        ("管理学院与外国语学院联合台账", .ambiguous([0, 3])),
    ])
    func aFileNameNamesItsUnitByNameShortNameOrCode(_ name: String, _ expected: UnitNameMatcher.Match) {
        #expect(UnitNameMatcher(units: Self.units).match(name) == expected)
    }

    @Test func peopleResolveInTheirOwnUnitFirstAndNeverByGuess() {
        let members = [
            Member(staffID: "01001", name: "张伟", union: 0), Member(staffID: "01002", name: "李娜", union: 0),
            Member(staffID: "02001", name: "张伟", union: 1), Member(staffID: "02002", name: "王芳", union: 1),
            Member(staffID: "02003", name: "王芳", union: 1), Member(staffID: "T0300", name: "赵磊", union: 1),
        ]
        let people = PersonDirectory(members: members)
        #expect(people.resolve("张伟", unit: 0) == .member(0, .name))
        #expect(people.resolve("张伟", unit: 1) == .member(2, .name))
        #expect(people.resolve("张伟", unit: 2) == .ambiguous([0, 2]))
        #expect(people.resolve("李娜", unit: 1) == .member(1, .name))
        #expect(people.resolve("王芳", unit: 1) == .ambiguous([3, 4]))
        #expect(people.resolve("王芳(02003)", unit: 1) == .member(4, .nameAndID(writtenName: nil)))
        #expect(people.resolve("李四（02003）", unit: 1) == .member(4, .nameAndID(writtenName: "李四")))
        #expect(people.resolve("1001", unit: 0) == .member(0, .restoredZeros))
        #expect(people.resolve("1001.0", unit: 0) == .member(0, .restoredZeros))
        #expect(people.resolve("300", unit: 1) == .unknown)
        #expect(people.resolve("陈静", unit: 0) == .unknown)
    }

    @Test func levelsAndOutcomesAsLedgersWriteThem() throws {
        let criteria = try TestSupport.rubric { $0 + "\nlevels: {区县级: [区级, 渝北区]}\n" }
        let levels: [ActivityLevel?] = ["学院级", "院系级", "校级活动", "市级比赛", "渝北区", "国家级"].map { criteria.level(for: $0) }
        #expect(levels == [.college, .college, .school, .city, .district, .national])
        #expect(criteria.level(for: "宇宙级") == nil)
        let first = try #require(criteria.outcomeIndex(for: "一等奖"))
        #expect(criteria.outcomeIndex(forLedgerText: "一等奖（团体）") == first)
        #expect(criteria.outcomeIndex(forLedgerText: "一等奖(个人)") == first)
    }

    @Test func theCriteriaCanAddHeaderWordings() throws {
        let criteria = try TestSupport.rubric { $0 + "\ncolumns: {日期: [开展日期], 参与者工号: [出席人员]}\n" }
        var inputs = TestSupport.inputs(ledgers: [:])
        inputs.activities = [TestSupport.file("activities/A单位.csv", "开展日期,活动名称,类别,出席人员\n2023-03-08,合唱,文化活动,A01;A02\n")]
        let (data, diagnostics) = YearDataLoader.load(inputs, criteria: criteria)
        #expect(diagnostics.filter { $0.location.file.hasPrefix("activities") }.isEmpty)
        #expect(data.records.count == 1 && data.participants(of: data.records[0]).count == 2)
    }

    @Test func aColumnsEntryThatNamesNoContractColumnIsAnError() throws {
        let yaml = try TestSupport.fixture("rubric.yaml") + "\ncolumns: {开展日期: [日期]}\nlevels: {宇宙级: [银河]}\n"
        let codes = CriteriaParser.parse(yaml, file: "rubric.yaml").diagnostics.map(\.code)
        #expect(codes == ["E-CRITERIA-REFERENCE", "E-CRITERIA-REFERENCE"])
    }

    @Test func aLedgerWithAnUnusableHeaderIsHandedInButUnusable() throws {
        var inputs = TestSupport.inputs(ledgers: [:])
        inputs.activities = [TestSupport.file("activities/A单位台账.csv", "A单位活动台账\n时间,名字,种类\n2023-03-08,合唱,文化活动\n")]
        let (data, diagnostics) = YearDataLoader.load(inputs, criteria: try TestSupport.rubric())
        let problem = try #require(diagnostics.first { $0.code == "E-HEADER-MISSING" })
        #expect(problem.location == SourceLocation(file: "activities/A单位台账.csv", line: 2))
        #expect(problem.message.contains("缺少必填列“活动名称”、“类别”"))
        #expect(!diagnostics.contains { $0.code == "W-LEDGER-MISSING" && $0.message.hasPrefix("A单位") })
        #expect(!data.unionsWithoutLedger.contains(0))
        let file = try #require(data.accounting.first { $0.path == "activities/A单位台账.csv" })
        let counts: [Int] = [file.rowsRead, file.rowsRejected]
        #expect(counts == [3, 3])
    }
}

extension LedgerValueTests {
    @Test func aFileNamedAfterOneUnitWithRowsOfAnotherIsThatOtherUnitsLedger() throws {
        var inputs = TestSupport.inputs(ledgers: [:])
        inputs.activities = [
            TestSupport.file("activities/A单位汇总.csv", TestSupport.ledgerHeader + "B单位,2023-03-08,合唱,文化活动,院级,B01,\n")
        ]
        let (data, diagnostics) = YearDataLoader.load(inputs, criteria: try TestSupport.rubric())
        #expect(data.unionsWithoutLedger == [0])
        #expect(diagnostics.contains { $0.code == "W-LEDGER-MISSING" && $0.message.hasPrefix("A单位") })
    }

    @Test func undecodableBytesAboveTheHeaderAreReportedRowsNotLayout() throws {
        var inputs = TestSupport.inputs(ledgers: [:])
        let bytes: [UInt8] = [0x41, 0xFF, 0xFE, 0x0A] + Array((TestSupport.ledgerHeader + "A单位,2023-03-08,合唱,文化活动,院级,A01,\n").utf8)
        inputs.activities = [InputFile(path: "activities/A单位.csv", bytes: bytes)]
        let (data, diagnostics) = YearDataLoader.load(inputs, criteria: try TestSupport.rubric())
        #expect(diagnostics.filter { $0.location.file == "activities/A单位.csv" }.map(\.code) == ["E-ENCODING-BYTES"])
        let file = try #require(data.accounting.first { $0.path == "activities/A单位.csv" })
        let counts: [Int] = [file.rowsRead, file.rowsUsed, file.rowsRejected, file.rowsLayout]
        #expect(counts == [2, 1, 1, 0])
    }
}

extension Result {
    var failure: Failure? { if case .failure(let failure) = self { failure } else { nil } }
}
