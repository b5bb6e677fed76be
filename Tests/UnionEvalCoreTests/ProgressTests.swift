import Testing
@testable import UnionEvalCore

/// `progress`: where units stand at a date — required events held, still due or missed, and records
/// dated after the date set aside.
struct ProgressTests {
    /// The test rubric plus a required autumn event (K7, September to December) and a total of 25.
    static func rubric() throws -> Criteria {
        try TestSupport.rubric { text in
            text.replacingOccurrences(of: "total: 22", with: "total: 25").replacingOccurrences(
                of: "      - {id: K5, name: 评审, max: 5, rule: manual}",
                with: "      - {id: K5, name: 评审, max: 5, rule: manual}\n"
                    + "      - {id: K7, name: 金秋活动, max: 3, rule: required, match: {categories: [体育活动], months: [9, 10, 11, 12]}}")
        }
    }

    static let asOf = CalendarDate(year: 2023, month: 6, day: 30)!
    static let year = EvaluationYear(year: 2023)!

    /// A单位 held its 三八节 in March and a sports day in October (after the date, set aside);
    /// B单位 held nothing required.
    static func report() throws -> ProgressReport {
        let criteria = try rubric()
        let inputs = TestSupport.inputs(ledgers: [
            "A单位": "A单位,2023-03-08,三八节茶话会,三八节,院级,\(TestSupport.ids("A", 1...8)),\n"
                + "A单位,2023-10-12,秋季运动会,体育活动,院级,\(TestSupport.ids("A", 1...5)),\n",
            "B单位": "B单位,2023-05-20,合唱,文化活动,院级,\(TestSupport.ids("B", 1...5)),\n",
        ])
        var (data, diagnostics) = YearDataLoader.load(inputs, criteria: criteria)
        let setAside = data.keepRecords(through: asOf)
        #expect(setAside.perUnit == [1, 0])
        #expect(setAside.places == [SourceLocation.Row(file: "activities/A单位.csv", sheet: nil, line: 3)])
        let run = EvaluationRun(data: data, loadDiagnostics: diagnostics, criteria: criteria)
        return ProgressReport(run: run, criteria: criteria, asOf: asOf, setAside: setAside.perUnit, context: .test)
    }

    @Test func marchMissedAutumnDueAndWhatWasHeldIsHeld() throws {
        let report = try Self.report()
        let states = { (union: Int) in report.requiredEvents(of: union).map { "\(report.criteria.indicators[$0.indicator].id) \($0.stateText)" } }
        #expect(states(0) == ["K2 已完成", "K7 待开展（9月、10月、11月、12月）"])
        #expect(states(1) == ["K2 已错过（3月，未开展）", "K7 待开展（9月、10月、11月、12月）"])
        // The October record is not counted in June: K7 has no points yet.
        #expect(report.run.points("A单位", "K7") == Points(0))
        #expect(report.summaryLines() == [
            "A单位：目前 \(report.run.unit("A单位").total) 分；必办活动已完成 1 项，待开展 1 项（K7 金秋活动：9月、10月、11月、12月），已错过 0 项；台账问题 0 个（错误 0 个）；另有 1 条记录日期在 2023-06-30 之后，未计入。",
            "B单位：目前 \(report.run.unit("B单位").total) 分；必办活动已完成 0 项，待开展 1 项（K7 金秋活动：9月、10月、11月、12月），已错过 1 项（K2 三八节：3月）；台账问题 0 个（错误 0 个）。",
        ])
    }

    @Test func aWindowStillOpenOnTheDateIsDueAndOneThatClosedTheDayBeforeIsMissed() {
        var june = RecordMatch()
        june.months = [5, 6]
        #expect(RequiredEventProgress(indicator: 0, match: june, held: false, asOf: CalendarDate(year: 2023, month: 6, day: 30)!, in: Self.year).state == .due)
        #expect(RequiredEventProgress(indicator: 0, match: june, held: false, asOf: CalendarDate(year: 2023, month: 7, day: 1)!, in: Self.year).state == .missed)
        var window = RecordMatch()
        window.to = MonthDay(month: 9, day: 15)
        #expect(RequiredEventProgress(indicator: 0, match: window, held: false, asOf: CalendarDate(year: 2023, month: 9, day: 16)!, in: Self.year).state == .missed)
        #expect(RequiredEventProgress(indicator: 0, match: window, held: false, asOf: CalendarDate(year: 2023, month: 9, day: 15)!, in: Self.year).window == "1月1日至9月15日")
        #expect(RequiredEventProgress(indicator: 0, match: RecordMatch(), held: true, asOf: CalendarDate(year: 2023, month: 12, day: 31)!, in: Self.year).state == .held)
    }

    @Test func eachUnitGetsAPrintableSheetWithItsEventsAndTheRecordsSetAside() throws {
        let workbook = try Self.report().workbook()
        #expect(workbook.fileName == "台账进度（截至2023-06-30）.xlsx")
        #expect(workbook.sheets.map(\.name) == ["A单位", "B单位"])
        let a = workbook.sheets[0]
        #expect(a.title == "A单位2023年度台账进度（截至 2023-06-30）")
        #expect(a.sections.first?.heading == "必办活动")
        #expect(a.sections.first?.rows.map { $0[4] } == [.text("已完成"), .text("待开展（9月、10月、11月、12月）")])
        #expect(a.noteLines.contains("台账中另有 1 条记录的日期在 2023-06-30 之后，未计入本表。"))
        #expect(!workbook.sheets[1].noteLines.contains { $0.contains("未计入本表") })
    }
}
