/// The full score of one 二级工会: indicators, dimension subtotals, office adjustments and total.
public struct UnitScore: Sendable {
    public var union: Int
    public var indicators: [IndicatorScore]
    /// Per dimension; a bonus dimension is already capped.
    public var dimensionTotals: [Points]
    /// Office 加分 after the criteria's cap.
    public var adjustmentBonus: Points
    public var deduction: Points
    public var vetoReasons: [String]
    public var total: Points
    /// The regular dimensions combined by the criteria's `total_weights`; nil without them (the total is
    /// then the plain sum).
    public var weightedRegularTotal: Points?
    /// How the weighted regular total was made, in words.
    public var weightedRegularTotalWords: String = ""
    /// Self-scores beside the scores on evidence, per indicator with a self-score.
    public var selfComparisons: [SelfComparison] = []
    /// The unit's group (`Criteria.groups`, unions.csv 组别): it is ranked and awarded within it.
    public var group: Int?
    /// Distinct own members in any record, and the member count, for the tie-break.
    public var participants: Int
    public var memberCount: Int

    public var isVetoed: Bool { !vetoReasons.isEmpty }
}
