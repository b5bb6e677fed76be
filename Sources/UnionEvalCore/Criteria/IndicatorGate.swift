/// A precondition of an indicator (`requires`): ledger evidence ("每年至少召开一次会员大会") or another
/// indicator's points. When one does not hold, the indicator keeps `keptPermille` of what its rule gave
/// (`else: 50%`; nothing by default), and says why on 指标依据, 计分依据, the feedback and `explain`.
public struct IndicatorGate: Sendable {
    public enum Condition: Sendable {
        /// At least `minimum` of the unit's records match.
        case evidence(minimum: Int, match: RecordMatch)
        /// Another (earlier) indicator scored at least `minimum`.
        case indicator(Int, minimum: Points)
    }

    public var conditions: [Condition]
    /// Share of the rule's points kept when a condition fails, scaled by 1000.
    public var keptPermille = 0

    public init(conditions: [Condition], keptPermille: Int = 0) {
        self.conditions = conditions
        self.keptPermille = keptPermille
    }

    /// The condition in words: "台账中至少 1 条“会员大会”类活动记录", "“B1 会员大会”不低于 3.0 分".
    public func describe(_ condition: Condition, in criteria: Criteria) -> String {
        switch condition {
        case .evidence(let minimum, let match):
            let what = match.describe(in: criteria).replacingOccurrences(of: "活动，", with: "活动")
            return "台账中至少 \(minimum) 条\(what)记录"
        case .indicator(let index, let minimum):
            return "“\(criteria.indicators[index].label)”不低于 \(minimum) 分"
        }
    }

    /// What happens when a condition fails.
    public var consequence: String {
        keptPermille == 0 ? "本项不得分" : "本项按 \(Permille.percentText(keptPermille)) 计"
    }

    /// For the 评分标准 sheet: "前提：台账中至少 1 条…；不满足时本项不得分".
    public func describe(in criteria: Criteria) -> String {
        "前提：" + conditions.map { describe($0, in: criteria) }.joined(separator: "且") + "；不满足时\(consequence)"
    }
}
