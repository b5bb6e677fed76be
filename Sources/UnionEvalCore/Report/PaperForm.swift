/// A form printed on one A4 page and signed on paper (推荐审批表): bordered boxes on a grid, some spanning
/// several rows or columns, unlike a report's data table. The grid's column widths are in Excel's
/// character units, its row heights in points; a box's text wraps within it.
public struct PaperForm: Sendable {
    public enum Style: Sendable, Hashable {
        /// The form's heading, large and bold, without a border.
        case title
        /// A line under the heading, without a border (the unit's seal, the date).
        case caption
        /// A field's name, bold and centred.
        case label
        /// A field's value, centred.
        case value
        /// Running text, from the top left (主要事迹).
        case text
        /// An opinion box: empty lines above, the signature and date lines at the bottom right.
        case signature
        /// Small print under the form.
        case note
    }

    public struct Box: Sendable, Hashable {
        public var row: Int
        public var column: Int
        public var rowSpan: Int
        public var columnSpan: Int
        public var text: String
        public var style: Style

        public init(row: Int, column: Int, rowSpan: Int = 1, columnSpan: Int = 1, text: String, style: Style) {
            self.row = row
            self.column = column
            self.rowSpan = rowSpan
            self.columnSpan = columnSpan
            self.text = text
            self.style = style
        }

        public var lastRow: Int { row + rowSpan - 1 }
        public var lastColumn: Int { column + columnSpan - 1 }
    }

    /// The sheet's name (unit and person).
    public var name: String
    public var columnWidths: [Double]
    /// Row heights in points, by row; rows not listed are as tall as one line.
    public var rowHeights: [Int: Double] = [:]
    public var boxes: [Box] = []

    public init(name: String, columnWidths: [Double]) {
        self.name = name
        self.columnWidths = columnWidths
    }

    public var rowCount: Int { (boxes.map(\.lastRow).max() ?? -1) + 1 }

    /// Points one line of 11-point text takes.
    public static let lineHeight = 15.0

    /// The width of columns `column..<column + span`.
    public func width(from column: Int, span: Int) -> Double {
        columnWidths[column..<min(column + span, columnWidths.count)].reduce(0, +)
    }

    /// Adds a box and, when it spans one row, makes that row tall enough for its text.
    public mutating func place(_ box: Box) {
        boxes.append(box)
        guard box.rowSpan == 1, box.style != .title else { return }
        let needed = Double(TextWrap.lines(box.text, columnWidth: width(from: box.column, span: box.columnSpan))) * Self.lineHeight + 6
        rowHeights[box.row] = max(rowHeights[box.row] ?? 20, needed)
    }

    /// The printed height of the form, in points.
    public var height: Double { (0..<rowCount).reduce(0) { $0 + (rowHeights[$1] ?? 20) } }
}
