/// Output of scoring: every unit's score and, per ledger record, what it counted toward.
public struct Evaluation: Sendable {
    public var units: [UnitScore]
    /// Indexed like `YearData.records`; empty when scored without the trail (`validate`).
    public var recordCredits: RecordCredits
    public var diagnostics: [Diagnostic]

    /// The unit's group, when the criteria have groups.
    public func group(of union: Int) -> Int? { units[union].group }
}
