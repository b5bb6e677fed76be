import Foundation
import Testing
import WorkbookReadBack

/// 各单位得分反馈.xlsx: a sheet per unit that accounts for every row of its own ledgers and shows
/// nothing of another unit.
@Suite(.serialized) struct UnitFeedbackEndToEndTests {
    @Test func eachUnitGetsASheetAccountingForItsOwnRowsAndNoOtherUnits() throws {
        let folder = try CommandLineRunner.workspace()
        let result = try CommandLineRunner.run(["run", "--as-of", "2023-12-20"], in: folder)
        #expect(result.standardOutput.contains("已生成：output/2023/各单位得分反馈.xlsx"))
        let feedback = try ReadBackWorkbook.read("\(folder)/output/2023/各单位得分反馈.xlsx")
        let evaluation = try ReadBackWorkbook.read("\(folder)/output/2023/先进基层工会评选结果.xlsx")
        let summary = try #require(evaluation.sheet("排名汇总"))
        let (unitColumn, totalColumn) = (try #require(summary.column("二级工会")), try #require(summary.column("总分")))
        let units = summary.body.compactMap { $0[unitColumn]?.text }
        #expect(Set(feedback.sheets.map(\.name)) == Set(units))

        // The rows of 计分依据, by unit: what each unit's sheet has to account for.
        let evidence = try #require(evaluation.sheet("计分依据"))
        let (evidenceUnit, evidenceFile, evidenceLine) = (
            try #require(evidence.column("二级工会")), try #require(evidence.column("文件")), try #require(evidence.column("行号")))
        var ledgerRows: [String: Set<String>] = [:]
        for row in evidence.body {
            guard let unit = row[evidenceUnit]?.text, let file = row[evidenceFile]?.text, let line = row[evidenceLine]?.number else { continue }
            ledgerRows[unit, default: []].insert("\(file.split(separator: "/").last!):\(Int(line))")
        }

        for row in summary.body where row.first??.number != nil {
            let unit = try #require(row[unitColumn]?.text)
            let sheet = try #require(feedback.sheet(unit))
            #expect(sheet.rows[0][0]?.text == "\(unit)2023年度先进基层工会评选得分反馈")
            #expect(sheet.pageHeader == "\(unit)2023年度先进基层工会评选得分反馈")
            #expect(sheet.orientation == "portrait" && sheet.fitToPage && sheet.fitHeight == 2)
            let score = try #require(sheet.column("本单位得分"))
            let total = try #require(sheet.body.first { $0[0]?.text == "总分" })
            #expect(total[score]?.number == row[totalColumn]?.number, "\(unit)")
            // The result in words: a unit not recommended reads 未推荐, not the ranking's dash.
            #expect(total[6]?.text?.contains("评选结果：") == true && total[6]?.text?.contains("评选结果：—") == false, "\(unit)")

            // The first page: the unit by dimension beside the school, then its indicators as a section.
            let dimensions = sheet.body.prefix { $0[0]?.text != "校工会" }
            #expect(dimensions.count == 6 && dimensions.allSatisfy { $0[1]?.text?.hasSuffix("项合计") == true }, "\(unit)")
            let indicators = try #require(sheet.rows.firstIndex { $0[0]?.text == "各指标得分与依据" })
            #expect(sheet.rows[indicators + 1].last??.text == "得分依据与计入的台账行")
            // Counted rows are listed per indicator (“计入：file 第 2、5、9–12 行”), the others in sections with their reason.
            var accounted: Set<String> = []
            for line in sheet.rows[(indicators + 2)...] {
                guard let text = line[6]?.text, let counted = text.range(of: "计入：") else { continue }
                for part in text[counted.upperBound...].split(separator: "；") {
                    let pieces = part.components(separatedBy: " 第 ")
                    guard pieces.count == 2 else { continue }
                    for item in pieces[1].replacingOccurrences(of: " 行", with: "").split(separator: "、") {
                        // A run of rows is written as a range, “9–12”.
                        let bounds = item.split(separator: "–").compactMap { Int($0) }
                        for number in (bounds.first ?? 0)...(bounds.last ?? -1) { accounted.insert("\(pieces[0]):\(number)") }
                    }
                }
            }
            var section: String? = nil
            for line in sheet.rows {
                if let heading = line[0]?.text, heading.hasPrefix("未计分的台账行：") {
                    section = String(heading.dropFirst("未计分的台账行：".count).split(separator: "/").last!)
                } else if let section, let number = line[2]?.number {
                    accounted.insert("\(section):\(Int(number))")
                    let reason = line[6]?.text ?? ""
                    #expect(reason.count > 4, "\(unit): a row not counted says why")
                }
            }
            #expect(accounted == ledgerRows[unit, default: []], "\(unit)")

            // Nothing of another unit: no other name, no staff ID.
            let texts = sheet.rows.flatMap { $0 }.compactMap { $0?.text }
            for other in units where other != unit {
                #expect(!texts.contains { $0.contains(other) }, "\(unit)'s sheet names \(other)")
            }
            #expect(!texts.contains { $0.range(of: #"T\d{5}"#, options: .regularExpression) != nil }, "\(unit)'s sheet has a staff ID")
        }

        // A chart on every sheet: the unit against the school's average.
        let charts = try ExternalProcess.run(
            "/usr/bin/env",
            ["python3", "-c", "import sys, zipfile; print(sum(n.startswith('xl/charts/chart') for n in zipfile.ZipFile(sys.argv[1]).namelist()))",
             "\(folder)/output/2023/各单位得分反馈.xlsx"])
        #expect(Int(charts.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)) == units.count)
    }
}
