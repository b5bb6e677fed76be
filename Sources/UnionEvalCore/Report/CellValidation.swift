/// What the cells of a column may hold, checked by Excel, WPS and LibreOffice as they are typed, with
/// the hint they show when one is selected: the drop-downs and date checks of a ledger template.
public struct CellValidation: Sendable, Hashable {
    public enum Rule: Sendable, Hashable {
        /// A value from a column of another sheet of the workbook (a drop-down list), its sheet rows
        /// zero-based.
        case list(sheet: String, column: Int, rows: ClosedRange<Int>)
        /// A date within the range, both ends included.
        case date(from: CalendarDate, through: CalendarDate)
        /// A whole number no smaller than `minimum`.
        case wholeNumber(minimum: Int)
        /// A number no smaller than `minimum`.
        case decimal(minimum: Double)
        /// Anything: the hint alone.
        case any
    }

    public var column: Int
    public var rule: Rule
    /// The hint's title (Excel keeps 32 characters) and text (255).
    public var title: String
    public var message: String
    /// Whether other values are refused; when false they are let through after a warning (a
    /// 组织者 column where several people may be written, not only one picked from the list).
    public var refusesOthers: Bool

    public init(column: Int, rule: Rule, title: String, message: String, refusesOthers: Bool = true) {
        self.column = column
        self.rule = rule
        self.title = title
        self.message = message
        self.refusesOthers = refusesOthers
    }
}
