/// How many lines a cell's text wraps onto, as the spreadsheet applications lay it out, so that a row is
/// made as tall as its text and no taller (readers do not all grow rows by themselves: LibreOffice keeps
/// a file's row heights when it prints).
///
/// The metrics are Excel's default font, Calibri 11 (LibreOffice prints with Carlito, its metric twin),
/// whose Latin letters and digits have the widths below, and East Asian characters one em (11 pt) wide
/// in whichever CJK font the application falls back to. Lines break at spaces and between East Asian
/// characters, never before a closing mark (“，” “。” “）”) nor after an opening one: that is Excel's rule
/// (LibreOffice breaks before a comma and may print one line fewer). Widths were checked against
/// LibreOffice's PDF output (`measure_rows.py` in the tests): column pixels as Excel counts them
/// (7 per character unit plus 5), less the cell's padding.
public enum TextWrap {
    /// Pixels (at 96 dpi) of the printable ASCII characters U+0020…U+007E in Calibri 11, regular and bold,
    /// in hundredths of a pixel, from Carlito's advance widths.
    static let regularWidths: [UInt16] = [
        332, 478, 588, 730, 743, 1048, 1000, 324, 445, 445, 730, 730, 366, 449, 370, 566,
        743, 743, 743, 743, 743, 743, 743, 743, 743, 743, 392, 392, 730, 730, 730, 680,
        1311, 849, 798, 782, 902, 716, 674, 925, 914, 370, 468, 762, 617, 1254, 947, 971,
        758, 987, 796, 674, 715, 941, 832, 1305, 761, 715, 687, 450, 566, 450, 730, 730,
        427, 703, 771, 620, 771, 730, 448, 690, 771, 337, 351, 667, 337, 1172, 771, 773,
        771, 771, 511, 574, 491, 771, 662, 1048, 635, 664, 579, 461, 675, 461, 730,
    ]
    static let boldWidths: [UInt16] = [
        332, 478, 643, 730, 743, 1069, 1033, 342, 457, 457, 730, 730, 378, 449, 392, 630,
        743, 743, 743, 743, 743, 743, 743, 743, 743, 743, 405, 405, 730, 730, 730, 680,
        1318, 889, 822, 776, 925, 715, 673, 935, 925, 391, 486, 802, 620, 1282, 966, 992,
        781, 1006, 826, 693, 726, 957, 867, 1329, 808, 762, 701, 476, 630, 476, 730, 730,
        440, 724, 787, 614, 787, 738, 464, 695, 787, 360, 375, 704, 360, 1193, 787, 788,
        787, 787, 521, 585, 508, 787, 694, 1093, 674, 695, 583, 504, 697, 504, 730,
    ]
    /// An East Asian character (and any other non-ASCII one, counted as wide as the widest): 11 pt.
    static let wideWidth = 1467
    /// A control character or anything unexpected below U+0080: as wide as a digit.
    static let digitWidth = 743

    /// Hundredths of a pixel of one character below U+0080.
    @inline(__always)
    static func asciiWidth(_ byte: UInt8, bold: Bool = false) -> Int {
        guard byte >= 0x20 && byte < 0x7F else { return digitWidth }
        return Int((bold ? boldWidths : regularWidths)[Int(byte) - 0x20])
    }

    /// Hundredths of a pixel a line may hold in a column `width` character units wide: Excel's pixels
    /// (7 per unit plus 5; LibreOffice gives a wide column slightly more) less the padding on both sides.
    public static func room(columnWidth width: Double) -> Int {
        Int((7 * width + 5 - padding) * 100)
    }

    /// Pixels a cell keeps free beside its text, both sides together.
    static let padding = 5.0

    /// Lines `text` takes in a column (or merged columns) `width` character units wide.
    public static func lines(_ text: String, columnWidth width: Double, bold: Bool = false) -> Int {
        lines(of: text.unicodeScalars, room: max(room(columnWidth: width), wideWidth), bold: bold)
    }

    /// Greedy filling, as both applications do: text between two break opportunities goes on the line if
    /// it fits, else starts the next one; a piece longer than a line is broken where the line ends. A line
    /// break in the text starts a new paragraph. One pass over the scalars: this runs for every wrapped
    /// cell of a large sheet.
    static func lines<Scalars: Sequence<Unicode.Scalar>>(of text: Scalars, room: Int, bold: Bool) -> Int {
        let spaceWidth = asciiWidth(0x20, bold: bold)
        var lines = 1
        var used = 0
        var piece = 0
        var previous: UInt32? = nil
        // Whether the mark just read follows a number (“3、” in “第 3、5 行”).
        var inNumber = false
        var markAfterNumber = false

        func place(_ width: Int) {
            if used + width <= room {
                used += width
            } else if width <= room {
                lines += 1
                used = width
            } else {
                if used > 0 { lines += 1 }
                lines += (width - 1) / room
                used = width - (width - 1) / room * room
            }
        }

        for scalar in text {
            let value = scalar.value
            if value == 0x0A {
                place(piece)
                lines += 1
                (used, piece, previous, inNumber, markAfterNumber) = (0, 0, nil, false, false)
                continue
            }
            if let previous, breaks(between: previous, and: value, inNumberList: markAfterNumber) {
                place(piece)
                piece = 0
            }
            if value == 0x20 {
                // A space at a line's end hangs outside it.
                if used + piece + spaceWidth <= room { piece += spaceWidth }
            } else {
                piece += value < 0x80 ? asciiWidth(UInt8(value), bold: bold) : wideWidth
            }
            markAfterNumber = inNumber && isClosingMark(value)
            inNumber = isDigit(value) || (value == 0x2E && inNumber)
            previous = value
        }
        place(piece)
        return lines
    }

    /// Where a line may break, as LibreOffice breaks a cell's text (which Excel's rule matches but for the
    /// marks it keeps together, see above): after a space; not inside a run of Latin letters and digits;
    /// between East Asian characters and at their edges, but not after an opening mark or before a
    /// closing one, nor inside a list of numbers (“3.5、3.6”, “第 2、5、9 行”), which LibreOffice keeps
    /// whole unless it is longer than a line.
    static func breaks(between previous: UInt32, and next: UInt32, inNumberList: Bool) -> Bool {
        if previous == 0x20 { return true }
        if next == 0x20 { return false }
        // A path or a date breaks after its slash or hyphen, before a letter.
        if previous == 0x2F || previous == 0x2D { return next >= 0x41 && next < 0x80 && !isDigit(next) }
        if previous < 0x80 && next < 0x80 { return false }
        if isOpeningMark(previous) || isClosingMark(next) { return false }
        if inNumberList && isDigit(next) { return false }
        return true
    }

    static func isDigit(_ value: UInt32) -> Bool { value >= 0x30 && value <= 0x39 }

    /// Marks a line may not start with (Excel's line-breaking rule for Chinese): ，。、；：？！）》」』”’…—％·
    static func isClosingMark(_ value: UInt32) -> Bool {
        switch value {
        case 0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01, 0xFF09, 0x300B, 0x300D, 0x300F, 0x201D,
            0x2019, 0x2026, 0x2014, 0xFF05, 0x00B7:
            return true
        default:
            return false
        }
    }

    /// Marks a line may not end with: （《「『“‘
    static func isOpeningMark(_ value: UInt32) -> Bool {
        switch value {
        case 0xFF08, 0x300A, 0x300C, 0x300E, 0x201C, 0x2018: return true
        default: return false
        }
    }
}
