import Foundation
import Testing
import WorkbookReadBack

/// 近三年获评的不再推荐, with the real binary: last year's results.json (a run of the demo year filed as
/// 2022) holds its nominees out of this year, each with the reason; a year missing from the history
/// is said and not taken as "not awarded"; the 近三年获评名单 sheet lists the three years.
@Suite(.serialized) struct HonourHistoryEndToEndTests {
    @Test func lastYearsNomineesAreNotNominatedAgainAndAMissingYearIsSaid() throws {
        let folder = try CommandLineRunner.workspace()
        let first = try CommandLineRunner.run(["run", "--out", "output/first", "--as-of", "2023-12-20"], in: folder)
        #expect(first.status == 1, "\(first.standardError)")
        // The first run's results, filed as last year's.
        let resultsPath = "\(folder)/output/first/results.json"
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: resultsPath))) as! [String: Any]
        let lastYearsNominees = (json["nominations"] as! [[String: Any]]).map { $0["staffID"] as! String }
        #expect(json["activistTitle"] as? String == "工会工作积极分子")
        json["year"] = 2022
        try FileManager.default.createDirectory(atPath: "\(folder)/history/2022", withIntermediateDirectories: true)
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: "\(folder)/history/2022/results.json"))

        let rubric = "\(folder)/criteria/先进基层工会.yaml"
        let text = try String(contentsOfFile: rubric, encoding: .utf8)
        try text.replacingOccurrences(of: "    minimum_activities: 3\n", with: "    minimum_activities: 3\n    not_awarded_within_years: 2\n")
            .write(toFile: rubric, atomically: true, encoding: .utf8)
        let second = try CommandLineRunner.run(["run", "--out", "output/second", "--history", "history", "--as-of", "2023-12-20"], in: folder)
        #expect(second.status == 1, "\(second.standardError)")
        #expect(second.standardError.contains("""
            history:0:0: 警告: “近 2 年已获评工会工作积极分子的不再推荐”需要 2021 年的最终名单，但历史目录 history 中没有 2021 年含推荐名单的 results.json：\
            2021 年未核对（不当作未获评），“候选人明细”中注明；请把 2021 年的输出目录放入历史目录后重新运行。（原值：2021） [W-HISTORY-MISSING]
            """))

        let workbook = try ReadBackWorkbook.read("\(folder)/output/second/工会工作积极分子推荐名单.xlsx")
        let candidates = try #require(workbook.sheet("候选人明细"))
        let (id, reason) = (try #require(candidates.column("工号")), try #require(candidates.column("未推荐原因")))
        let reasons = Dictionary(candidates.body.compactMap { row in row[id]?.text.map { ($0, row[reason]?.text ?? "") } }, uniquingKeysWith: { a, _ in a })
        #expect(lastYearsNominees.count > 20)
        for staffID in lastYearsNominees { #expect(reasons[staffID]?.contains("2022年已获评工会工作积极分子") == true, "\(staffID)") }
        #expect(candidates.rows.contains { ($0[0]?.text ?? "").hasPrefix("未核对 2021年是否已获评工会工作积极分子") })
        let nominees = try #require(workbook.sheet("推荐名单"))
        let nomineeID = try #require(nominees.column("工号"))
        let nominated = Set(nominees.body.compactMap { $0[nomineeID]?.text })
        #expect(nominated.intersection(lastYearsNominees).isEmpty)

        let summary = try #require(workbook.sheet("近三年获评名单"))
        #expect(summary.header == ["序号", "工号", "姓名", "现二级工会", "2021年（缺少结果）", "2022年", "2023年", "获评次数"])
        let (summaryID, lastYear, thisYear) = (
            try #require(summary.column("工号")), try #require(summary.column("2022年")), try #require(summary.column("2023年")))
        let listed = Dictionary(summary.body.compactMap { row in row[summaryID]?.text.map { ($0, row) } }, uniquingKeysWith: { a, _ in a })
        for staffID in lastYearsNominees { #expect(listed[staffID]?[lastYear]?.text == "工会工作积极分子", "\(staffID)") }
        #expect(listed.count == lastYearsNominees.count + nominated.count)
        #expect(summary.body.filter { $0[thisYear]?.text == "工会工作积极分子" }.count == nominated.count)
    }
}
