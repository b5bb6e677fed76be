import Foundation
import Testing
import UnionEvalCore
import UnionEvalWorkbooks

/// Ledgers as workbooks, read through the real readers into the core: every shape of
/// Fixtures/make_fixtures.py, with the exact problems and cell addresses a user sees.
@Suite struct WorkbookLedgerTests {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static let criteria: Criteria = {
        let yaml = """
            year: 2023
            total: 10
            categories: [文化活动, 体育活动]
            dimensions:
              - id: A
                name: 甲
                indicators:
                  - {id: A1, name: 文化, max: 10, rule: count, match: {categories: [文化活动]}, points_each: 1}
            award: {quota: 50%}
            """
        return CriteriaParser.parse(yaml, file: "rubric.yaml").criteria!
    }()

    /// A单位 (A01…A10, named 甲1…甲10) and B单位 (B01…B05), B单位 with a plain CSV ledger.
    static func load(_ fixture: String, as name: String = "A单位台账.xlsx") throws -> (YearData, [Diagnostic]) {
        let members = "工号,姓名,二级工会\n" + (1...10).map { "A\(String(format: "%02d", $0)),甲\($0),A单位\n" }.joined()
            + (1...5).map { "B0\($0),乙\($0),B单位\n" }.joined()
        var inputs = YearInputs(
            unions: InputFile(path: "unions.csv", bytes: Array("二级工会\nA单位\nB单位\n".utf8)),
            members: InputFile(path: "members.csv", bytes: Array(members.utf8)),
            activities: [
                InputFile(path: "activities/\(name)", bytes: Array(try Data(contentsOf: folder.appendingPathComponent(fixture)))),
                InputFile(path: "activities/B单位.csv", bytes: Array("日期,活动名称,类别,参与者工号\n2023-05-01,合唱,文化活动,B01\n".utf8)),
            ])
        inputs.xlsxReader = XlsxWorkbookReader()
        inputs.xlsReader = XlsWorkbookReader()
        return YearDataLoader.load(inputs, criteria: criteria)
    }

    static func found(_ diagnostics: [Diagnostic], in file: String = "activities/A单位台账.xlsx") -> [String] {
        diagnostics.filter { $0.location.file == file }.map { "\($0.code) \($0.location.address)" }
    }

