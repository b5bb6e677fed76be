import Testing
@testable import UnionEvalCore

/// Column widths for paper: narrow sheets keep their widths, wide ones wrap their widest columns to fit
/// one legible page, and sheets that cannot fit keep full-size columns to print across pages.
struct SheetLayoutTests {
    @Test func aSheetThatFitsKeepsItsNaturalWidths() {
        #expect(SheetLayout.fitted([7, 27, 40], budget: 135, keeping: 2) == [7, 27, 40])
    }

    @Test func theWidestColumnsShareWhatIsLeftAfterTheKeptOnes() {
        let widths = SheetLayout.fitted([27, 40, 7, 40, 40, 12], budget: 135, keeping: 1)
        // 135 − 27 = 108 for the rest; 7 and 12 keep theirs, three columns share 89: 29 each.
        #expect(widths == [27, 29, 7, 29, 29, 12])
        #expect(widths.reduce(0, +) <= 135)
    }

    @Test func aSheetThatWouldWrapTooNarrowlyKeepsItsWidthsAndPrintsAcrossPages() {
        let natural = [7, 27] + Array(repeating: 30, count: 20)
        #expect(SheetLayout.fitted(natural, budget: 135, keeping: 2) == natural.map(Double.init))
        var sheet = ReportSheet(name: "宽表", columns: ["排名", "二级工会"] + (1...20).map { "指标\($0)" })
        sheet.rows = [[.integer(1), .text("管理学院分工会")] + (1...20).map { _ in .text(String(repeating: "字", count: 14)) }]
        sheet.repeatedColumns = 2
        #expect(!SheetLayout(sheet).printsOnePageWide)
    }

    @Test func longHeadersWrapOntoUpToThreeLines() {
        #expect(SheetLayout.headerWidth("总分") == 4)
        #expect(SheetLayout.headerWidth("会员人数") == 8)
        // 26 wide: three lines of 9.
        #expect(SheetLayout.headerWidth("A1 政治理论学习（满分 6.0）") == 9)
        var sheet = ReportSheet(name: "表", columns: ["A1 政治理论学习（满分 6.0）", "二级工会"], rows: [[.points(Points(6)), .text("管理学院分工会")]])
        sheet.titleLines = []
        let layout = SheetLayout(sheet)
        #expect(layout.columnWidths[0] == 11)
        #expect(SheetLayout.headerLines(sheet.columns, widths: layout.columnWidths) == 3)
        #expect(layout.printsOnePageWide)
    }

    /// A ranking of forty units, eight scores each, fits one landscape page at a legible size; twice as
    /// many rows do not, and print as many pages as they need.
    @Test func fortyUnitsFitOnePageAndEightyDoNot() {
        func ranking(units: Int) -> ReportSheet {
            var sheet = ReportSheet(
                name: "排名汇总", columns: ["排名", "二级工会", "思想引领", "民主管理", "服务职工", "文化建设", "自身建设", "成果加分", "加分", "扣分", "总分", "否决", "评选结果", "距名额线"])
            sheet.rows = (1...units).map { rank in
                [.integer(rank), .text("马克思主义学院分工会")] + (0..<9).map { _ in ReportCell.points(Points(tenths: 123)) }
                    + [.text("否"), .text(rank <= 8 ? "推荐" : "—"), .points(Points(tenths: -42))]
            }
            sheet.noteLines = ["先进基层工会名单构成：机关、直属单位分工会不超过25%：推荐 8 个，其中 2 个（至多 2 个），已满足。"]
            sheet.pageLimit = 1
            return sheet
        }
        let forty = SheetLayout(ranking(units: 40))
        #expect(forty.pagesTall == 1)
        // Columns as wide as their printed text: a score column is five units, its header on two lines.
        #expect(forty.columnWidths[2] == 5)
        #expect(SheetLayout.headerLines(ranking(units: 40).columns, widths: forty.columnWidths) == 2)
        #expect(SheetLayout(ranking(units: 80)).pagesTall == nil)
    }
}

