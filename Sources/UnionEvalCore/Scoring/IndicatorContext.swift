/// What a rule scores: one indicator for one unit, with the unit's records in scoring order.
public struct IndicatorContext {
    /// Index into `Criteria.indicators`.
    let indicator: Int
    let definition: Indicator
    /// Index into `YearData.unions`.
    let union: Int
    let records: [UnitRecord]

    var maximum: Points { definition.maximum }

    /// Indices of the unit's records the match accepts, in scoring order.
    func matching(_ match: RecordMatch) -> [Int] {
        records.filter { match.matches($0.record) }.map(\.index)
    }
}
