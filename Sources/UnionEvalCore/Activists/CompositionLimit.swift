/// A limit on who makes up the final list (`activists.composition`): "处级（含）以下干部的比例不超过30%",
/// "一线职工不少于60%", "女职工不少于20%". The group is the people whose roster `column` holds one of
/// `values`; the share is counted over the school's whole list or each unit's.
public struct CompositionLimit: Sendable, Hashable {
    public enum Bound: Sendable, Hashable {
        /// At most this share (scaled by 1000).
        case atMost(permille: Int)
        /// At least this share (scaled by 1000).
        case atLeast(permille: Int)
    }

    public enum Scope: String, Sendable, Hashable {
        case school
        case unit

        public var chineseName: String { self == .school ? "全校名单" : "各单位名单" }
    }

    public var column: String
    public var values: [String]
    public var bound: Bound
    public var scope: Scope
    /// How the share of a list becomes a number of people: down for `max` and up for `min` unless stated.
    public var rounding: AwardRule.Rounding
    /// What the rubric calls the group (女职工); the column and values when it names none.
    public var groupName: String

    public init(column: String, values: [String], bound: Bound, scope: Scope = .school, rounding: AwardRule.Rounding? = nil, groupName: String? = nil) {
        self.column = column
        self.values = values
        self.bound = bound
        self.scope = scope
        if case .atMost = bound { self.rounding = rounding ?? .down } else { self.rounding = rounding ?? .up }
        self.groupName = groupName ?? "\(column)为\(values.joined(separator: "/"))的"
    }

    /// "女职工不少于20%", as the swaps quote it.
    public var label: String {
        switch bound {
        case .atMost(let permille): return "\(groupName)不超过\(Permille.percentText(permille))"
        case .atLeast(let permille): return "\(groupName)不少于\(Permille.percentText(permille))"
        }
    }

    /// The limit in full, with its scope and rounding, for the 名额分配 sheet.
    public var description: String { "\(label)（\(scope.chineseName)，人数\(rounding.chineseName)）" }

    /// The same for the units' list, which counts units.
    public var unitsDescription: String { "\(label)（单位个数\(rounding.chineseName)）" }

    /// The most (for `max`) or fewest (for `min`) group members a list of `total` people may have.
    public func bound(forListOf total: Int) -> Int {
        switch bound {
        case .atMost(let permille), .atLeast(let permille): return rounding.apply(toPermille: total * permille)
        }
    }

    /// Whether `count` of `total` people in the group keeps the limit.
    public func holds(count: Int, of total: Int) -> Bool {
        switch bound {
        case .atMost: return count <= bound(forListOf: total)
        case .atLeast: return count >= bound(forListOf: total)
        }
    }

    public var isMaximum: Bool {
        if case .atMost = bound { return true }
        return false
    }
}
