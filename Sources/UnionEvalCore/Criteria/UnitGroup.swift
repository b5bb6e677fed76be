/// A group of units ranked and awarded on its own (`groups`): rubrics state 院（系）分工会 and 机关/直属单位
/// 分工会 separately, and schools award teaching units and offices with their own quotas. unions.csv's
/// 组别 names each unit's group.
public struct UnitGroup: Sendable, Hashable {
    public var name: String
    /// Places of the group: a share of its units, or a number.
    public var quota: AwardRule.Quota

    public init(name: String, quota: AwardRule.Quota) {
        self.name = name
        self.quota = quota
    }

    /// "本组单位数的 20%，向下取整" or "固定 2 个".
    public var quotaText: String {
        switch quota {
        case .count(let count): return "固定 \(count) 个"
        case .fraction(let permille, let rounding): return "本组单位数的 \(Permille.percentText(permille))，\(rounding.chineseName)"
        }
    }

    /// "名额为本组单位数的 25%，向下取整" or "名额固定 2 个".
    public var placesText: String {
        if case .count = quota { return "名额\(quotaText)" }
        return "名额为\(quotaText)"
    }

    /// "院系组", as headings and sentences name it.
    public var label: String { name.hasSuffix("组") ? name : "\(name)组" }
}

extension Criteria {
    /// The most a unit of `group` can score on the regular items that apply to it.
    public func regularMaximum(of group: Int) -> Points {
        indicators.filter { !dimensions[$0.dimension].isBonus && $0.applies(to: group) }.reduce(Points.zero) { $0 + $1.maximum }
    }

    /// The required events (必办活动) a unit of `group` is held to: those that apply to its group.
    public func requiredEvents(for group: Int?) -> [Int] {
        indicators.indices.filter { indicators[$0].rule.isRequiredEvent && indicators[$0].applies(to: group) }
    }

    /// Whether some group's items add up to less than `total`, so that its units' totals are scaled to it.
    public var scalesGroupTotals: Bool { groups.indices.contains { regularMaximum(of: $0) < declaredTotal } }
}
