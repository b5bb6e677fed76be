/// Which ledger records an indicator looks at: by category, level, outcome and date window.
/// An empty condition matches everything.
public struct RecordMatch: Sendable, Hashable {
    public var categories: Set<Int> = [] { didSet { categoryBits = IndexBits(categories) } }
    public var levels: Set<ActivityLevel> = [] { didSet { levelBits = IndexBits(levels.map(\.rawValue)) } }
    /// Outcome indices; `requiresOutcome` alone means "any outcome".
    public var outcomes: Set<Int> = [] { didSet { outcomeBits = IndexBits(outcomes) } }
    public var requiresOutcome = false
    public var months: Set<Int> = [] { didSet { monthBits = IndexBits(months) } }
    public var from: MonthDay? { didSet { fromKey = from.map(Self.key) ?? Int.min } }
    public var to: MonthDay? { didSet { toKey = to.map(Self.key) ?? Int.max } }

    // The conditions again, in the form a per-record check reads fastest; kept in step by the setters.
    private var categoryBits = IndexBits()
    private var levelBits = IndexBits()
    private var outcomeBits = IndexBits()
    private var monthBits = IndexBits()
    private var fromKey = Int.min
    private var toKey = Int.max

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
        let key = month << 5 | day
        return fromKey <= key && key <= toKey
    }

    /// Month and day as one comparable integer.
    private static func key(_ day: MonthDay) -> Int { day.month << 5 | day.day }
}
