/// How a sheet goes onto A4 paper: its column widths (long headers wrap, see `headerLines`) and whether it
/// prints one page wide (scaled no further than a legible size) or across pages at full size.
///
/// The widths in Excel's character units that fit a page were measured on LibreOffice's PDF output:
/// about 100 units fit across A4 landscape and 67 across portrait at 100 %. A sheet up to
/// `ReportSheet.widthForOnePage` wide is scaled to one page, its text then no smaller than about 8 points.
public struct SheetLayout: Sendable, Equatable {
    public var columnWidths: [Double]
    public var printsOnePageWide: Bool

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
            let extra = ((titleWidth - tableWidth) / Double(widths.count)).rounded(.up)
            widths = widths.map { $0 + extra }
        }
        columnWidths = widths
        printsOnePageWide = widths.reduce(0, +) <= sheet.widthForOnePage
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
