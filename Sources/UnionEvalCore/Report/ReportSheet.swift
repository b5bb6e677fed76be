/// A sheet as the reader should see it: a styled, frozen, filterable header row and typed cells.
public struct ReportSheet: Sendable {
    public enum Orientation: Sendable {
        case landscape
        case portrait
    }

    public var name: String
    public var columns: [String]
    public var rows: [[ReportCell]]
    public var orientation: Orientation = .landscape
    /// Lines above the header, each merged across the table's width: the sheet's title, then smaller
    /// caption lines (the data date). Printed pages carry them in their page header instead (see
    /// `pageHeader`), as a merged row would be cut on a sheet printed across pages.
    public var titleLines: [String] = []
    /// Further tables below the main one, each under a heading line with a header row of its own (a
    /// unit's feedback: the records not counted, the office's entries).
    public var sections: [Section] = []
    /// Lines below the tables (e.g. the 公示 period and contact).
    public var noteLines: [String] = []
    /// Charts drawn from this sheet's rows.
    public var charts: [ReportChart] = []
    /// The charts right below the table, before its sections (a unit's feedback: its summary and its
    /// chart on the first page); otherwise they follow everything else.
    public var chartsBelowTable = false
    /// Checks on what may be typed into the rows below the header (templates to fill in), over
    /// `validatedRows` rows.
    public var validations: [CellValidation] = []
    public var validatedRows = 0
    /// Columns that hold dates: shown as 2024-03-08 whatever a user types.
    public var dateColumns: Set<Int> = []
    /// Widths to use instead of ones measured from the rows (a template has no rows to measure).
    public var preferredWidths: [Int]?
    /// Kept out of sight (a template's lists for its drop-downs).
    public var isHidden = false
    /// Gives the sheet its title line and, below it, the run's caption (data date and inputs).
    public mutating func title(_ title: String, context: RunContext) {
        titleLines = [title, context.caption]
    }

    /// The title, and on its own the caption that follows it.
    public var title: String? { titleLines.first }
    public var caption: String { titleLines.dropFirst().joined(separator: "　") }

    /// How many leading columns (the unit's rank and name) every printed page repeats when the sheet is
    /// too wide for one page at a legible size; 0 keeps the sheet one page wide whatever its width.
    public var repeatedColumns = 0

    /// Asks for the sheet one page wide and at most this many pages tall, when its text stays legible
    /// there (`SheetLayout.pagesTall`): the ranking and the notices on one page, which a meeting or a
    /// board holds whole; a unit's feedback on two. Such sheets have `columnsFitText` widths.
    public var pageLimit: Int?
    /// Columns as wide as their widest text in print and no wider, headers wrapped down to two Chinese
    /// characters a line (`SheetLayout.compactWidths`): a table of numbers and one long text column.
    public var columnsFitText = false
    /// Columns narrower than their widest text (which wraps), by column: a long label beside the text
    /// column that should have the room.
    public var columnLimits: [Int: Int] = [:]
    /// The last column takes what the page has left (the text a sheet of numbers explains).
    public var lastColumnFillsPage = false

    /// Widest a sheet may be, in character units, to be printed one page wide and still legible (text no
    /// smaller than about 8 points on A4; see `SheetLayout`): wider sheets print across pages at full size.
    public var widthForOnePage: Double { orientation == .landscape ? 135 : 90 }
    /// Rows made on demand instead of `rows`, for sheets with a row per ledger record: a large year's
    /// rows are written one at a time and never held all at once.
    public var generatedRows: GeneratedRows?

    public struct GeneratedRows: Sendable {
        public var count: Int
        public var row: @Sendable (Int) -> [ReportCell]

        public init(count: Int, row: @escaping @Sendable (Int) -> [ReportCell]) {
            self.count = count
            self.row = row
        }
    }

    public struct Section: Sendable {
        public var heading: String
        public var columns: [String]
        public var rows: [[ReportCell]]

        public init(heading: String, columns: [String], rows: [[ReportCell]]) {
            self.heading = heading
            self.columns = columns
            self.rows = rows
        }
    }

    public var rowCount: Int { generatedRows?.count ?? rows.count }

    public func row(_ index: Int) -> [ReportCell] { generatedRows?.row(index) ?? rows[index] }

    /// The rows in `range`, as a sheet of their own (for continuation sheets).
    public func slice(_ range: Range<Int>) -> ReportSheet {
        var part = self
        if let generated = generatedRows {
            let offset = range.lowerBound
            part.generatedRows = GeneratedRows(count: range.count) { generated.row(offset + $0) }
        } else {
            part.rows = Array(rows[range])
        }
        return part
    }

    public init(
        name: String, columns: [String], rows: [[ReportCell]] = [], orientation: Orientation = .landscape,
        titleLines: [String] = [], noteLines: [String] = []
    ) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.orientation = orientation
        self.titleLines = titleLines
        self.noteLines = noteLines
    }

    /// Zero-based row of the header: below the title lines.
    public var headerRow: Int { titleLines.count }

    /// Lines a row needs when its text wraps within `widths` (see `TextWrap`). Each text cell comes with its
    /// measure (nil for other cells), taken once for cleaning and wrapping; most texts fit on one line and
    /// are not laid out further.
    public static func lineCount(of cells: [ReportCell], measures: [TextMeasure?], widths: [Double], bold: Bool = false) -> Int {
        var lines = 1
        for (column, cell) in cells.enumerated() where column < widths.count {
            guard case .text(let text) = cell, let measure = measures[column] else { continue }
            guard measure.pixelWidth > TextWrap.room(columnWidth: widths[column]) || measure.hasLineBreak || bold else { continue }
            lines = max(lines, TextWrap.lines(text, columnWidth: widths[column], bold: bold))
        }
        return lines
    }

    static func width(of cell: ReportCell) -> Int {
        switch cell {
        case .text(let text):
            let measure = TextMeasure(text)
            guard measure.hasLineBreak else { return measure.width }
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).displayWidth }.max() ?? 0
        case .empty:
            return 0
        case .integer(let value):
            return digitCount(value)
        case .points(let points), .formula(_, let points):
            return digitCount(points.tenths / 10) + 2 + (points.tenths < 0 && points.tenths > -10 ? 1 : 0)
        }
    }

    static func digitCount(_ value: Int) -> Int {
        var count = value < 0 ? 2 : 1
        var rest = abs(value)
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }
}
