/// How one composition limit came out on one list (the school's, or one unit's): how many of the group
/// are on it, how many the limit allows or asks for, the swaps made for it, and why it is not met when
/// it is not. Read by 名额分配, the run's summary, `explain` and results.json.
public struct CompositionOutcome: Sendable, Hashable {
    public struct Swap: Sendable, Hashable {
        /// Taken off the list.
        public var out: Int
        /// Put on it instead, from the same unit.
        public var replacement: Int
    }

    public var limit: CompositionLimit
    /// The unit whose list it is; nil for the school's whole list.
    public var union: Int?
    /// People on that list, and how many of them are in the group.
    public var total: Int
    public var count: Int
    /// At most (`max`) or at least (`min`) this many of the group.
    public var bound: Int
    public var swaps: [Swap] = []
    /// Why the limit is not met; nil when it is.
    public var problem: String?
    /// False when the list's input has no such column: how many are in the group is not known.
    public var countable = true

    public var isMet: Bool { problem == nil }

    /// The count on the final `listed` (`inGroup` by list entry; nil when the input lacks the column); a
    /// limit that held when enforced and no longer does (a later limit's swap) says so.
    mutating func recount(_ listed: [Int], inGroup: [Bool]?) {
        total = listed.count
        bound = limit.bound(forListOf: listed.count)
        count = inGroup.map { group in listed.count { group[$0] } } ?? 0
        countable = inGroup != nil
        let holds = countable && limit.holds(count: count, of: total)
        problem = holds ? nil : (problem ?? "被后面的限制打破")
    }

    /// "女职工不少于20%：推荐 77 人，其中 20 人（须至少 16 人），已满足；调整 2 人", with the unit's name in
    /// front for a unit's list.
    /// `counter` is what the list counts: 人 for people, 个 for units.
    public func summary(unionName: String?, counter: String = "人") -> String {
        let need = limit.isMaximum ? "至多 \(bound) \(counter)" : "至少 \(bound) \(counter)"
        let head = "\(unionName.map { "\($0)：" } ?? "")\(limit.label)：推荐 \(total) \(counter)"
        var text = countable ? "\(head)，其中 \(count) \(counter)（\(need)）" : "\(head)，其中几\(counter)属于这一类无法核对"
        text += problem.map { "，未能满足——\($0)" } ?? "，已满足"
        if !swaps.isEmpty { text += "；为此调整 \(swaps.count) \(counter)" }
        return text
    }
}
