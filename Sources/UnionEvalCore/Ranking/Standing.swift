/// A unit's place in the ranking and its award decision.
public struct Standing: Sendable {
    public var union: Int
    /// Competition rank by total: equal totals share a rank (1, 2, 2, 4).
    public var rank: Int
    public var decision: AwardDecision
    /// Why the decision is what it is, in words, e.g. the tie-break that decided the line.
    public var remark: String
    /// The decision the scores alone made, before composition limits, the ballot and 公示 (`AwardReview`):
    /// the side of the award line the unit's margin is measured from.
    public var scoreDecision: AwardDecision = .notRecommended
    /// Index into `Criteria.groups`; nil without groups, or for a unit whose 组别 could not be read.
    public var group: Int?
}
