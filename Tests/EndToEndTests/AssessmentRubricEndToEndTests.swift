import Foundation
import Testing
import WorkbookReadBack

/// The second bundled rubric on its own demo year, as the README runs it: grades, titles against last
/// years' results, self-assessment, a weighted total and the other rules of another union's rubric.
@Suite(.serialized) struct AssessmentRubricEndToEndTests {
    static let arguments = [
        "run", "--inputs", "inputs/2023-assessment", "--criteria", "criteria/二级工会工作考核.yaml", "--history",
        "inputs/assessment-history", "--out", "output/2023-assessment",
    ]

    @Test func theSecondRubricGradesTitlesAndComparesWithLastYear() throws {
        let folder = try CommandLineRunner.workspace()
        let result = try CommandLineRunner.run(Self.arguments, in: folder)
        // Warnings only (late records, a missing ledger, a unit's peer score of itself): exit status 0.
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("错误 0 个"))
        #expect(result.standardError.contains("互评中本单位给自己打的分不计入（互评只计其他单位的评分），本行未使用。（原值：数学学院分工会） [W-PEER-OWN]"))
        #expect(result.standardOutput.contains("等次：优秀 3 个，良好 5 个，合格 1 个，不合格 3 个。"))
        #expect(result.standardOutput.contains("称号：年度标杆职工之家 0 个，模范职工之家 1 个，先进职工之家 2 个，合格职工之家 3 个；“年度标杆职工之家”本年度空缺。"))

