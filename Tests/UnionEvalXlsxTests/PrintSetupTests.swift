import Testing
import UnionEvalCore
@testable import UnionEvalXlsx

/// The page footer: the caption beside the page numbers, cut by width, never past what a portrait
/// page holds.
@Suite struct PrintSetupTests {
    func footer(_ caption: String) -> String {
        PrintSetup(
            landscape: false, headerRow: 2, lastRow: 10, lastColumn: 3, onePageWide: true, repeatedColumns: 0, title: "表",
            caption: caption
        ).pageFooter
    }

    @Test func aCaptionWithDatesIsPrintedWholeWhenItsWidthFits() {
        let caption = "数据日期：2023-12-20 14:30:00　评选年度：2022年12月1日至2023年11月30日"
        #expect(caption.count > 40 && caption.displayWidth <= PrintSetup.footerCaptionWidth)
        #expect(footer(caption) == "&L\(caption)&R第 &P 页 共 &N 页")
    }

    @Test func aLongerCaptionIsCutToTheWidthWithAnEllipsis() {
        let shown = PrintSetup.cut(String(repeating: "目", count: 50), toWidth: 72)
        #expect(shown == String(repeating: "目", count: 35) + "…")
        #expect(PrintSetup.cut("a&b", toWidth: 72) == "a&b")
        #expect(footer("甲&乙") == "&L甲&&乙&R第 &P 页 共 &N 页")
        #expect(footer("") == "&R第 &P 页 共 &N 页")
    }
}
