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

    /// Column widths in Excel character units: the widest text (CJK counting double), plus padding, within limits.
    public var columnWidths: [Double] {
        var widths = columns.indices.map { column in
            var widest = columns[column].displayWidth
            for row in rows where column < row.count {
                widest = max(widest, row[column].displayText.displayWidth)
            }
            return Double(min(max(widest + 2, 6), Self.maximumColumnWidth))
        }
        // A title in a 16-point font must fit across the table: widen every column evenly if it would not.
        let titleWidth = Double(titleLines.map(\.displayWidth).max() ?? 0) * 16 / 11 + 4
        let tableWidth = widths.reduce(0, +)
        if titleWidth > tableWidth && !widths.isEmpty {
            let extra = ((titleWidth - tableWidth) / Double(widths.count)).rounded(.up)
            widths = widths.map { $0 + extra }
        }
        return widths
    }

    /// Lines a row needs when its text wraps within `widths`; readers do not all grow rows by themselves.
    public func lineCount(ofRow row: Int, widths: [Double]) -> Int {
        var lines = 1
        for (column, cell) in rows[row].enumerated() where column < widths.count {
            guard case .text(let text) = cell else { continue }
            let room = max(Int(widths[column]) - 1, 1)
            let needed = text.split(separator: "\n", omittingEmptySubsequences: false)
                .reduce(0) { $0 + max(1, ($1.description.displayWidth + room - 1) / room) }
            lines = max(lines, needed)
        }
        return lines
    }
}
