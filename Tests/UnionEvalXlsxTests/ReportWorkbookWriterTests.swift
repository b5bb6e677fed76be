import Foundation
import Testing
import UnionEvalCore
import WorkbookReadBack
@testable import UnionEvalXlsx

@Suite struct ReportWorkbookWriterTests {
    func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "unioneval-xlsx-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    let sample = ReportWorkbook(
        fileName: "测试.xlsx", title: "测试工作簿",
        sheets: [
            ReportSheet(
                name: "排名汇总", columns: ["排名", "二级工会", "得分", "加分", "总分"],
                rows: [
                    [.integer(1), .text("管理学院分工会"), .points(Points(tenths: 875)), .points(Points(2)), .formula("=C2+D2", cached: Points(tenths: 895))],
                    [.integer(2), .text("=HYPERLINK(\"x\")"), .points(Points(tenths: 5)), .empty, .formula("=C3+D3", cached: Points(tenths: 5))],
                ]),
            ReportSheet(name: "说明", columns: ["项目", "内容"], rows: [[.text("年度"), .text("2023")]], orientation: .portrait),
        ])

    /// A sheet too wide for one legible page prints at full size across pages, repeating the unit's
    /// columns and the header row; a narrow one is scaled to one page wide.
    @Test func aWideSheetPrintsAcrossPagesWithItsUnitColumnsRepeated() throws {
        var wide = ReportSheet(
            name: "指标得分", columns: ["排名", "二级工会"] + (1...30).map { "指标\($0)（满分 6.0）" },
            rows: [[.integer(1), .text("管理学院分工会")] + (1...30).map { _ in .points(Points(6)) }])
        wide.repeatedColumns = 2
        wide.titleLines = ["2023年度指标得分表"]
        let folder = try temporaryFolder()
        let path = try ReportWorkbookWriter.write(ReportWorkbook(fileName: "宽表.xlsx", title: "宽表", sheets: [wide]), toFolder: folder)
        let sheet = try #require(try ReadBackWorkbook.read(path).sheet("指标得分"))
        #expect(!sheet.fitToPage)
        #expect(sheet.printTitleColumns == "$A:$B")
        // The title row is for the screen; printed pages carry the title in their page header, as a
        // merged title row would be cut on pages printed across.
        #expect(sheet.printTitles == "$2:$2")
        #expect(sheet.printArea?.hasPrefix("'指标得分'!$A$2:") == true)
        #expect(sheet.pageHeader == "2023年度指标得分表")
    }

    @Test func writtenWorkbookReadsBackWithValuesAndPrintSetup() throws {
        let folder = try temporaryFolder()
        let path = try ReportWorkbookWriter.write(sample, toFolder: folder)
        let workbook = try ReadBackWorkbook.read(path)
        #expect(workbook.title == "测试工作簿")
        #expect(workbook.sheets.map(\.name) == ["排名汇总", "说明"])
        let summary = try #require(workbook.sheet("排名汇总"))
        #expect(summary.rows[0].map { $0?.text } == ["排名", "二级工会", "得分", "加分", "总分"])
        #expect(summary.rows[1] == [.number(1), .text("管理学院分工会"), .number(87.5), .number(2), .number(89.5)])
        #expect(summary.formulas[1][4] == .text("=C2+D2"))
        // Text that looks like a formula stays text.
        #expect(summary.rows[2][1] == .text("=HYPERLINK(\"x\")"))
        #expect(summary.formulas[2][1] == .text("=HYPERLINK(\"x\")"))
        #expect(summary.freeze == "A2")
        #expect(summary.autofilter == "A1:E3")
        #expect(summary.orientation == "landscape")
        #expect(summary.paper == "9")
        #expect(summary.fitToPage && summary.fitWidth == 1 && summary.fitHeight == 0)
        #expect(summary.printTitles == "$1:$1")
        #expect(summary.footerRight == "第 &P 页 共 &N 页")
        #expect(summary.headerBold)
        // "管理学院分工会" is 7 CJK characters: 14 units wide, plus 2 padding (Excel adds its own margin).
        let width = try #require(summary.widths["B"])
        #expect((16.0...18.0).contains(width))
        #expect(try #require(summary.widths["A"]) < width)
        #expect(workbook.sheet("说明")?.orientation == "portrait")
    }

    @Test func aFailedWriteLeavesThePreviousFileByteIdentical() throws {
        let folder = try temporaryFolder()
        let path = "\(folder)/测试.xlsx"
        let previous = Data("previous report".utf8)
        try previous.write(to: URL(fileURLWithPath: path))
        #expect(throws: OutputError.self) {
            let outputs = StagedOutputs()
            try outputs.stage(path) { temporary in
                let workbook = try XlsxWorkbook(path: temporary)
                let sheet = try workbook.addWorksheet(named: "表")
                try sheet.writeString(row: 0, column: 0, "half written")
                // Fails after part of the sheet is written: the rename must not happen.
                try sheet.writeString(row: ExcelText.maximumRows, column: 0, "beyond the last row")
            }
        }
        #expect(FileManager.default.contents(atPath: path) == previous)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["测试.xlsx"])
    }

    @Test func aSheetWithoutColumnsIsWrittenEmpty() throws {
        let folder = try temporaryFolder()
        let report = ReportWorkbook(fileName: "空.xlsx", title: "t", sheets: [ReportSheet(name: "空表", columns: [])])
        let workbook = try ReadBackWorkbook.read(try ReportWorkbookWriter.write(report, toFolder: folder))
        #expect(workbook.sheets.map(\.name) == ["空表"])
    }

    /// A one-column sheet's title lines cover one cell, which libxlsxwriter will not merge with itself.
    @Test func aOneColumnSheetKeepsItsTitleLines() throws {
        let folder = try temporaryFolder()
        var sheet = ReportSheet(name: "选项", columns: ["评选"], rows: [[.text("工会工作积极分子")]])
        sheet.titleLines = ["下拉列表", "说明"]
        let workbook = try ReadBackWorkbook.read(
            try ReportWorkbookWriter.write(ReportWorkbook(fileName: "一列.xlsx", title: "t", sheets: [sheet]), toFolder: folder))
        #expect(workbook.sheets.first?.rows.map { $0.first??.text } == ["下拉列表", "说明", "评选", "工会工作积极分子"])
    }

    @Test func anUnwritableFolderIsAClearError() throws {
        #expect(throws: OutputError.self) {
            try ReportWorkbookWriter.write(sample, toFolder: "/nonexistent-folder-\(UUID().uuidString)")
        }
    }

    @Test func libraryErrorsAreMappedToSwiftErrors() throws {
        let folder = try temporaryFolder()
        let workbook = try XlsxWorkbook(path: "\(folder)/x.xlsx")
        let sheet = try workbook.addWorksheet(named: "表")
        // Row beyond Excel's limit: libxlsxwriter refuses it with LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE.
        #expect(throws: XlsxError.self) { try sheet.writeString(row: 1_048_576, column: 0, "x") }
        try workbook.close()
        // A closed workbook refuses further use instead of touching freed C memory.
        #expect(throws: XlsxError.self) { _ = try workbook.addWorksheet(named: "再来") }
        #expect(throws: XlsxError.self) { try sheet.writeString(row: 0, column: 0, "after close") }
        try workbook.close()  // closing twice is harmless
    }
}
