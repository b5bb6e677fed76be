/// How a sheet goes onto A4 paper: its column widths (long headers wrap, see `headerLines`) and whether it
/// prints one page wide (scaled no further than a legible size) or across pages at full size.
///
/// The widths in Excel's character units that fit a page were measured on LibreOffice's PDF output:
/// about 100 units fit across A4 landscape and 67 across portrait at 100 %. A sheet up to
/// `ReportSheet.widthForOnePage` wide is scaled to one page, its text then no smaller than about 8 points.
public struct SheetLayout: Sendable, Equatable {
    public var columnWidths: [Double]
    public var printsOnePageWide: Bool
    /// One page wide and at most this many tall: asked for by the sheet, and its text still no smaller
    /// than 8 points there; nil prints as many pages as the rows need.
    public var pagesTall: Int?

    /// Widest a column gets; longer text wraps within it.
    public static let maximumColumnWidth = 40
    /// Narrowest a text column is made to fit the page: six Chinese characters a line.
    public static let narrowestWrappedWidth = 12
    /// A header wraps onto at most this many lines.
    public static let maximumHeaderLines = 3
    /// Headers this wide or narrower (four Chinese characters) stay on one line.
    public static let unwrappedHeaderWidth = 8
    /// How many rows are measured for column widths when rows are generated: enough to see every kind
    /// of row, without making every row twice.
    public static let widthSampleSize = 5_000

