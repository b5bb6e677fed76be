import Foundation
import Testing
import WorkbookReadBack

/// The workbooks as the review meeting gets them on paper: printed by LibreOffice to PDF, every page
/// legible and titled.
@Suite(.serialized) struct PrintedPagesEndToEndTests {
    /// The smallest text a printed page may carry, in points.
    static let smallestLegibleSize = 7.0

    @Test(.enabled(if: PrintedPages.toolsAvailable, "needs LibreOffice (soffice) and poppler (pdftohtml)"))
    func everyPrintedPageIsLegibleAndCarriesItsSheetsTitle() throws {
        let folder = try CommandLineRunner.workspace()
        let runs = [
            ("output/2023", ["run", "--as-of", "2023-12-20", "--out", "output/2023"]),
            ("output/assessment", [
                "run", "--as-of", "2023-12-20", "--inputs", "inputs/2023-assessment", "--criteria", "criteria/二级工会工作考核.yaml",
                "--history", "inputs/assessment-history", "--out", "output/assessment",
            ]),
            ("output/grouped", [
                "run", "--as-of", "2023-12-20", "--inputs", "inputs/2023-grouped", "--criteria", "criteria/院系与机关分组考核.yaml",
                "--out", "output/grouped",
            ]),
        ]
        // The progress check of the same year at the end of June: a sheet per unit, sent to each.
        let progress = try CommandLineRunner.run(["progress", "--as-of", "2023-06-30", "--out", "output/progress"], in: folder)
        #expect(progress.status <= 1, "\(progress.standardError)")
        try checkPages(of: "\(folder)/output/progress/台账进度（截至2023-06-30）.xlsx", in: "\(folder)/output/progress")
        for (output, arguments) in runs {
            let result = try CommandLineRunner.run(arguments, in: folder)
            #expect(result.status <= 1, "\(result.standardError)")
            // The grouped rubric names no activists: it writes no nominee list.
            for file in ["先进基层工会评选结果.xlsx", "各单位得分反馈.xlsx", "工会工作积极分子推荐名单.xlsx"]
            where FileManager.default.fileExists(atPath: "\(folder)/\(output)/\(file)") {
                let printed = try checkPages(of: "\(folder)/\(output)/\(file)", in: "\(folder)/\(output)")
                if file == "先进基层工会评选结果.xlsx" {
                    // The notice that goes up on the board is one page.
                    #expect(printed.pages.count { $0.text.contains("拟表彰先进基层工会名单公示") } == 1, "\(output)")
                }
            }
        }
    }

    /// Prints `workbook` and checks every page: not blank, no text under 7 pt, a sheet's title, a page number.
    @discardableResult
    func checkPages(of workbook: String, in folder: String) throws -> PrintedPages {
        let name = URL(fileURLWithPath: workbook).lastPathComponent
        let titles = try ReadBackWorkbook.read(workbook).sheets.compactMap(\.pageHeader)
        #expect(!titles.isEmpty)
        let printed = try PrintedPages.print(workbook, into: folder)
        #expect(printed.pages.count >= titles.count, "\(name)")
        for page in printed.pages {
            let size = try #require(page.smallestFontSize, "\(name) page \(page.number) is blank")
            #expect(size >= Self.smallestLegibleSize, "\(name) page \(page.number): text at \(size) pt")
            #expect(titles.contains { page.text.contains($0) }, "\(name) page \(page.number) has no title")
            #expect(page.text.contains("第 \(page.number) 页"), "\(name) page \(page.number) has no page number")
        }
        return printed
    }
}
