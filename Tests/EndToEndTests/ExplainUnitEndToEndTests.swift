import Foundation
import Testing
import WorkbookReadBack

/// `explain --unit`: a unit's score told record by record, adding up to the workbook's total.
@Suite(.serialized) struct ExplainUnitEndToEndTests {
    @Test func everyUnitsExplainedTotalIsTheWorkbooksTotal() throws {
        let folder = try CommandLineRunner.workspace()
        _ = try CommandLineRunner.run(["run", "--out", "output/2023"], in: folder)
        let summary = try #require(try ReadBackWorkbook.read("\(folder)/output/2023/先进基层工会评选结果.xlsx").sheet("排名汇总"))
        let header = summary.header
        let name = try #require(header.firstIndex(of: "二级工会"))
        let total = try #require(header.firstIndex(of: "总分"))
        let units = summary.body.filter { $0[name]?.text != nil }
        #expect(units.count == 20)
        for row in units {
            let unit = try #require(row[name]?.text)
            let explained = try CommandLineRunner.run(["explain", "--unit", unit], in: folder)
            #expect(explained.status == 0, "\(unit): \(explained.standardError)")
            let lines = explained.standardOutput.split(separator: "\n").map(String.init)
            let totalLine = try #require(lines.first { $0.hasPrefix("总分 ") }, "\(unit)")
            let stated = Double(totalLine.dropFirst(3).prefix { $0 != "：" })
            #expect(stated == row[total]?.number, "\(unit): \(totalLine)")
        }
    }

    @Test func aUnitIsToldIndicatorByIndicatorWithItsRecords() throws {
        let folder = try CommandLineRunner.workspace()
        let explained = try CommandLineRunner.run(["explain", "--unit", "管理学院分工会"], in: folder)
        let lines = explained.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.prefix(3) == [
            "管理学院分工会（会员 74 人）", "总分 92.3：各一级指标 92.3 + 加分 0.0 − 扣分 0.0", "排名第 1（共 20 个单位），评选结果：推荐为先进基层工会",
        ])
        #expect(lines.contains("  A1 政治理论学习：6.0 分（满分 6.0）——3 次"))
        #expect(lines.contains("    inputs/2023/activities/管理学院分工会.csv:33 2023-03-05 学习宣传贯彻党的二十大精神集体学习 [政治学习] +2.0（每次 2.0 分）"))
        // The vetoed unit says so, with the reason and where it was entered.
        let vetoed = try CommandLineRunner.run(["explain", "--unit", "信息工程学院分工会"], in: folder)
        #expect(vetoed.standardOutput.contains("评选结果：不得评选（一票否决：发生违反中央八项规定精神问题，经校工会委员会认定）\n"))
        #expect(vetoed.standardOutput.contains("一票否决：发生违反中央八项规定精神问题，经校工会委员会认定（inputs/2023/adjustments.csv 第4行第4列）\n"))
    }

    @Test func anUnknownUnitOrNoChoiceIsExitStatusTwo() throws {
        let folder = try CommandLineRunner.workspace()
        let unknown = try CommandLineRunner.run(["explain", "--unit", "管理学院工会"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.standardError == "参评单位中没有“管理学院工会”。是否应为“管理学院分工会”？\n")
        let neither = try CommandLineRunner.run(["explain"], in: folder)
        #expect(neither.status == 2)
        #expect(neither.standardError.contains("请用 --unit 名称 或 --person 工号 指定要说明的单位或人员（二者选一）。"))
    }
}
