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

    /// `held`: the unit already has the points of the indicator.
    public init(indicator: Int, match: RecordMatch, held: Bool, asOf: CalendarDate) {
        self.indicator = indicator
        window = Self.window(of: match)
        if held {
            state = .held
        } else {
            state = Self.lastDay(of: match, in: asOf.year) < asOf ? .missed : .due
        }
    }

    /// The last day records may count: the window's end, the last day of its last month, or 31 December.
    static func lastDay(of match: RecordMatch, in year: Int) -> CalendarDate {
        if let to = match.to, let day = CalendarDate(year: year, month: to.month, day: min(to.day, CalendarDate.daysIn(month: to.month, year: year))) {
            return day
        }
        let month = match.months.max() ?? 12
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
    }

    static func window(of match: RecordMatch) -> String {
        if match.from != nil || match.to != nil {
            let from = match.from.map { "\($0.month)月\($0.day)日" } ?? "1月1日"
            let to = match.to.map { "\($0.month)月\($0.day)日" } ?? "12月31日"
            return "\(from)至\(to)"
        }
        guard !match.months.isEmpty else { return "全年" }
        return match.months.sorted().map { "\($0)月" }.joined(separator: "、")
    }

    public var stateText: String {
        switch state {
        case .held: "已完成"
        case .due: "待开展（\(window)）"
        case .missed: "已错过（\(window)，未开展）"
        }
    }
}