    public init(_ sheet: ReportSheet) {
        let natural = sheet.preferredWidths ?? Self.naturalWidths(sheet)
        var widths = Self.fitted(natural, budget: sheet.widthForOnePage, keeping: sheet.repeatedColumns)
        // A title in a 16-point font must fit across the table on screen: widen every column evenly if it would not.
        let titleWidth = Double(sheet.titleLines.first?.displayWidth ?? 0) * 16 / 11 + 4
        let tableWidth = widths.reduce(0, +)
        if titleWidth > tableWidth && !widths.isEmpty {
            if sheet.pageLimit != nil || sheet.columnsFitText, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }) {
                // Columns fitted to their text stay so: the widest (the names) takes the room.
                widths[widest] += (titleWidth - tableWidth).rounded(.up)
            } else {
                let extra = ((titleWidth - tableWidth) / Double(widths.count)).rounded(.up)
                widths = widths.map { $0 + extra }
            }
        }
        columnWidths = widths
        printsOnePageWide = widths.reduce(0, +) <= sheet.widthForOnePage
        if let limit = sheet.pageLimit, printsOnePageWide {
            let landscape = sheet.orientation == .landscape
            // A page break never splits a row: a page holds a little less than its height.
            let pages = Double(limit) - (limit > 1 ? 0.1 * Double(limit) : 0)
            let scale = min(
                Self.fullSizePageWidth(landscape: landscape) / widths.reduce(0, +),
                Self.onePageHeight(landscape: landscape) * pages / printedHeight(of: sheet))
            if scale >= Self.legibleScale { pagesTall = limit }
        }
    }

    /// The smallest scale that keeps 11-point text at 8 points.
    static let legibleScale = 8.0 / 11.0

    /// Points down A4 between the top and bottom margins of a sheet fitted to pages (half an inch each).
    static func onePageHeight(landscape: Bool) -> Double { (landscape ? 595.3 : 841.9) - 72 }

    /// The printed height at full size, in points, of the header row, the rows, the lines below and the
    /// blank row before them (as `ReportWorkbookWriter` sets them: 15 points a line).
    func printedHeight(of sheet: ReportSheet) -> Double {
        var lines = Self.headerLines(sheet.columns, widths: columnWidths)
        func rowLines(_ row: [ReportCell]) -> Int {
            ReportSheet.lineCount(of: row, measures: row.map { cell in
                if case .text(let text) = cell { return TextMeasure(text) }
                return nil
            }, widths: columnWidths)
        }
        for index in 0..<sheet.rowCount { lines += rowLines(sheet.row(index)) }
        for section in sheet.sections {
            lines += 2 + Self.headerLines(section.columns, widths: columnWidths)
            lines += section.rows.reduce(0) { $0 + rowLines($1) }
        }
        // Charts: rows of 20 pixels (15 points) they cover, and the blank row after each.
        lines += sheet.charts.reduce(0) { $0 + ($1.height + 19) / 20 + 2 }
        let noteWidth = columnWidths[0...noteLastColumn(landscape: sheet.orientation == .landscape)].reduce(0, +)
        if !sheet.noteLines.isEmpty { lines += 1 + sheet.noteLines.reduce(0) { $0 + TextWrap.lines($1, columnWidth: noteWidth) } }
        return Double(lines) * 15
    }

    /// Character units across A4 at full size (measured on LibreOffice's PDF output).
    public static func fullSizePageWidth(landscape: Bool) -> Double { landscape ? 100 : 67 }

    /// The last column the lines below a table are wrapped within: the whole table when it prints one
    /// page wide, else the columns of its first page, so that a statement is read whole on that page.
    public func noteLastColumn(landscape: Bool) -> Int {
        guard !printsOnePageWide else { return max(columnWidths.count - 1, 0) }
        var used = 0.0
        for (column, width) in columnWidths.enumerated() {
            used += width
            if used > Self.fullSizePageWidth(landscape: landscape) { return max(column - 1, 0) }
        }
        return max(columnWidths.count - 1, 0)
    }

    /// Lines a header row needs with its headers wrapped within `widths`.
    public static func headerLines(_ columns: [String], widths: [Double]) -> Int {
        ReportSheet.lineCount(of: columns.map(ReportCell.text), measures: columns.map { TextMeasure($0) }, widths: widths, bold: true)
    }

    /// The widest text (CJK counting double) plus padding, within limits; a long header counts as the
    /// lines it may wrap onto.
    static func naturalWidths(_ sheet: ReportSheet) -> [Int] {
        if sheet.pageLimit != nil || sheet.columnsFitText { return compactWidths(sheet) }
        var widest = sheet.columns.map(headerWidth)
        let sampled = sheet.generatedRows == nil ? sheet.rowCount : min(sheet.rowCount, widthSampleSize)
        for index in 0..<sampled {
            for (column, cell) in sheet.row(index).enumerated() where column < widest.count {
                let width = ReportSheet.width(of: cell)
                if width > widest[column] { widest[column] = width }
            }
        }
        for section in sheet.sections {
            let header = section.columns.map(ReportCell.text)
            for (index, row) in ([header] + section.rows).enumerated() {
                for (column, cell) in row.enumerated() {
                    let width = index == 0 ? Self.headerWidth(section.columns[column]) : ReportSheet.width(of: cell)
                    if column >= widest.count { widest.append(width) } else if width > widest[column] { widest[column] = width }
                }
            }
        }
        return widest.map { min(max($0 + 2, 6), maximumColumnWidth) }
    }

    /// Widths for a sheet meant for one page: each column as wide as its widest text in Calibri's pixels
    /// (7 a unit) and no wider, and headers wrapped down to two Chinese characters a line, so that a
    /// ranking of numbers is as narrow as its numbers.
    static func compactWidths(_ sheet: ReportSheet) -> [Int] {
        // The narrowest width that wraps a header onto two lines (three for a long one), as it prints.
        func headerWidth(_ header: String) -> Int {
            let lines = header.displayWidth > 12 ? maximumHeaderLines : 2
            return ((compactHeaderWidth + 1)...maximumColumnWidth).first { width in
                TextWrap.lines(header, columnWidth: Double(width), bold: true) <= lines
            } ?? maximumColumnWidth
        }
        var widest = sheet.columns.map(headerWidth)
        for section in sheet.sections {
            for (column, header) in section.columns.enumerated() where column < widest.count {
                widest[column] = max(widest[column], headerWidth(header))
            }
        }
        for row in (0..<sheet.rowCount).map(sheet.row) + sheet.sections.flatMap(\.rows) {
            for (column, cell) in row.enumerated() where column < widest.count {
                let width: Int
                if case .text(let text) = cell {
                    // `TextWrap.room` keeps the cell's padding: the text's own pixels are enough.
                    width = (TextMeasure(text).pixelWidth + 699) / 700
                } else {
                    // Digits and signs are about 7.43 pixels; `TextWrap.room` keeps the padding.
                    width = (ReportSheet.width(of: cell) * 743 + 699) / 700
                }
                widest[column] = max(widest[column], width)
            }
        }
        var widths = widest.enumerated().map { column, width in
            min(max(width, compactHeaderWidth + 1), sheet.columnLimits[column] ?? maximumColumnWidth)
        }
        if sheet.lastColumnFillsPage, let last = widths.indices.last {
            widths[last] = max(widths[last], Int(sheet.widthForOnePage) - widths.dropLast().reduce(0, +))
        }
        return widths
    }

    /// A compact header wraps at two Chinese characters a line.
    static let compactHeaderWidth = 4

    static func headerWidth(_ header: String) -> Int {
        let width = header.displayWidth
        guard width > unwrappedHeaderWidth else { return width }
        return max((width + maximumHeaderLines - 1) / maximumHeaderLines, unwrappedHeaderWidth)
    }

    /// When the natural widths are too wide for one page, the widest columns after the `keeping` leading
    /// ones are narrowed to one common width (their text wraps) so that the sheet fits, if that width is
    /// at least `narrowestWrappedWidth`; otherwise the natural widths stand and the sheet prints across pages.
    static func fitted(_ natural: [Int], budget: Double, keeping: Int) -> [Double] {
        let widths = natural.map(Double.init)
        guard widths.reduce(0, +) > budget else { return widths }
        let kept = natural.prefix(keeping).reduce(0, +)
        let narrowable = natural.dropFirst(keeping).sorted()
        // The largest cap such that kept + Σ min(width, cap) ≤ budget: columns narrower than the cap keep
        // their width, the rest share what is left.
        var remaining = budget - Double(kept)
        var cap: Double? = nil
        for (position, width) in narrowable.enumerated() {
            let share = remaining / Double(narrowable.count - position)
            if Double(width) > share {
                cap = share.rounded(.down)
                break
            }
            remaining -= Double(width)
        }
        guard let cap, cap >= Double(narrowestWrappedWidth) else { return widths }
        return widths.enumerated().map { column, width in column < keeping ? width : min(width, cap) }
    }
}
