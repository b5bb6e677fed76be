/// A unit's self-score for an indicator beside the score on evidence (自评 | 考评 | 差额).
public struct SelfComparison: Sendable, Hashable {
    /// Index into `Criteria.indicators`.
    public var indicator: Int
    public var claimed: Points
    /// What the rule gives on the ledgers or the committee's score, before any weighting with the self-score.
    public var assessed: Points
    /// Whether the claim exceeds the assessed score by more than the criteria's margin.
    public var exceedsMargin: Bool

    public var difference: Points { claimed - assessed }
}
