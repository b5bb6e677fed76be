import Foundation
import Testing
import WorkbookReadBack

/// The third bundled rubric (criteria/院系与机关分组考核.yaml) on its demo year (inputs/2023-grouped):
/// two groups with their own places, a precondition, an item of two rules, a roster rate and a score
/// range, read back from the workbook by header.
@Suite(.serialized) struct GroupedRubricEndToEndTests {
    @Test func theGroupedRubricRanksEachGroupAndShowsWhyEveryPointIsThere() throws {
        let folder = try CommandLineRunner.workspace()
        let result = try CommandLineRunner.run(
            ["run", "--as-of", "2023-12-20", "--inputs", "inputs/2023-grouped", "--criteria", "criteria/院系与机关分组考核.yaml", "--out", "output/grouped"],
            in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("检查完成：错误 0 个，警告 0 个"))
        let workbook = try ReadBackWorkbook.read("\(folder)/output/grouped/先进基层工会评选结果.xlsx")

        let summary = try #require(workbook.sheet("排名汇总"))
        let (_, group, rank, decision, total, scaled) = (
            try #require(summary.column("二级工会")), try #require(summary.column("组别")), try #require(summary.column("排名")),
            try #require(summary.column("评选结果")), try #require(summary.column("总分")), try #require(summary.column("折算合计")))
        let rows = summary.body.filter { $0[rank]?.number != nil }
        #expect(rows.count == 16)
        // Grouped, then by rank within the group: 院系 1…10, then 机关 1…6.
        let groups: [String] = rows.map { $0[group]?.text ?? "" }
        let ranks: [Int] = rows.map { Int($0[rank]?.number ?? 0) }
        let expectedGroups: [String] = Array(repeating: "院系", count: 10) + Array(repeating: "机关", count: 6)
        let expectedRanks: [Int] = Array(1...10) + Array(1...6)
        #expect(groups == expectedGroups)
        #expect(ranks == expectedRanks)
        // Each group's own places: 25% of ten 院系 (two), and two 机关.
        let recommended = rows.filter { $0[decision]?.text == "推荐" }
        let recommendedGroups: [String] = recommended.map { $0[group]?.text ?? "" }
        #expect(recommendedGroups == ["院系", "院系", "机关", "机关"])
        #expect(summary.body.contains { $0.first??.text?.hasPrefix("院系组：10 个单位，名额 2 个（本组单位数的 25%，向下取整），名额线 ") == true })
        // A 院系 unit's total is its items; a 机关 unit's is scaled from 92 to 100.
        let office = try #require(rows.first { $0[group]?.text == "机关" })
        let teaching = try #require(rows.first { $0[group]?.text == "院系" })
        #expect(office[scaled]?.number != nil && teaching[scaled]?.number != nil)
        #expect(abs((teaching[total]?.number ?? 0) - (teaching[scaled]?.number ?? 0)) < 5.01)

        let evidence = try #require(workbook.sheet("指标依据"))
        let (evidenceUnit, indicator, points, basis) = (
            try #require(evidence.column("二级工会")), try #require(evidence.column("指标")), try #require(evidence.column("得分")),
            try #require(evidence.column("依据")))
        func line(_ name: String, _ id: String) -> [ReadBackWorkbook.Value?]? {
            evidence.body.first { $0[evidenceUnit]?.text == name && $0[indicator]?.text?.hasPrefix(id + " ") == true }
        }
        // A precondition: 教务处 held no 会员大会, so the committee's A3 does not count.
        let assembly = try #require(line("教务处分工会", "A3"))
        #expect(assembly[points]?.number == 0)
        #expect(assembly[basis]?.text?.hasSuffix("未满足前提（台账中至少 1 条“会员大会”类活动记录，实有 0 条），本项不得分") == true)
        // Two rules in one item: 经济学院's 教代会 was held (8) and short of attendance (−3).
        let congress = try #require(line("经济学院分工会", "C1"))
        #expect(congress[points]?.number == 5)
        #expect(congress[basis]?.text == "召开二级教代会 8.0 分（1 次（需 1 次）已完成）；代表到会率 -3.0 分（1 次，扣 3.0 分）；合计 5.0 分")
        #expect(line("艺术学院分工会", "C1")?[points]?.number == 0)
        #expect(line("党政办公室分工会", "C1")?[basis]?.text == "不适用（本项只适用于院系组）")
        // The roster rate: 教务处 has 29 staff, 28 of them members.
        #expect(line("教务处分工会", "A2")?[basis]?.text == "96.6%（28/29）")

        let rubric = try #require(workbook.sheet("评分标准"))
        #expect(rubric.body.contains { $0.first??.text == "机关组：适用的各项满分合计 92.0 分，各项得分合计按 100.0 分折算（× 100.0 ÷ 92.0，再加加分项和校工会加减分）；名额固定 2 个。" })
        let notice = try #require(workbook.sheet("单位公示"))
        #expect(notice.header == ["序号", "单位名称", "组别"])
        #expect(rubric.body.contains { $0.contains { $0?.text?.hasPrefix("各组按总分从高到低排名，同分同名次；分组评选：院系组名额为本组单位数的 25%，向下取整，机关组名额固定 2 个") == true } })
        #expect(result.standardOutput.contains("先进基层工会：名额 4 个，推荐 4 个。\n  院系组：名额 2 个，推荐 2 个。\n  机关组：名额 2 个，推荐 2 个。\n"))

        let feedback = try ReadBackWorkbook.read("\(folder)/output/grouped/各单位得分反馈.xlsx")
        let sheet = try #require(feedback.sheet("教务处分工会"))
        #expect(sheet.rows.flatMap { $0 }.contains { $0?.text?.contains("机关组第 3 名（共 6 个单位）") == true })
        // 二级教代会 is no required event for an office: it is not listed as one it missed.
        let texts = sheet.rows.map { $0.compactMap { $0?.text }.joined(separator: " ") }
        if let missed = texts.firstIndex(where: { $0.hasPrefix("必办活动未完成") }) {
            #expect(!texts[missed...].contains { $0.contains("C1 二级教代会") || $0.contains("二级教代会") && $0.contains("全校") })
        }
        #expect(texts.contains { $0.contains("不适用（本项只适用于院系组）") })
        // The feedback shows the scaled sum the total is made of.
        #expect(texts.contains { $0.hasPrefix("折算合计") && $0.contains("本组各项满分合计 92.0 分") })
    }
}
