/// A chart drawn from a sheet's own table: categories and series are columns of that sheet's data
/// rows, so the picture always shows the numbers printed beside it.
public struct ReportChart: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Vertical bars; several series side by side.
        case column
        /// Points joined by lines.
        case line
    }

    public struct Series: Sendable, Hashable {
        public var name: String
        /// The table's column (zero-based) holding the values.
        public var column: Int
        public var kind: Kind
        /// RGB, e.g. 0xC00000.
        public var color: Int
        /// A colour per data row, overriding `color` (the recommended units' bars stand out).
        public var pointColors: [Int]?

        public init(name: String, column: Int, kind: Kind = .column, color: Int, pointColors: [Int]? = nil) {
            self.name = name
            self.column = column
            self.kind = kind
            self.color = color
            self.pointColors = pointColors
        }
    }

    public var title: String
    /// The table's column holding the category labels (unit names, dimension names).
    public var categoryColumn: Int
    /// Data rows of the table the chart reads, zero-based among the sheet's rows (not counting title and header).
    public var rows: Range<Int>
    public var series: [Series]
    public var valueAxisTitle: String
    /// Where the chart's top-left corner sits, as a sheet cell (zero-based row and column).
    public var anchorRow: Int
    public var anchorColumn: Int
    /// Size in pixels.
    public var width: Int
    public var height: Int

    public init(
        title: String, categoryColumn: Int, rows: Range<Int>, series: [Series], valueAxisTitle: String, anchorRow: Int,
        anchorColumn: Int, width: Int = 900, height: Int = 420
    ) {
        self.title = title
        self.categoryColumn = categoryColumn
        self.rows = rows
        self.series = series
        self.valueAxisTitle = valueAxisTitle
        self.anchorRow = anchorRow
        self.anchorColumn = anchorColumn
        self.width = width
        self.height = height
    }
}
