extension Scorer {
    /// One indicator for one unit, by its rule kind.
    mutating func scoreIndicator(_ indicator: Int, union: Int, records: [UnitRecord]) -> IndicatorScore {
        let definition = criteria.indicators[indicator]
        let context = IndicatorContext(indicator: indicator, definition: definition, union: union, records: records)
        return definition.rule.score(context, scorer: &self)
    }

    /// Gives each record `points` until `maximum` is reached; records past the cap are credited with
    /// the reason. Returns the points earned.
    mutating func grantEach(_ records: [Int], indicator: Int, points: Points, upTo maximum: Points) -> Points {
        var earned = Points.zero
        for index in records {
            let room = maximum - earned
            if room <= .zero {
                credit(index, indicator, points: .zero, counted: false, .capReached(maximum))
            } else {
                let granted = min(points, room)
                earned += granted
                credit(index, indicator, points: granted, .perRecord(points))
            }
        }
        return earned
    }

    /// "65.0%" with one decimal, computed in integers.
    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "—" }
        return "\(Points(roundingTenths: part * 1000, over: whole))%"
    }
}
