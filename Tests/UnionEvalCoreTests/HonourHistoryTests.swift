import Foundation
import Testing
@testable import UnionEvalCore

/// `not_awarded_within_years`: people on an earlier year's final list are not nominated again, known by
/// staff ID whatever their unit then; a year whose list is missing is said, never taken as "not awarded".
@Suite struct HonourHistoryTests {
    /// The test rubric for `year`, with `not_awarded_within_years: within` when given.
    static func rubric(year: Int = 2023, within: Int?) throws -> Criteria {
        try TestSupport.rubric { text in
            var text = text.replacingOccurrences(of: "year: 2023", with: "year: \(year)")
                .replacingOccurrences(of: "tenure_reference_date: 2023-12-31", with: "tenure_reference_date: \(year)-12-31")
            if let within {
                text = text.replacingOccurrences(of: "    minimum_activities: 2\n", with: "    minimum_activities: 2\n    not_awarded_within_years: \(within)\n")
            }
            return text
        }
    }

    /// A单位: A05 organises three times, A01 and A03 twice; all of them and A02 take part.
    static func ledger(year: Int) -> YearInputs {
        let header = "二级工会,日期,活动名称,类别,级别,组织者工号,参与者工号,成果\n"
        var rows: [String] = []
        for (day, organiser) in ["A01", "A03", "A05", "A01", "A03", "A05", "A05"].enumerated() {
            rows.append("A单位,\(year)-05-\(String(format: "%02d", day + 1)),活动\(day),文化活动,院级,\(organiser),A01;A02;A03;A05,")
        }
        var inputs = TestSupport.inputs(ledgers: [:])
        inputs.activities = [TestSupport.file("activities/A单位.csv", header + rows.joined(separator: "\n") + "\n")]
        return inputs
    }

    static func honour(_ name: String, _ union: String) -> History.Honour { History.Honour(name: name, union: union, title: "工会工作积极分子") }

    static func year(_ year: Int, honours: [String: History.Honour]?) -> History.Year {
        var earlier = History.Year(year: year, file: "history/\(year)/results.json", units: [:])
        earlier.honours = honours
        return earlier
    }

