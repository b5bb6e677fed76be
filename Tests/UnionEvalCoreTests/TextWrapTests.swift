import PropertyBased
import Testing
@testable import UnionEvalCore

/// Lines a cell's text wraps onto, in Excel's column pixels (7 per unit plus 5): the counts below are the
/// line breaks LibreOffice printed for these texts (measured on its PDF, `measure_rows.py`), at the
/// column width that gives LibreOffice's wider pixels.
struct TextWrapTests {
    @Test func aTextThatFitsIsOneLineAndOneCharacterMoreWraps() {
        // 22 units: 159 pixels, less 5 of padding; ten Chinese characters are 146.7.
        #expect(TextWrap.lines(String(repeating: "字", count: 10), columnWidth: 22) == 1)
        #expect(TextWrap.lines(String(repeating: "字", count: 11), columnWidth: 22) == 2)
        #expect(TextWrap.lines(String(repeating: "字", count: 30), columnWidth: 22) == 3)
        #expect(TextWrap.lines("", columnWidth: 22) == 1)
        #expect(TextWrap.lines("第一行\n第二行\n\n第四行", columnWidth: 22) == 4)
    }

    @Test func latinTextIsMeasuredByItsLetters() {
        // Calibri's “i” is a third of a “W”: the same count of letters takes very different room.
        #expect(TextWrap.lines(String(repeating: "i", count: 40), columnWidth: 22) == 1)
        #expect(TextWrap.lines(String(repeating: "W", count: 40), columnWidth: 22) == 4)
        // Words break at spaces, never inside.
        #expect(TextWrap.lines("inputs activities members", columnWidth: 12) == 3)
    }

    @Test func aClosingMarkNeverStartsALineAndAnOpeningOneNeverEndsOne() {
        // Ten characters fit; the comma cannot start the second line, so the tenth goes down with it.
        let text = String(repeating: "字", count: 10) + "，" + "字"
        #expect(TextWrap.lines(text, columnWidth: 22) == 2)
        #expect(TextWrap.breaks(between: "字".unicodeScalars.first!.value, and: "，".unicodeScalars.first!.value, inNumberList: false) == false)
        #expect(TextWrap.breaks(between: "（".unicodeScalars.first!.value, and: "字".unicodeScalars.first!.value, inNumberList: false) == false)
        #expect(TextWrap.breaks(between: "字".unicodeScalars.first!.value, and: "字".unicodeScalars.first!.value, inNumberList: false))
    }

    @Test func whatLibreOfficePrintedForTheDemoYearsCells() {
        // LibreOffice's columns are wider than Excel's for the same width (7.43 pixels a unit): 22.71
        // units there are 23.4 here.
        #expect(TextWrap.lines("70.3%（52/74）；计入：管理学院分工会.csv 第 2、3、13、14、19、20、23、25、34、35、37 行", columnWidth: 23.4) == 4)
        #expect(TextWrap.lines("组织“金点子”征集活动等4次，参与活动14次，获校级院系杯足球赛优秀奖1项", columnWidth: 23.4) == 4)
        // A list of numbers is kept together and moves to the next line whole.
        #expect(!TextWrap.breaks(between: "、".unicodeScalars.first!.value, and: 0x33, inNumberList: true))
        #expect(TextWrap.breaks(between: "、".unicodeScalars.first!.value, and: "字".unicodeScalars.first!.value, inNumberList: true))
        #expect(TextWrap.lines("评委 5 人（3.5、3.6、4.6、4.7、4.8），去掉最高、最低分后平均", columnWidth: 23.4) == 4)
    }

    @Test func aPathLongerThanALineBreaksAfterItsSlashes() {
        #expect(TextWrap.breaks(between: 0x2F, and: 0x61, inNumberList: false))
        #expect(!TextWrap.breaks(between: 0x2F, and: 0x32, inNumberList: false))
        #expect(TextWrap.lines("inputs/2023-assessment/activities/计算机学院分工会.csv", columnWidth: 14) >= 3)
    }

    static let piece = Gen.element(of: ["字", "，", "（", "）", "、", "A3", "1.5", " ", "inputs/2023", "会员参与率", "\n", "W", "i"]).map { $0 ?? "" }

    /// The writer skips laying out a row whose texts all fit by their measured width: that shortcut
    /// must give the same count as laying every text out.
    @Test func theMeasuredWidthShortcutAgreesWithLayingOut() async {
        await propertyCheck(count: 200, input: Self.piece.array(of: 0...40), Gen.int(in: 6...40)) { pieces, width in
            let text = pieces.joined()
            let measure = TextMeasure(text)
            let counted = ReportSheet.lineCount(of: [.text(text)], measures: [measure], widths: [Double(width)])
            #expect(counted == TextWrap.lines(text, columnWidth: Double(width)), "\(text) at \(width)")
        }
    }

    /// A wider column never needs more lines.
    @Test func aWiderColumnNeverNeedsMoreLines() async {
        await propertyCheck(count: 200, input: Self.piece.array(of: 0...40), Gen.int(in: 6...39)) { pieces, width in
            let text = pieces.joined()
            #expect(TextWrap.lines(text, columnWidth: Double(width + 1)) <= TextWrap.lines(text, columnWidth: Double(width)), "\(text)")
        }
    }

    /// A line break starts a new paragraph: the text takes as many lines as its paragraphs laid out alone.
    @Test func paragraphsAreLaidOutOneByOne() async {
        await propertyCheck(count: 200, input: Self.piece.array(of: 0...40), Gen.int(in: 6...40)) { pieces, width in
            let text = pieces.joined()
            let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
            let alone = paragraphs.map { TextWrap.lines(String($0), columnWidth: Double(width)) }.reduce(0, +)
            #expect(TextWrap.lines(text, columnWidth: Double(width)) == alone, "\(text) at \(width)")
        }
    }
}