        let workbook = try ReadBackWorkbook.read("\(folder)/output/2023-assessment/先进基层工会评选结果.xlsx")
        #expect(workbook.sheets.map(\.name) == ["排名汇总", "排名说明", "指标得分", "指标依据", "自评对照", "总分图表", "维度对比", "计分依据", "数据问题", "评分标准", "单位公示", "说明"])
        let summary = try #require(workbook.sheet("排名汇总"))
        let header = summary.header
        let column = { (name: String) throws -> Int in try #require(header.firstIndex(of: name), "no column \(name)") }
        let weighted = try column("加权合成")
        let bonusDimension = try column("工作成效加分")
        let bonus = try column("加分")
        let deduction = try column("扣分")
        let total = try column("总分")
        let units = Array(summary.body.prefix { $0[1]?.text?.hasSuffix("分工会") == true })
        #expect(units.count == 12)
        for row in units {
            let computed = (row[weighted]?.number ?? 0) + (row[bonusDimension]?.number ?? 0) + (row[bonus]?.number ?? 0)
                - (row[deduction]?.number ?? 0)
            #expect(abs(computed - (row[total]?.number ?? -1)) < 0.001, "\(row[1]?.text ?? "")")
        }
        let byName = Dictionary(uniqueKeysWithValues: units.map { ($0[1]?.text ?? "", $0) })
        // How safe each decision is: the two recommended units and the first below the line say what flips them.
        let margin = try column("距名额线")
        #expect(units.allSatisfy { $0[margin]?.number != nil })
        // The texts behind each line are on 排名说明, a row per unit and note.
        let notes = try #require(workbook.sheet("排名说明"))
        let (noteUnit, topic, text) = (try #require(notes.column("二级工会")), try #require(notes.column("事项")), try #require(notes.column("说明")))
        let flips = notes.body.filter { $0[topic]?.text == "改变结果的最小单项变化" }
        #expect(flips.count == 3)
        func remarks(of unit: String) -> [String] {
            notes.body.filter { $0[noteUnit]?.text == unit && $0[topic]?.text == "备注" }.compactMap { $0[text]?.text }
        }
        let first = try #require(byName["文学院分工会"])
        #expect(first[try column("等次")]?.text == "优秀")
        // 先进职工之家 in 2021 and 2022 (inputs/assessment-history): 模范 this year.
        #expect(first[try column("称号")]?.text == "模范职工之家")
        #expect(first[try column("2022年名次")]?.number == 4)
        #expect(first[try column("名次变化")]?.text == "↑3")
        let newcomer = try #require(byName["附属医院分工会"])
        #expect(newcomer[try column("名次变化")]?.text == "新参评")
        #expect(newcomer[try column("扣分")]?.number == 5)
        _ = try #require(byName["体育学院分工会"])
        #expect(remarks(of: "体育学院分工会").contains { $0.contains("“良好”：“队伍建设”得分") })
        #expect(summary.rows.contains { $0[0]?.text == "“年度标杆职工之家”：本年度空缺，没有单位符合全部条件（见“评分标准”表）。" })

        let selfSheet = try #require(workbook.sheet("自评对照"))
        let selfHeader = selfSheet.header
        #expect(selfHeader == ["排名", "二级工会", "指标", "满分", "自评分", "考评分", "差额（自评−考评）", "核对提示"])
        let flagged = selfSheet.body.filter { ($0[7]?.text ?? "").hasPrefix("自评高出考评") }
        #expect(!flagged.isEmpty)
        #expect(flagged.allSatisfy { ($0[6]?.number ?? 0) > 2 })

        // The evidence sheet says why a late record did not count.
        let evidence = try #require(workbook.sheet("计分依据"))
        #expect(evidence.rows.contains { ($0[10]?.text ?? "").hasPrefix("未使用：逾期上报（活动后第 ") })

        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: "\(folder)/output/2023-assessment/results.json"))) as! [String: Any]
        let unitResults = json["units"] as! [[String: Any]]
        let top = try #require(unitResults.first { $0["union"] as? String == "文学院分工会" })
        #expect(top["grade"] as? String == "优秀")
        #expect(top["title"] as? String == "模范职工之家")
        #expect(top["previousRank"] as? Int == 4)
        let indicators = top["indicators"] as! [String: [String: Any]]
        #expect(indicators["A3"]?["selfScore"] != nil)
        #expect((indicators["A3"]?["measured"] as? String)?.contains("合成：自评") == true)
        #expect(json["vacantGrades"] as? [String] == ["年度标杆职工之家"])

        // The activists' quota: of dues-paying members; gone for the late, the missing and the revoked.
        let activists = try ReadBackWorkbook.read("\(folder)/output/2023-assessment/工会工作积极分子推荐名单.xlsx")
        let quotas = try #require(activists.sheet("名额分配"))
        let quotaHeader = quotas.header
        #expect(quotaHeader[1] == "缴纳会费的会员人数")
        let reasons = try #require(quotaHeader.firstIndex(of: "取消名额原因"))
        let revoked = quotas.body.filter { !($0[reasons]?.text ?? "").isEmpty }.map { $0[0]?.text ?? "" }
        #expect(revoked.sorted() == ["体育学院分工会", "法学院分工会", "附属医院分工会"])

        // The selection as the demo year's rules decide it: history, roster exclusions, the composition
        // limits, the ballot and 公示 — each said where the person is listed, and on the list as a whole.
        #expect(result.standardOutput.contains("比例限制：2 项，为此调整 1 人，均已满足。"))
        #expect(result.standardOutput.contains("经投票（赞成票须达到实到人数的过半数，实到 23 人）：3 人未获通过，已从名单中撤下（见“候选人明细”）。"))
        #expect(result.standardOutput.contains("公示期满，收到异议 2 件：成立 1 件，已从名单中撤下 数学学院分工会 罗洋建（"))
        let candidates = try #require(activists.sheet("候选人明细"))
        let (id, outcome, why, change) = (
            try #require(candidates.column("工号")), try #require(candidates.column("结果")), try #require(candidates.column("未推荐原因")),
            try #require(candidates.column("名单调整")))
        let row = { (staffID: String) in candidates.body.first { $0[id]?.text == staffID } }
        // The roster columns the rules read are on the sheet, so who counts where can be checked.
        #expect(candidates.header.contains("性别") && candidates.header.contains("行政职务"))
        // 文学院's best candidate was on 2022's list (inputs/assessment-history/2022/results.json).
        #expect(row("Z0017")?[why]?.text == "2022年已获评工会工作积极分子")
        #expect(row("Z0013")?[why]?.text == "行政职务为“处级”，不参加推荐")
        #expect(row("Z0120")?[outcome]?.text == "投票未通过")
        #expect(row("Z0120")?[why]?.text == "投票未通过：赞成 9 票，实到 23 人，未达过半数")
        #expect(row("Z0096")?[outcome]?.text == "公示异议成立")
        #expect(row("Z0104")?[change]?.text == "因罗洋建的公示异议成立，按得分递补（未经原公示，须另行公示）")
        #expect(row("Z0259")?[change]?.text == "公示期间有异议（反映其参加活动次数不足，经核查台账记录无误），经核实不成立")
        #expect(row("Z0513")?[why]?.text == "因“科级干部不超过15%”未推荐")
        #expect(row("Z0567")?[change]?.text == "因“科级干部不超过15%”推荐，替换 彭欣涛（Z0513）")
        // A place a failed vote freed, with three equal candidates waiting: the unit chooses, and each is told.
        #expect(row("Z0125")?[outcome]?.text == "并列待定")
        #expect(row("Z0120")?[change]?.text?.hasPrefix("名额由本单位在得分、组织次数和参与次数都相同的 黄强（Z0125）") == true)
        let nominees = try #require(activists.sheet("推荐名单"))
        #expect(nominees.header.suffix(3) == ["赞成票", "得票率", "名单调整"])
        let nomineeIDs = nominees.body.compactMap { $0[2]?.text }
        #expect(nomineeIDs.count == 20 && nomineeIDs.contains("Z0104") && !nomineeIDs.contains("Z0096"))
        #expect(try #require(activists.sheet("近三年获评名单")).header == ["序号", "工号", "姓名", "现二级工会", "2021年", "2022年", "2023年", "获评次数"])
        #expect(quotas.rows.contains { $0[0]?.text == "  科级干部不超过15%：推荐 20 人，其中 3 人（至多 3 人），已满足；为此调整 1 人" })
    }

    @Test func lastYearsRunFeedsThisYearsWhenOutputsSitSideBySide() throws {
        // Without --history, the folder beside --out is searched: a copy of the history there is found.
        let folder = try CommandLineRunner.workspace()
        try FileManager.default.createDirectory(atPath: "\(folder)/output", withIntermediateDirectories: true)
        for year in ["2021", "2022"] {
            try FileManager.default.copyItem(atPath: "\(folder)/inputs/assessment-history/\(year)", toPath: "\(folder)/output/\(year)")
        }
        let arguments = Array(Self.arguments.prefix(5)) + ["--out", "output/2023"]
        let result = try CommandLineRunner.run(arguments, in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("模范职工之家 1 个"))
        // Without any history the titles that need one are not given, and the run says so.
        let alone = try CommandLineRunner.run(Array(Self.arguments.prefix(5)) + ["--out", "elsewhere/2023"], in: folder)
        #expect(alone.standardError.contains("[W-HISTORY-MISSING]"))
        #expect(alone.standardOutput.contains("模范职工之家 0 个，先进职工之家 0 个"))
    }
}
