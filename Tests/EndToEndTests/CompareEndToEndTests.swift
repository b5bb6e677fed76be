import Foundation
import Testing
import WorkbookReadBack

/// Draft to final with the real binary: the bundled year, then a copy where one ledger row's date is
/// corrected into the year and one adjustment raised, run with `--compare-with`; 变化对照.xlsx read back
/// by header. `compare` on the same two folders writes the same bytes.
@Suite(.serialized) struct CompareEndToEndTests {
    @Test func aCorrectedRowAndARaisedAdjustmentAreExplainedByHeader() throws {
        let folder = try CommandLineRunner.workspace()
        let draft = try CommandLineRunner.run(["run", "--out", "output/draft", "--as-of", "2023-12-20"], in: folder)
        #expect(draft.status == 1, "\(draft.standardError)")

        let manager = FileManager.default
        try manager.copyItem(atPath: "\(folder)/inputs/2023", toPath: "\(folder)/inputs/final")
        try edit("\(folder)/inputs/final/activities/传媒学院分工会.csv", "传媒学院分工会,2022-12-28,2022年度总结会", "传媒学院分工会,2023-01-04,2022年度总结会")
        try edit("\(folder)/inputs/final/adjustments.csv", "财经学院分工会,加分,2,", "财经学院分工会,加分,3,")

        let final = try CommandLineRunner.run(
            ["run", "--inputs", "inputs/final", "--out", "output/final", "--as-of", "2023-12-21", "--compare-with", "output/draft"], in: folder)
        #expect(final.status == 1, "\(final.standardError)")
        let lines = final.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains("已生成：output/final/变化对照.xlsx"))
        #expect(lines.last == "与上次相比：名次变化 2 个单位，推荐结果变化 2 个单位、2 人，输入文件变化 2 个")

        let workbook = try ReadBackWorkbook.read("\(folder)/output/final/变化对照.xlsx")
        #expect(workbook.sheets.map(\.name) == ["单位变化", "指标变化", "台账变化", "人员变化", "输入变化", "说明"])

        let units = try #require(workbook.sheet("单位变化"))
        let unit = try #require(units.column("单位"))
        let total = try #require(units.column("总分变化"))
        let parts = units.header.indices.filter {
            units.header[$0].hasSuffix("变化") && ![total, units.column("名次变化"), units.column("主要变化")].contains($0)
        }
        #expect(parts.count == 8, "\(units.header)")
        // The note under the table has no total.
        for row in units.body where row[total]?.number != nil {
            // 扣分变化 counts against the total; every other part for it.
            let sum = parts.reduce(0.0) { $0 + (units.header[$1] == "扣分变化" ? -1 : 1) * (row[$1]?.number ?? 0) }
            #expect(abs(sum - (row[total]?.number ?? .nan)) < 0.001, "\(row)")
        }
        let media = try #require(units.body.first { $0[unit]?.text == "传媒学院分工会" })
        #expect(media[try #require(units.column("名次变化"))]?.text == "上升 1")
        #expect(media[total]?.number == 3)
        #expect(media[try #require(units.column("上次结果"))]?.text == "未推荐")
        #expect(media[try #require(units.column("本次结果"))]?.text == "推荐")
        #expect(units.body.first?[unit]?.text == "传媒学院分工会", "ordered by the size of the change")

        let indicators = try #require(workbook.sheet("指标变化"))
        let (who, kind, newPlace, why) = (
            try #require(indicators.column("单位")), try #require(indicators.column("原因类别")),
            try #require(indicators.column("本次位置")), try #require(indicators.column("原因")))
        let mediaCauses = indicators.body.filter { $0[who]?.text == "传媒学院分工会" }
        #expect(mediaCauses.count == 2)
        #expect(mediaCauses.allSatisfy { $0[kind]?.text == "更正记录" && $0[newPlace]?.text == "activities/传媒学院分工会.csv 第 32 行" })
        let finance = try #require(indicators.body.first { $0[who]?.text == "财经学院分工会" })
        #expect(finance[try #require(indicators.column("指标"))]?.text == "校工会加分")
        #expect(finance[why]?.text == "加分：承办全校教职工迎新春联欢会：2.0 分 → 3.0 分")

        let ledger = try #require(workbook.sheet("台账变化"))
        #expect(ledger.body.count == 1)
        #expect(ledger.body.first?[try #require(ledger.column("说明"))]?.text == "上次未使用：不在 2023 评选年度内；日期 2022-12-28 → 2023-01-04")

        // 传媒学院 is now recommended: its quota grows, and two people waiting on it join the list.
        let people = try #require(workbook.sheet("人员变化"))
        let (personUnit, personChange, personReason) = (
            try #require(people.column("单位")), try #require(people.column("变化")), try #require(people.column("原因")))
        #expect(people.body.count == 2)
        #expect(people.body.allSatisfy { $0[personUnit]?.text == "传媒学院分工会" && $0[personChange]?.text == "新增推荐" })
        #expect(people.body.allSatisfy { ($0[personReason]?.text ?? "").contains("上次名额已满；本单位名额 3 → 5（本单位评选结果 未推荐 → 推荐）") }, "\(people.body)")

        let inputs = try #require(workbook.sheet("输入变化"))
        let change = try #require(inputs.column("变化"))
        #expect(inputs.body.filter { $0[change]?.text == "内容变化" }.compactMap { $0[0]?.text } == ["activities/传媒学院分工会.csv", "adjustments.csv"])

        // The same comparison by `compare`: byte for byte, with `--as-of`.
        let compared = try CommandLineRunner.run(
            ["compare", "output/draft", "output/final", "--out", "output/compare", "--as-of", "2023-12-21"], in: folder)
        #expect(compared.status == 0, "\(compared.standardError)")
        #expect(compared.standardOutput == "已生成：output/compare/变化对照.xlsx\n与上次相比：名次变化 2 个单位，推荐结果变化 2 个单位、2 人，输入文件变化 2 个\n")
        #expect(manager.contents(atPath: "\(folder)/output/compare/变化对照.xlsx") == manager.contents(atPath: "\(folder)/output/final/变化对照.xlsx"))
    }

    @Test func aFolderWithoutResultsIsRefusedWithStatusTwo() throws {
        let folder = try CommandLineRunner.workspace()
        let compared = try CommandLineRunner.run(["compare", "output/none", "output/final"], in: folder)
        #expect(compared.status == 2)
        #expect(compared.standardError == "找不到 output/none/results.json：请指定 unioneval run 的输出目录（其中有 results.json）。\n")
    }

    private func edit(_ path: String, _ old: String, _ new: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(old), "\(path)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }
}