    @Test func titleRowsMergedDatesHiddenRowsAndSheetsAreReadAsTheyShow() throws {
        let (data, diagnostics) = try Self.load("shapes.xlsx")
        let path = "activities/A单位台账.xlsx"
        #expect(Self.found(diagnostics) == [
            "W-ID-UNKNOWN \(path)[3月]!E7",
            "W-ROW-HIDDEN \(path)[3月]!第7行",
            "W-SHEET-HIDDEN \(path)[备用]",
            "W-SHEET-SKIPPED \(path)[Sheet3]",
        ])
        // A 填写说明 sheet, as templates have: no records, named on 说明 for what it is, not a problem.
        let notes = try #require(data.accounting.first { $0.path == path && $0.sheet == "填写说明" })
        #expect(notes.role == "填表模板的附表（不含记录）" && notes.rowsUsed == 0 && notes.rowsLayout == notes.rowsRead)
        let records = data.records.filter { data.unions[$0.union].name == "A单位" }
        // The merged date applies to the three rows it covers.
        #expect(records.map { "\($0.date) \(data.name(of: $0)) \(data.files[$0.file].sheet ?? "")" }.sorted() == [
            "2023-03-08 三八节茶话会 3月", "2023-03-08 健步走 3月", "2023-03-08 读书分享会 3月", "2023-03-20 合唱排练 3月",
            "2023-04-01 植树 备用",
        ])
        // 甲3 by name, 甲4(A04) by name and ID, A01、A02 by ID: all resolve to A单位's members.
        let people = records.flatMap { Array(data.participants(of: $0)) }.map { data.members[Int($0)].staffID }.sorted()
        #expect(people == ["A01", "A02", "A03", "A04", "A06"])
        let march = try #require(data.accounting.first { $0.sheet == "3月" })
        let counts: [Int] = [march.rowsRead, march.rowsUsed, march.rowsLayout, march.rowsRejected]
        #expect(counts == [7, 4, 3, 0])
        let balanced = data.accounting.allSatisfy { $0.balances }
        #expect(balanced)
        #expect(!data.unionsWithoutLedger.contains(0))
    }

    @Test func the1904DateSystemGivesTheSameDay() throws {
        let (data, diagnostics) = try Self.load("dates-1904.xlsx")
        #expect(Self.found(diagnostics).isEmpty)
        #expect(data.records.filter { $0.union == 0 }.map(\.date.description) == ["2023-05-04"])
    }

    @Test func formulasUseTheirCachedValueAndOneWithoutIsAProblemAtItsCell() throws {
        let (data, diagnostics) = try Self.load("formulas.xlsx")
        let path = "activities/A单位台账.xlsx"
        #expect(Self.found(diagnostics) == ["E-CELL-FORMULA \(path)[台账]!F2", "E-CELL-ERROR \(path)[台账]!F3"])
        let records = data.records.filter { $0.union == 0 }
        #expect(records.count == 2)
        #expect(records.allSatisfy { $0.level == .college })
    }

    @Test(arguments: [
        ("hostile-dtd.xlsx", "E-WORKBOOK-UNSAFE"), ("hostile-bomb.xlsx", "E-WORKBOOK-TOO-LARGE"),
        ("hostile-truncated.xlsx", "E-WORKBOOK-DAMAGED"), ("hostile-encrypted.xlsx", "E-WORKBOOK-ENCRYPTED"),
        ("hostile-offsets.xlsx", "E-WORKBOOK-DAMAGED"), ("hostile-checksum.xlsx", "E-WORKBOOK-DAMAGED"),
    ])
    func aHostileWorkbookIsOneProblemForItsFileAndTheOtherUnitsGoOn(_ fixture: String, _ code: String) throws {
        let (data, diagnostics) = try Self.load(fixture)
        #expect(Self.found(diagnostics) == ["\(code) activities/A单位台账.xlsx:0:0"])
        // Nothing of another file was read into the data, and B单位 is scored as usual.
        #expect(!data.activityNames.contains { $0.contains("root") })
        #expect(data.records.filter { $0.union == 1 }.count == 1)
        // Handed in but unusable is not "未提交台账".
        #expect(!data.unionsWithoutLedger.contains(0))
    }

    /// A part altered after zipping is caught by its CRC-32 (zlib's), not read as data.
    @Test func aPartWhoseChecksumDoesNotMatchIsDamaged() throws {
        let (_, diagnostics) = try Self.load("hostile-checksum.xlsx")
        let damaged = try #require(diagnostics.first { $0.code == "E-WORKBOOK-DAMAGED" })
        #expect(damaged.message.contains("“xl/worksheets/sheet1.xml”的校验值不符，文件在传输中损坏"), "\(damaged.message)")
    }

    @Test func aSheetReachingExcelsLastRowIsRead() throws {
        let (data, diagnostics) = try Self.load("row-limit.xlsx")
        #expect(Self.found(diagnostics).isEmpty)
        let sheet = try #require(data.accounting.first { $0.path == "activities/A单位台账.xlsx" })
        let counts: [Int] = [sheet.rowsUsed, sheet.rowsLayout]
        #expect(counts == [1, 1])
    }

    @Test func anXlsFromExcel97ReadsEverySheetWithDatesNamesAndUnits() throws {
        let (data, diagnostics) = try Self.load("ledger.xls", as: "A单位台账.xls")
        #expect(Self.found(diagnostics, in: "activities/A单位台账.xls").isEmpty)
        let records = data.records.filter { $0.union == 0 }
        #expect(records.map { "\($0.date) \(data.name(of: $0)) \(Self.criteria.levelName($0.level)) \(data.files[$0.file].name)" } == [
            "2023-03-08 三八节茶话会 院级 activities/A单位台账.xls[上半年]", "2023-09-10 教师节座谈 校级 activities/A单位台账.xls[下半年]",
        ])
        #expect(records.map(\.declaredParticipants) == [2, 3])
        let people = records.flatMap { Array(data.participants(of: $0)) }.map { data.members[Int($0)].staffID }
        #expect(people == ["A01", "A02", "A03"])
        #expect(data.accounting.filter { $0.path == "activities/A单位台账.xls" }.map(\.format) == ["xls", "xls"])
    }

    @Test func aStrayValueFarToTheRightIsReportedOnceNotKept() throws {
        let (data, diagnostics) = try Self.load("far-right.xlsx")
        #expect(Self.found(diagnostics) == ["W-CELL-BEYOND activities/A单位台账.xlsx[Sheet]!XFD2"])
        #expect(data.records.filter { $0.union == 0 }.count == 1)
    }

    @Test func oneWorkbookForTheSchoolWithASheetPerUnit() throws {
        let (data, diagnostics) = try Self.load("units-by-sheet.xlsx", as: "全校台账.xlsx")
        #expect(Self.found(diagnostics, in: "activities/全校台账.xlsx").isEmpty)
        let fromWorkbook = data.records.filter { data.files[$0.file].file == "activities/全校台账.xlsx" }
        #expect(fromWorkbook.map { "\(data.unions[$0.union].name) \(data.files[$0.file].sheet ?? "")" } == ["A单位 A单位", "B单位 B单位"])
        #expect(data.unionsWithoutLedger.isEmpty)
    }

    @Test func aLedgerNamedAfterNoUnitListsTheNearestUnits() throws {
        let (_, diagnostics) = try Self.load("dates-1904.xlsx", as: "2023台账.xlsx")
        let problem = try #require(diagnostics.first { $0.code == "E-LEDGER-UNION" })
        #expect(problem.location.address == "activities/2023台账.xlsx[Sheet]!第2行")
        #expect(problem.message.contains("最接近的单位：“A单位”、“B单位”"))
    }
}
