/// A day of the year without the year ("03-08"), for date windows that repeat every year.
public struct MonthDay: Sendable, Hashable, Comparable {
    public var month: Int
    public var day: Int

    public init?(month: Int, day: Int) {
        guard (1...12).contains(month), (1...CalendarDate.daysIn(month: month, year: 2000)).contains(day) else { return nil }
        self.month = month
        self.day = day
    }

    /// "03-08", "3-8", "3月8日".
    public init?(parsing text: String) {
        var trimmed = text.trimmingWhitespace()
        if trimmed.hasSuffix("日") { trimmed.removeLast() }
        let parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "月" || $0 == "." })
        guard parts.count == 2, let month = Int(parts[0]), let day = Int(parts[1]) else { return nil }
        self.init(month: month, day: day)
    }

    public init(_ date: CalendarDate) {
        self.month = date.month
        self.day = date.day
    }

    public static func < (lhs: MonthDay, rhs: MonthDay) -> Bool { (lhs.month, lhs.day) < (rhs.month, rhs.day) }

    /// 1月1日, where a calendar year starts.
    public static let newYear = MonthDay(month: 1, day: 1)!

    /// Where the day falls in a year that starts on `start`, as an integer that orders the days of that
    /// year (0 for `start` itself): with a start of 12-01, 12-31 comes before 01-01.
    public func position(inYearFrom start: MonthDay) -> Int {
        Self.position(month: month, day: day, inYearFrom: start.key)
    }

    /// Month and day as one comparable integer (day in the low five bits).
    var key: Int { month << 5 | day }

    /// `position(inYearFrom:)` for a record's month and day against a start already made a key.
    @inline(__always)
    static func position(month: Int, day: Int, inYearFrom startKey: Int) -> Int {
        let key = month << 5 | day
        return key >= startKey ? key - startKey : key - startKey + (13 << 5)
    }

    public var chineseDescription: String { "\(month)月\(day)日" }
}