    @Test func someoneHonouredInTheLastYearsIsNotNominatedAgainWhateverTheirUnitThen() throws {
        let criteria = try Self.rubric(within: 2)
        let history = History(years: [
            // A03 was in B单位 in 2021; A05 was honoured in 2022; Z99 has left.
            2021: Self.year(2021, honours: ["A03": Self.honour("甲3", "B单位")]),
            2022: Self.year(2022, honours: ["A05": Self.honour("甲5", "A单位"), "Z99": Self.honour("离校者", "A单位")]),
            2020: Self.year(2020, honours: ["A01": Self.honour("甲1", "A单位")]),
        ], folder: "history")
        let run = EvaluationRun(inputs: Self.ledger(year: 2023), criteria: criteria, history: history)
        let nomination = try #require(run.nomination)
        #expect(nomination.decisions[run.member("A03")] == .ineligible([.honouredBefore(years: [2021], title: "工会工作积极分子")]))
        #expect(nomination.decisions[run.member("A05")].reasonText == "2022年已获评工会工作积极分子")
        // 2020 is beyond the two years: A01 may be nominated again.
        #expect(nomination.decisions[run.member("A01")] == .nominated)
        #expect(!run.diagnostics.contains { $0.code == "W-HISTORY-MISSING" })
        #expect(PersonExplanation.lines(for: run.member("A03"), run: run, criteria: criteria).contains(
            "往年获评（近 2 年不再推荐，按工号核对 2021、2022年）：2021年工会工作积极分子（当年在B单位）"))
        #expect(PersonExplanation.lines(for: run.member("A01"), run: run, criteria: criteria).contains(
            "往年获评（近 2 年不再推荐，按工号核对 2021、2022年）：未获评"))

        let workbook = ActivistReport(data: run.data, criteria: criteria, nomination: nomination, diagnostics: run.diagnostics, context: .test).workbook()
        let summary = try #require(workbook.sheets.first { $0.name == "近三年获评名单" })
        #expect(summary.columns == ["序号", "工号", "姓名", "现二级工会", "2021年", "2022年", "2023年", "获评次数"])
        #expect(summary.title == "2021、2022、2023年工会工作积极分子获评名单汇总表")
        let rows = (0..<summary.rowCount).map { summary.row($0).map(\.displayText) }
        let nominees = nomination.nominees.map { run.data.members[$0].staffID }
        // Everyone of the three lists, this year's nominees among them, by unit now and staff ID; the one who left last.
        #expect(rows.map { $0[1] } == Set(nominees + ["A03", "A05"]).sorted() + ["Z99"])
        #expect(nominees.contains("A01"))
        #expect(rows.first { $0[1] == "A01" }?.suffix(4) == ["", "", "工会工作积极分子", "1"])
        #expect(rows.first { $0[1] == "A03" }?.dropFirst() == ["A03", "甲3", "A单位", "工会工作积极分子", "", "", "1"])
        #expect(rows.last?.dropFirst() == ["Z99", "离校者", "（不在本年度名册）", "", "工会工作积极分子", "", "1"])
    }

    @Test func aMissingYearIsSaidAndNotTakenAsNotHonoured() throws {
        let criteria = try Self.rubric(within: 3)
        let history = History(years: [
            2022: Self.year(2022, honours: ["A05": Self.honour("甲5", "A单位")]),
            // 2021's run had no activists: no list, which is not an empty one.
            2021: Self.year(2021, honours: nil),
        ], folder: "history")
        let run = EvaluationRun(inputs: Self.ledger(year: 2023), criteria: criteria, history: history)
        let missing = run.diagnostics.filter { $0.code == "W-HISTORY-MISSING" }
        #expect(missing.map(\.rawValue) == ["2020", "2021"])
        #expect(missing.first?.message.contains("“近 3 年已获评工会工作积极分子的不再推荐”需要 2020 年的最终名单") == true)
        let nomination = try #require(run.nomination)
        #expect(nomination.honours.missing == [2020, 2021])
        #expect(PersonExplanation.lines(for: run.member("A01"), run: run, criteria: criteria).contains(
            "往年获评（近 3 年不再推荐，按工号核对 2020、2021、2022年）：未获评；2020、2021年缺少评选结果，未核对"))
        let workbook = ActivistReport(data: run.data, criteria: criteria, nomination: nomination, diagnostics: run.diagnostics, context: .test).workbook()
        let candidates = try #require(workbook.sheets.first { $0.name == "候选人明细" })
        #expect(candidates.noteLines == ["未核对 2020、2021年是否已获评工会工作积极分子（历史目录中没有该年含推荐名单的评选结果），不当作未获评；补上该年结果后重新运行。"])
        let summary = try #require(workbook.sheets.first { $0.name == "近三年获评名单" })
        #expect(summary.columns.contains("2021年（缺少结果）"))
    }

    @Test func withoutTheRuleNobodyIsHeldBackAndNothingIsMissing() throws {
        let criteria = try Self.rubric(within: nil)
        let history = History(years: [2022: Self.year(2022, honours: ["A05": Self.honour("甲5", "A单位")])], folder: "history")
        let run = EvaluationRun(inputs: Self.ledger(year: 2023), criteria: criteria, history: history)
        #expect(run.nomination?.decisions[run.member("A05")] == .nominated)
        #expect(!run.diagnostics.contains { $0.code == "W-HISTORY-MISSING" })
    }

    /// Two chained runs: 2022's results.json, read back as history, holds A01 out of 2023.
    @Test func lastYearsResultsFeedThisYearsHistory() throws {
        let lastYear = try Self.rubric(year: 2022, within: nil)
        let run2022 = EvaluationRun(inputs: Self.ledger(year: 2022), criteria: lastYear)
        let nominated2022 = run2022.nomination!.nominees.map { run2022.data.members[$0].staffID }
        #expect(!nominated2022.isEmpty)
        let json = try ResultsDocument(run: run2022, criteria: lastYear, context: .test).json()
        var log = DiagnosticLog()
        let history = HistoryReader.read(
            [InputFile(path: "output/2022/results.json", bytes: json)], folder: "output", currentYear: 2023, log: &log)
        #expect(log.diagnostics.isEmpty)
        #expect(history.years[2022]?.honours?.keys.sorted() == nominated2022.sorted())
        let run2023 = EvaluationRun(inputs: Self.ledger(year: 2023), criteria: try Self.rubric(within: 1), history: history)
        for staffID in nominated2022 {
            #expect(run2023.nomination!.decisions[run2023.member(staffID)].reasonText == "2022年已获评工会工作积极分子")
        }
    }
}
