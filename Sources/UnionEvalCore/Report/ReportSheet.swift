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
    /// Lines above the header (a printed title), each merged across the table's width.
    public var titleLines: [String] = []
    /// Lines below the table (e.g. the 公示 period and contact).
    public var noteLines: [String] = []

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

    /// Widest a column gets; longer text wraps within it, so a printed page stays readable.
    public static let maximumColumnWidth = 40

    /// Column widths and the rows that need more than one line, from one pass over the cells.
    public struct Layout: Sendable {
        /// Excel character units: the widest text (CJK counting double) plus padding, within limits.
        public var columnWidths: [Double]
        /// Row index → lines needed, for rows whose text wraps; all other rows take one line.
        public var wrappedRows: [Int: Int]
    }

    public var layout: Layout {
        var widest = columns.map(\.displayWidth)
        var wrapped: [Int: Int] = [:]
        // Only text wider than the widest column can wrap; its line count is fixed by that width.
        let room = Self.maximumColumnWidth - 1
        for (rowIndex, row) in rows.enumerated() {
            var lines = 1
            for (column, cell) in row.enumerated() where column < widest.count {
                let width: Int
                switch cell {
                case .text(let text):
                    var cellLines = 1
                    if text.utf8.contains(0x0A) {
                        let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
                        width = parts.map { String($0).displayWidth }.max() ?? 0
                        cellLines = parts.count
                    } else {
                        width = text.displayWidth
                    }
                    if width > room { cellLines = max(cellLines, (width + room - 1) / room) }
                    lines = max(lines, cellLines)
                case .empty:
                    continue
                case .integer(let value):
                    width = Self.digitCount(value)
                case .points(let points), .formula(_, let points):
                    width = Self.digitCount(points.tenths / 10) + 2 + (points.tenths < 0 && points.tenths > -10 ? 1 : 0)
                }
                if width > widest[column] { widest[column] = width }
            }
            if lines > 1 { wrapped[rowIndex] = lines }
        }
        var widths = widest.map { Double(min(max($0 + 2, 6), Self.maximumColumnWidth)) }
        // A title in a 16-point font must fit across the table: widen every column evenly if it would not.
        let titleWidth = Double(titleLines.map(\.displayWidth).max() ?? 0) * 16 / 11 + 4
        let tableWidth = widths.reduce(0, +)
        if titleWidth > tableWidth && !widths.isEmpty {
            let extra = ((titleWidth - tableWidth) / Double(widths.count)).rounded(.up)
            widths = widths.map { $0 + extra }
        }
        return Layout(columnWidths: widths, wrappedRows: wrapped)
    }

    public var columnWidths: [Double] { layout.columnWidths }

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
