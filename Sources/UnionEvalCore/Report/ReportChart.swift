/// A chart drawn from a sheet's own table: categories and series are columns of that sheet's data
/// rows, so the picture always shows the numbers printed beside it.
public struct ReportChart: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Vertical bars; several series side by side.
        case column
        /// Horizontal bars, categories read top down in table order: long unit names stay level and legible.
        case bar
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
    /// Size in pixels; charts sit below their table, one under the other, and print with it. The default
    /// width fits A4 landscape at full size.
    public var width: Int
    public var height: Int

    public init(
        title: String, categoryColumn: Int, rows: Range<Int>, series: [Series], valueAxisTitle: String,
        width: Int = 760, height: Int = 380
    ) {
        self.title = title
        self.categoryColumn = categoryColumn
        self.rows = rows
        self.series = series
        self.valueAxisTitle = valueAxisTitle
        self.width = width
        self.height = height
    }
}
