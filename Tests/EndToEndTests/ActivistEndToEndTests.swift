import Foundation
import Testing
import WorkbookReadBack

@Suite(.serialized) struct ActivistEndToEndTests {
    @Test func theDemoYearYieldsAPlausibleNominationListAndAPrivatePublicNotice() throws {
        let folder = try CommandLineRunner.workspace()
        let result = try CommandLineRunner.run(["run"], in: folder)
        #expect(result.standardOutput.contains("已生成：output/2023/工会工作积极分子推荐名单.xlsx"))
        let workbook = try ReadBackWorkbook.read("\(folder)/output/2023/工会工作积极分子推荐名单.xlsx")
        #expect(workbook.sheets.map(\.name) == ["推荐名单", "名额分配", "候选人明细", "公示名单", "近三年获评名单", "说明"])

        let nomineeSheet = try #require(workbook.sheet("推荐名单"))
        let nominees = nomineeSheet.body
        let unit = try #require(nomineeSheet.column("二级工会"))
        let reason = try #require(nomineeSheet.column("推荐理由"))
        #expect(nominees.count > 20)
        #expect(Set(nominees.map { $0[unit]?.text ?? "" }).count > 10, "nominees come from many units")
        #expect(nominees.allSatisfy { ($0[reason]?.text ?? "").contains("次") }, "every nominee has a written reason")

        let quotaSheet = try #require(workbook.sheet("名额分配"))
        let (quotaColumn, nominated, unused) = (
            try #require(quotaSheet.column("名额")), try #require(quotaSheet.column("已推荐")), try #require(quotaSheet.column("未用名额")))
        for row in quotaSheet.body {
            let quota = try #require(row[quotaColumn]?.number)
            #expect(try #require(row[nominated]?.number) <= quota)
            #expect(row[unused]?.number == quota - (row[nominated]?.number ?? 0))
        }
        let candidateSheet = try #require(workbook.sheet("候选人明细"))
        let candidates = candidateSheet.body
        let reasonColumn = try #require(candidateSheet.column("未推荐原因"))
        let reasons = candidates.compactMap { $0[reasonColumn]?.text }
        #expect(reasons.contains { $0.hasPrefix("不予推荐（") })
        #expect(reasons.contains { $0.contains("工会职务“主席”不参评") })
        let outcome = try #require(candidateSheet.column("结果"))
        #expect(candidates.contains { $0[outcome]?.text == "并列待定" })
        #expect(reasons.contains("名额已满"))

        // The public list: unit and name only. No staff IDs, no scores, no exclusion reasons.
        let notice = try #require(workbook.sheet("公示名单"))
        #expect(notice.orientation == "portrait")
        #expect(notice.rows[0][0]?.text == "2023年度工会工作积极分子拟推荐名单公示")
        #expect(notice.rows[1].prefix(4).map { $0?.text } == ["序号", "二级工会", "人数", "姓名"])
        let cells = notice.rows.flatMap { $0 }.compactMap { $0 }
        let exclusionReasons = try String(contentsOfFile: "\(folder)/inputs/2023/exclusions.csv", encoding: .utf8)
            .split(whereSeparator: \.isNewline).dropFirst().map { String($0.split(separator: ",")[1]) }
        for cell in cells {
            if let text = cell.text {
                #expect(text.range(of: #"T\d{5}"#, options: .regularExpression) == nil, "staff ID in public list: \(text)")
                #expect(!exclusionReasons.contains { text.contains($0) })
            }
        }
        // A row per unit (a unit with more than five continues on the next row), a name to a cell.
        let grid = notice.body.prefix { row in row.contains { $0 != nil } && row.first??.text?.hasPrefix("经") != true }
        let units = grid.filter { $0.first??.number != nil }
        #expect(units.enumerated().allSatisfy { $0.element[0]?.number == Double($0.offset + 1) }, "序号 numbers the units")
        #expect(units.compactMap { $0[2]?.number }.reduce(0, +) == Double(nominees.count))
        let listed = grid.flatMap { $0.dropFirst(3).compactMap { $0?.text }.filter { !$0.isEmpty } }
        let name = try #require(nomineeSheet.column("姓名"))
        #expect(listed.sorted() == nominees.compactMap { $0[name]?.text }.sorted())
        #expect(cells.contains { $0.text?.hasPrefix("公示期：2023年12月18日至2023年12月22日") == true })
    }

    @Test func explainTellsHowAPersonsNominationCameAbout() throws {
        let folder = try CommandLineRunner.workspace()
        let exclusion = try String(contentsOfFile: "\(folder)/inputs/2023/exclusions.csv", encoding: .utf8)
            .split(whereSeparator: \.isNewline)[1].split(separator: ",")
        let result = try CommandLineRunner.run(["explain", "--person", String(exclusion[0])], in: folder)
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("\(exclusion[0]) ") == true)
        #expect(lines.contains("资格：不符合——不予推荐（\(exclusion[1])）"))
        #expect(lines.contains("结果：不符合条件"))
        #expect(lines.contains { $0.hasPrefix("  inputs/2023/activities/管理学院分工会.csv:") })
        let unknown = try CommandLineRunner.run(["explain", "--person", "NOBODY"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.standardError.hasSuffix("会员名册中没有工号“NOBODY”。\n"))
    }
}
