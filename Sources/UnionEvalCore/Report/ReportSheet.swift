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

    public init(name: String, columns: [String], rows: [[ReportCell]] = [], orientation: Orientation = .landscape) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.orientation = orientation
    }

    /// Column widths in Excel character units: the widest text (CJK counting double), plus padding, within limits.
    public var columnWidths: [Double] {
        columns.indices.map { column in
            var widest = columns[column].displayWidth
            for row in rows where column < row.count {
                widest = max(widest, row[column].displayText.displayWidth)
            }
            return Double(min(max(widest + 2, 6), 60))
        }
    }
}
