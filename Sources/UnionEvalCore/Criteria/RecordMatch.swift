/// Which ledger records an indicator looks at: by category, level, outcome and date window.
/// An empty condition matches everything. The window is read in the evaluation year's order
/// (`yearStart`): in a year from 09-01, `from: 09-01, to: 01-15` is the autumn semester across 31 December.
public struct RecordMatch: Sendable, Hashable {
    public var categories: Set<Int> = [] { didSet { categoryBits = IndexBits(categories) } }
    public var levels: Set<ActivityLevel> = [] { didSet { levelBits = IndexBits(levels.map(\.rawValue)) } }
    /// Outcome indices; `requiresOutcome` alone means "any outcome".
    public var outcomes: Set<Int> = [] { didSet { outcomeBits = IndexBits(outcomes) } }
    public var requiresOutcome = false
    public var months: Set<Int> = [] { didSet { monthBits = IndexBits(months) } }
    public var from: MonthDay? { didSet { orderWindow() } }
    public var to: MonthDay? { didSet { orderWindow() } }
    /// The first day of the evaluation year, which orders the days of `from` and `to`.
    public var yearStart = MonthDay.newYear { didSet { orderWindow() } }

    // The conditions again, in the form a per-record check reads fastest; kept in step by the setters.
    private var categoryBits = IndexBits()
    private var levelBits = IndexBits()
    private var outcomeBits = IndexBits()
    private var monthBits = IndexBits()
    private var startKey = MonthDay.newYear.key
    private var fromPosition = Int.min
    private var toPosition = Int.max

    public init() {}

    public func matches(_ record: ActivityRecord) -> Bool {
        if !categoryBits.isEmpty && !categoryBits.contains(record.category) { return false }
        if !levelBits.isEmpty && !levelBits.contains(record.level.rawValue) { return false }
        if requiresOutcome || !outcomeBits.isEmpty {
            guard record.hasOutcome else { return false }
            if !outcomeBits.isEmpty && !outcomeBits.contains(record.outcomeIndex) { return false }
        }
        return isInWindow(month: record.month, day: record.dayOfMonth)
    }

    /// Whether the category is one the match names (false when it names none).
    func includesCategory(_ category: Int) -> Bool { categoryBits.contains(category) }

    /// Whether the date falls in the months and from/to window, regardless of category.
    func isInWindow(month: Int, day: Int) -> Bool {
        if !monthBits.isEmpty && !monthBits.contains(month) { return false }
        let position = MonthDay.position(month: month, day: day, inYearFrom: startKey)
        return fromPosition <= position && position <= toPosition
    }

    /// Whether the match names no condition at all (every record of the year).
    public var isUnrestricted: Bool {
        categories.isEmpty && levels.isEmpty && outcomes.isEmpty && !requiresOutcome && !hasDates
    }

    /// Whether it names months or a from/to window.
    public var hasDates: Bool { !months.isEmpty || from != nil || to != nil }

    /// The same categories, levels and outcomes at any date: what a record must be, leaving out when.
    public var ignoringDates: RecordMatch {
        var match = self
        match.months = []
        match.from = nil
        match.to = nil
        return match
    }

    /// The months in the evaluation year's order: 12, 1 in a year from 12-01.
    public var monthsInYearOrder: [Int] {
        months.sorted { (($0 - yearStart.month + 12) % 12) < (($1 - yearStart.month + 12) % 12) }
    }

    private mutating func orderWindow() {
        startKey = yearStart.key
        fromPosition = from.map { $0.position(inYearFrom: yearStart) } ?? Int.min
        toPosition = to.map { $0.position(inYearFrom: yearStart) } ?? Int.max
    }
}
