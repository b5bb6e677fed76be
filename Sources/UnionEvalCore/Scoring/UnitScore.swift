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
    /// Distinct own members in any record, and the member count, for the tie-break.
    public var participants: Int
    public var memberCount: Int

    public var isVetoed: Bool { !vetoReasons.isEmpty }
}
