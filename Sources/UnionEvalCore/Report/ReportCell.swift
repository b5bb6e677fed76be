/// One cell of a report sheet, typed so numbers stay numbers in Excel.
public enum ReportCell: Sendable, Hashable {
    case text(String)
    case integer(Int)
    /// Shown with one decimal.
    case points(Points)
    /// A formula with the value it evaluates to, so readers that do not calculate still see the number.
    case formula(String, cached: Points)
    case empty

    /// The text a reader sees, used to fit column widths.
    public var displayText: String {
        switch self {
        case .text(let text): return text
        case .integer(let value): return String(value)
        case .points(let points), .formula(_, let points): return points.description
        case .empty: return ""
        }
    }
}
