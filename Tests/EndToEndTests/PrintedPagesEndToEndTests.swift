import Foundation
import Testing
import WorkbookReadBack

/// The workbooks as the review meeting gets them on paper: printed by LibreOffice to PDF, every page
/// legible and titled.
@Suite(.serialized) struct PrintedPagesEndToEndTests {
    /// The smallest text a printed page may carry, in points.
    static let smallestLegibleSize = 7.0

    @Test(.enabled(if: PrintedPages.toolsAvailable && PrintedRows.available, "needs LibreOffice (soffice), poppler (pdftohtml) and pdfplumber"))
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
                let workbook = "\(folder)/\(output)/\(file)"
                let printed = try checkPages(of: workbook, in: "\(folder)/\(output)")
                let sheets = try ReadBackWorkbook.read(workbook).sheets
                let pages = try pagesBySheet(printed, sheets: sheets)
                // What a meeting and a board hold whole: one page each; a unit's feedback on two at most.
                for name in ["排名汇总", "单位公示", "公示名单"] where sheets.contains(where: { $0.name == name }) {
                    #expect(pages[name]?.count == 1, "\(output) \(name): \(pages[name]?.count ?? 0) pages")
                }
                if file == "各单位得分反馈.xlsx" {
                    for sheet in sheets { #expect((pages[sheet.name]?.count ?? 0) <= 2, "\(output) \(sheet.name): \(pages[sheet.name]?.count ?? 0) pages") }
                }
                try checkRows(of: printed, pages: pages, sheets: file == "各单位得分反馈.xlsx" ? sheets.map(\.name) : Self.fittedSheets, in: output)
            }
        }
    }

    /// The sheets whose printed rows must fit their text (besides every feedback sheet).
    static let fittedSheets = ["推荐名单", "候选人明细", "排名汇总", "指标依据"]

    /// Pages by the sheet whose title they carry (the longest title a page has, as one title can hold another).
    func pagesBySheet(_ printed: PrintedPages, sheets: [ReadBackWorkbook.Sheet]) throws -> [String: [Int]] {
        let titled = sheets.compactMap { sheet in sheet.pageHeader.map { (sheet.name, $0) } }
        var pages: [String: [Int]] = [:]
        for page in printed.pages {
            guard let (name, _) = titled.filter({ page.text.contains($0.1) }).max(by: { $0.1.count < $1.1.count }) else { continue }
            pages[name, default: []].append(page.number)
        }
        return pages
    }

    /// Every printed row of `sheets` holds its text whole, and is at most one line taller than it — plus,
    /// for a wrapped text, a line in three and at least one: rows are sized for Excel, whose columns are
    /// about 6 % narrower than LibreOffice's for the same width (Calibri's digits are 7 pixels there,
    /// Carlito's 7.43 here), so a text that Excel wraps onto a further line, or whose list of row numbers
    /// it moves down whole, can take a line or two fewer in this print than its row was made for.
    func checkRows(of printed: PrintedPages, pages: [String: [Int]], sheets: [String], in output: String) throws {
        let measured = try PrintedRows.measure(printed.pdf)
        for name in sheets {
            for number in pages[name] ?? [] {
                for row in measured.pages[number - 1].rows {
                    let allowed = Double(row.lines + 1 + (row.lines > 1 ? max(1, row.lines / 3) : 0)) + 0.1
                    #expect(row.heightInLines <= allowed, "\(output) \(name) page \(number): a row \(row.heightInLines) lines tall for \(row.lines) lines of text: \(row.text)")
                    #expect(Double(row.lines) * row.pitch <= row.height + 1, "\(output) \(name) page \(number): text cut in \(row.text)")
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
