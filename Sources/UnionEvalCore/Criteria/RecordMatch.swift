/// Which ledger records an indicator looks at: by category, level, outcome and date window.
/// An empty condition matches everything.
public struct RecordMatch: Sendable, Hashable {
    public var categories: Set<Int> = []
    public var levels: Set<ActivityLevel> = []
    /// Outcome indices; `requiresOutcome` alone means "any outcome".
    public var outcomes: Set<Int> = []
    public var requiresOutcome = false
    public var months: Set<Int> = []
    public var from: MonthDay?
    public var to: MonthDay?

    public init() {}

    public func matches(_ record: ActivityRecord) -> Bool {
        if !categories.isEmpty && !categories.contains(record.category) { return false }
        if !levels.isEmpty && !levels.contains(record.level) { return false }
        if requiresOutcome || !outcomes.isEmpty {
            guard let outcome = record.outcome else { return false }
            if !outcomes.isEmpty && !outcomes.contains(outcome) { return false }
        }
        return isInWindow(record.date)
    }

    /// Whether the date falls in the months and from/to window, regardless of category.
    public func isInWindow(_ date: CalendarDate) -> Bool {
        if !months.isEmpty && !months.contains(date.month) { return false }
        let day = MonthDay(date)
        if let from, day < from { return false }
        if let to, to < day { return false }
        return true
    }

    public var hasWindow: Bool { !months.isEmpty || from != nil || to != nil }
}
