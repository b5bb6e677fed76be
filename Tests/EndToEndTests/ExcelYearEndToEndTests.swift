import Foundation
import Testing
import WorkbookReadBack

/// The demo year as offices send it (inputs/2023-excel: workbooks with title rows, merged dates, a sheet per
/// quarter, .xls, names instead of IDs, IDs that lost their zeros) must give what inputs/2023 gives.
@Suite(.serialized) struct ExcelYearEndToEndTests {
    struct Results: Decodable {
        struct Unit: Decodable, Equatable {
            var rank: Int
            var union: String
            var total: Double
            var decision: String
            var ledgerSubmitted: Bool
        }
        struct Nomination: Decodable, Equatable {
            var union: String
            var name: String
            var points: Double
        }
        struct Quota: Decodable, Equatable {
            var union: String
            var quota: Int
            var nominated: Int
            var tied: Int
        }
        var units: [Unit]
        var nominations: [Nomination]?
        var activistQuotas: [Quota]?
    }

    @Test func theExcelYearScoresExactlyLikeTheCSVYear() throws {
        let folder = try CommandLineRunner.workspace()
        let csv = try CommandLineRunner.run(["run", "--out", "output/csv"], in: folder)
        let excel = try CommandLineRunner.run(["run", "--inputs", "inputs/2023-excel", "--out", "output/excel"], in: folder)
        #expect(csv.status == 1 && excel.status == 1, "\(excel.standardError)")
        let decode = { (name: String) in
            try JSONDecoder().decode(Results.self, from: Data(contentsOf: URL(fileURLWithPath: "\(folder)/output/\(name)/results.json")))
        }
        let fromCSV = try decode("csv")
        let fromExcel = try decode("excel")
        #expect(fromExcel.units == fromCSV.units)
        #expect(fromExcel.nominations == fromCSV.nominations)
        #expect(fromExcel.activistQuotas == fromCSV.activistQuotas)
        #expect(fromCSV.units.count == 20)

        // Every row is accounted for, title and total rows as layout, and the summary line says so.
        #expect(excel.standardError.contains("读取 1630 行 = 使用 1503 行 + 报告问题 4 行 + 标题、合计、签名等版式行 123 行。"))
        // Problems point at the cell as Excel shows it.
        #expect(excel.standardError.contains(
            "inputs/2023-excel/activities/U04-信息工程学院.xlsx[活动台账]!A32: 错误: 日期不存在（如 2 月 30 日），本行未使用。（原值：2023-02-30） [E-DATE-INVALID]"))
        #expect(excel.standardError.contains(
            "inputs/2023-excel/activities/体育学院2023年活动台账.xlsx[Sheet2]: 警告: 工作表“Sheet2”是空的，已跳过。 [W-SHEET-SKIPPED]"))
        #expect(excel.standardError.contains("[W-ID-ZEROS]"))

        // The workbook lists each sheet read on 说明 and locates problems by sheet and cell on 数据问题.
        let workbook = try ReadBackWorkbook.read("\(folder)/output/excel/先进基层工会评选结果.xlsx")
        let notes = try #require(workbook.sheet("说明"))
        let header = notes.header
        let content = try #require(header.firstIndex(of: "内容"))
        let layout = try #require(header.firstIndex(of: "版式行数"))
        let quarterRow = try #require(notes.rows.first { $0[content]?.text == "inputs/2023-excel/activities/体育学院2023年活动台账.xlsx[第一季度]" })
        #expect((quarterRow[layout]?.number ?? 0) >= 3)
        let problems = try #require(workbook.sheet("数据问题"))
        let problemHeader = problems.header
        let file = try #require(problemHeader.firstIndex(of: "文件"))
        let sheet = try #require(problemHeader.firstIndex(of: "工作表"))
        let place = try #require(problemHeader.firstIndex(of: "位置"))
        #expect(problems.rows.contains {
            $0[file]?.text == "inputs/2023-excel/activities/U04-信息工程学院.xlsx" && $0[sheet]?.text == "活动台账" && $0[place]?.text == "A32"
        })
    }
}
