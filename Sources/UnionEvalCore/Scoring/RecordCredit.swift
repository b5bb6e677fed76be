/// What one ledger record did for one indicator: points it contributed, or why it did not count.
public struct RecordCredit: Sendable, Hashable {
    public var indicator: Int
    /// Points attributable to this record alone; nil when the record feeds a rate or a per-capita value.
    public var points: Points?
    public var counted: Bool
    public var note: CreditNote

    public init(indicator: Int, points: Points?, counted: Bool, note: CreditNote) {
        self.indicator = indicator
        self.points = points
        self.counted = counted
        self.note = note
    }
}
