/// The twelve months an evaluation counts (`year` and `year_start` in the criteria). It is named after
/// the calendar year it ends in, as offices write "2023年度（2022年12月1日至2023年11月30日）": year 2023
/// from 12-01 runs from 2022-12-01 to 2023-11-30; from 01-01 it is the calendar year.
public struct EvaluationYear: Sendable, Hashable {
    public let year: Int
    /// The first month and day; never 2月29日, which is not in every year.
    public let start: MonthDay
    public let first: CalendarDate
    public let last: CalendarDate

    /// Nil when the year is outside the dates a ledger can hold (1900–2999) or `start` is 2月29日.
    public init?(year: Int, start: MonthDay = .newYear) {
        let firstYear = start == .newYear ? year : year - 1
        guard let first = CalendarDate(year: firstYear, month: start.month, day: start.day),
            let next = CalendarDate(year: firstYear + 1, month: start.month, day: start.day)
        else { return nil }
        self.year = year
        self.start = start
        self.first = first
        self.last = CalendarDate(daysSinceEpoch: next.daysSinceEpoch - 1)
    }

    /// The evaluation year with this start that holds `date` (for `progress` under a rubric without `year`).
    public static func containing(_ date: CalendarDate, start: MonthDay) -> EvaluationYear? {
        guard let sameLabel = EvaluationYear(year: date.year, start: start) else { return nil }
        return date > sameLabel.last ? EvaluationYear(year: date.year + 1, start: start) : sameLabel
    }

    public var startsOnNewYear: Bool { start == .newYear }

    public func contains(_ date: CalendarDate) -> Bool { first <= date && date <= last }

    /// The day with this month and day inside the year: in 2023 from 12-01, 3月8日 is 2023-03-08 and
    /// 12月5日 is 2022-12-05. Nil when that day does not exist in its calendar year (2月29日 in 2023).
    public func date(month: Int, day: Int) -> CalendarDate? {
        let calendarYear = !startsOnNewYear && (month, day) >= (start.month, start.day) ? year - 1 : year
        return CalendarDate(year: calendarYear, month: month, day: day)
    }

    /// Every day of the year, first to last.
    public var days: [CalendarDate] {
        (first.daysSinceEpoch...last.daysSinceEpoch).map(CalendarDate.init(daysSinceEpoch:))
    }

    /// "2022年12月1日至2023年11月30日".
    public var spanDescription: String { "\(first.chineseDescription)至\(last.chineseDescription)" }

    /// The year with its days when it does not start on 1 January, so nobody has to guess which twelve
    /// months are meant: "2023", or "2023（2022年12月1日至2023年11月30日）".
    public var name: String { startsOnNewYear ? "\(year)" : "\(year)（\(spanDescription)）" }

    /// As messages say it: "2023 评选年度", or "2023 评选年度（2022年12月1日至2023年11月30日）".
    public var phrase: String { startsOnNewYear ? "\(year) 评选年度" : "\(year) 评选年度（\(spanDescription)）" }
}
