import Foundation
import Testing
import UnionEvalCore
import WorkbookReadBack
@testable import UnionEvalXlsx

@Suite struct ExcelLimitTests {
    @Test func controlCharactersAreRemovedAndOverlongTextIsCut() {
        #expect(ExcelText.cellText("a\u{01}b\u{7F}c\td\ne") == "abc\td\ne")
        let long = String(repeating: "工", count: 40_000)
        let cut = ExcelText.cellText(long)
        #expect(cut.utf16.count == ExcelText.maximumCellLength)
        #expect(cut.hasSuffix("…（已截断）"))
    }

    @Test func sheetNamesAreMadeLegalAndUnique() {
        #expect(ExcelText.sheetName("a[b]:c*d?e/f\\g", taken: []) == "abcdefg")
        let long = String(repeating: "很长的二级工会名称", count: 5)
        #expect(ExcelText.sheetName(long, taken: []).count == 31)
        #expect(ExcelText.sheetName("排名汇总", taken: ["排名汇总"]) == "排名汇总（2）")
        #expect(ExcelText.sheetName("'", taken: []) == "Sheet")
    }

    @Test func rowsBeyondASheetContinueOnTheNextSheet() throws {
        let folder = NSTemporaryDirectory() + "unioneval-limits-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let rows = (1...7).map { [ReportCell.integer($0), .text("x\u{02}\($0)")] }
        let report = ReportWorkbook(
            fileName: "分页.xlsx", title: "t",
            sheets: [ReportSheet(name: "计分依据", columns: ["行", "文本"], rows: rows, noteLines: ["末尾说明"])])
        let path = try ReportWorkbookWriter.write(report, toFolder: folder, rowsPerSheet: 4)
        let workbook = try ReadBackWorkbook.read(path)
        #expect(workbook.sheets.map(\.name) == ["计分依据", "计分依据（续2）", "计分依据（续3）"])
        let numbers = workbook.sheets.flatMap { $0.rows.dropFirst().compactMap { $0.first??.number } }
        #expect(numbers == [1, 2, 3, 4, 5, 6, 7])
        #expect(workbook.sheets.allSatisfy { $0.rows.first?.first??.text == "行" && $0.freeze == "A2" })
        #expect(workbook.sheets[0].rows[1][1] == .text("x1"))
        #expect(workbook.sheets[2].rows.last?.first??.text == "末尾说明")
    }
}
