import Foundation
import Testing
import WorkbookReadBack

/// `unioneval progress` on the demo year at the end of June: each unit's required events of March
/// missed or held, those of the autumn still due, a printable sheet per unit.
@Suite(.serialized) struct ProgressEndToEndTests {
    @Test func theDemoYearAtTheEndOfJune() throws {
        let folder = try CommandLineRunner.workspace()
        let result = try CommandLineRunner.run(["progress", "--as-of", "2023-06-30", "--out", "output/progress"], in: folder)
        // The demo ledgers hold deliberate errors: listed, exit status 1.
        #expect(result.status == 1, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.suffix(2) == [
            "已生成：output/progress/台账进度（截至2023-06-30）.xlsx", "注意：交来的台账中有错误，已在各单位的表中列出，请通知各单位改正。",
        ])
        let units = lines.dropLast(2)
        #expect(units.count == 20)
        // Nobody can have held the autumn events by June; March's 三八节 is held or missed, never due.
        for line in units {
            #expect(line.contains("B3 金点子征集：9月1日至12月31日"), "\(line)")
            #expect(line.contains("B4 教代会代表培训：10月1日至12月31日"), "\(line)")
            let due = try #require(line.components(separatedBy: "待开展").dropFirst().first).components(separatedBy: "，已错过")[0]
            #expect(!due.contains("C1 三八节"), "\(line)")
        }
        // A unit whose ledger has no 三八节 record in March: missed. The date 2023-02-30 is one of its problems.
        let information = try #require(units.first { $0.hasPrefix("信息工程学院分工会：") })
        #expect(information.contains("已错过 1 项（C1 三八节系列活动：3月）"))
        #expect(information.contains("台账问题 1 个（错误 1 个）；另有 "))
        #expect(information.hasSuffix(" 条记录日期在 2023-06-30 之后，未计入。"))

        let workbook = try ReadBackWorkbook.read("\(folder)/output/progress/台账进度（截至2023-06-30）.xlsx")
        #expect(workbook.sheets.count == 20)
        let sheet = try #require(workbook.sheet("信息工程学院分工会"))
        #expect(sheet.rows[0][0]?.text == "信息工程学院分工会2023年度台账进度（截至 2023-06-30）")
        #expect(sheet.rows.contains { $0[1]?.text == "C1 三八节系列活动" && $0[4]?.text == "已错过（3月，未开展）" })
        #expect(sheet.rows.contains { $0[0]?.text == "台账中的问题（请改正后再交）" })
        #expect(sheet.rows.contains { $0[3]?.text == "E-DATE-INVALID" && $0[2]?.text == "2023-02-30" })
        #expect(sheet.orientation == "portrait" && sheet.fitToPage)
    }
}
