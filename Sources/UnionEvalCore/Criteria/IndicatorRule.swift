/// How an indicator turns records (or committee scores) into points.
public enum IndicatorRule: Sendable, Hashable {
    /// Matching records × points each, capped at the indicator's maximum.
    case count(RecordMatch, pointsEach: Points)
    /// Full points when at least `minimumCount` matching records exist, else minus `deduction`.
    case requiredEvent(RecordMatch, minimumCount: Int, deduction: Points)
    /// Distinct own members taking part in matching records ÷ members of the unit.
    case participationRate(RecordMatch, RateScale)
    /// Matching records per `per` members.
    case perCapita(RecordMatch, per: Int, RateScale)
    /// Points by level × outcome; one achievement counts once, at its highest-scoring level.
    case outcomes(RecordMatch, table: [ActivityLevel: [Int: Points]])
    /// Scored by the review committee in reviews.csv.
    case manual

    public var match: RecordMatch? {
        switch self {
        case .count(let match, _), .requiredEvent(let match, _, _), .participationRate(let match, _),
            .perCapita(let match, _, _), .outcomes(let match, _):
            return match
        case .manual:
            return nil
        }
    }

    public var isManual: Bool {
        if case .manual = self { return true }
        return false
    }
}
