/// Where a unit stands on one required event (必办活动) at a date in the year: held, still due in its
/// months, or missed because its months have passed.
public struct RequiredEventProgress: Sendable, Hashable {
    public enum State: Sendable, Hashable {
        case held
        case due
        case missed
    }

    public var indicator: Int
    public var state: State
    /// When it is held, in words: 3月, 9月、10月, 9月1日至12月31日, 全年.
    public var window: String

    /// `held`: the unit already has the points of the indicator; `year` is the evaluation year `asOf` is in.
    public init(indicator: Int, match: RecordMatch, held: Bool, asOf: CalendarDate, in year: EvaluationYear) {
        self.indicator = indicator
        window = Self.window(of: match, in: year)
        if held {
            state = .held
        } else {
            state = Self.lastDay(of: match, in: year) < asOf ? .missed : .due
        }
    }

    /// The last day of the year records may count on: the window's end, the last day of its last month,
    /// or the year's last day, in the year's own order (a window may cross 31 December).
    static func lastDay(of match: RecordMatch, in year: EvaluationYear) -> CalendarDate {
        year.days.last { match.isInWindow(month: $0.month, day: $0.day) } ?? year.last
    }

    /// 3月, 12月、1月, 9月1日至12月31日, 9月1日至次年1月15日, 全年.
    static func window(of match: RecordMatch, in year: EvaluationYear) -> String {
        if match.from != nil || match.to != nil {
            let from = match.from ?? MonthDay(year.first)
            let to = match.to ?? MonthDay(year.last)
            return "\(from.chineseDescription)至\(to < from ? "次年" : "")\(to.chineseDescription)"
        }
        guard !match.months.isEmpty else { return "全年" }
        return match.monthsInYearOrder.map { "\($0)月" }.joined(separator: "、")
    }

    public var stateText: String {
        switch state {
        case .held: "已完成"
        case .due: "待开展（\(window)）"
        case .missed: "已错过（\(window)，未开展）"
        }
    }
}
