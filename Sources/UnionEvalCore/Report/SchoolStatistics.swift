/// The school's figures a unit's feedback may show: averages, bests and counts over all units, with
/// no unit named.
struct SchoolStatistics: Sendable {
    var dimensionAverages: [Points]
    var dimensionBests: [Points]
    var indicatorAverages: [Points]
    var indicatorBests: [Points]
    /// Per indicator, how many units completed it (required events).
    var requiredCompletions: [Int]
    var bonusAverage: Points
    var bonusBest: Points
    var deductionAverage: Points
    var deductionBest: Points
    var totalAverage: Points
    var totalBest: Points

    init(_ evaluation: Evaluation, criteria: Criteria) {
        let units = evaluation.units
        func average(_ value: (UnitScore) -> Points) -> Points {
            units.isEmpty ? .zero : Points(roundingTenths: units.reduce(0) { $0 + value($1).tenths }, over: units.count)
        }
        func best(_ value: (UnitScore) -> Points) -> Points { units.map(value).max() ?? .zero }
        dimensionAverages = criteria.dimensions.indices.map { index in average { $0.dimensionTotals[index] } }
        dimensionBests = criteria.dimensions.indices.map { index in best { $0.dimensionTotals[index] } }
        indicatorAverages = criteria.indicators.indices.map { index in average { $0.indicators[index].points } }
        indicatorBests = criteria.indicators.indices.map { index in best { $0.indicators[index].points } }
        requiredCompletions = criteria.indicators.indices.map { index in
            units.count { $0.indicators[index].points >= criteria.indicators[index].maximum }
        }
        bonusAverage = average(\.adjustmentBonus)
        bonusBest = best(\.adjustmentBonus)
        deductionAverage = average(\.deduction)
        deductionBest = best(\.deduction)
        totalAverage = average(\.total)
        totalBest = best(\.total)
    }
}
