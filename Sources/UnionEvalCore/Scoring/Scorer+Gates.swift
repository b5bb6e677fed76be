extension Scorer {
    /// The conditions of `gate` one unit does not meet, in words; empty when it meets them all.
    func unmetConditions(_ gate: IndicatorGate, union: Int, records: [UnitRecord], scores: [IndicatorScore]) -> [String] {
        gate.conditions.compactMap { condition in
            switch condition {
            case .evidence(let minimum, let match):
                let found = records.count { match.matches($0.record) }
                return found >= minimum ? nil : "\(gate.describe(condition, in: criteria))，实有 \(found) 条"
            case .indicator(let index, let minimum):
                let points = scores[index].points
                return points >= minimum ? nil : "\(gate.describe(condition, in: criteria))，实得 \(points) 分"
            }
        }
    }

    /// The score an indicator keeps when its precondition fails, with the reason; its rule's records are
    /// credited with the failed precondition.
    mutating func gated(_ score: IndicatorScore, gate: IndicatorGate, unmet: [String], indicator: Int, records: [UnitRecord]) -> IndicatorScore {
        if let match = criteria.indicators[indicator].rule.match {
            for (index, record) in records where match.matches(record) {
                credit(index, indicator, points: nil, counted: gate.keptPermille > 0, .gateUnmet(keptPermille: gate.keptPermille))
            }
        }
        let kept = Points(roundingTenths: score.points.tenths * gate.keptPermille, over: 1000)
        return IndicatorScore(
            points: kept, measured: "\(score.measured)；未满足前提（\(unmet.joined(separator: "；"))），\(gate.consequence)")
    }
}
