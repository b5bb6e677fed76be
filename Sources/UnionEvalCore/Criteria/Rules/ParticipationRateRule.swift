/// `rate`: distinct own members (会员) who organised or took part in matching records ÷ the unit's
/// members, by bands or in proportion to a target. 会员参与率 70% 以上得 4 分.
struct ParticipationRateRule: ScoringRule {
    static let name = "rate"
    static let keys: Set<String> = ["bands", "linear_target"]

    let match: RecordMatch?
    let scale: RateScale

    static func parse(_ indicator: RuleParsing, log: inout DiagnosticLog) -> ParticipationRateRule? {
        RateScale.parse(indicator.map, maximum: indicator.maximum, percent: true, log: &log)
            .map { ParticipationRateRule(match: indicator.match, scale: $0) }
    }

    func describe(maximum: Points, in criteria: Criteria) -> String {
        let scope = match!.isUnrestricted ? "任一活动" : match!.describe(in: criteria)
        return "参与率 = 参加\(scope)的本单位会员人数（去重）÷ 会员人数；\(scale.describe(maximum: maximum, percent: true))"
    }

    func score(_ indicator: IndicatorContext, scorer: inout Scorer) -> IndicatorScore {
        for index in indicator.matching(match!) { scorer.credit(index, indicator.indicator, points: nil, .countsTowardRate) }
        let members = scorer.data.memberCounts[indicator.union]
        guard members > 0 else { return IndicatorScore(points: .zero, measured: "—（会员人数为 0）") }
        let participants = scorer.distinctOwnMembers(indicator.records, union: indicator.union, match: match!)
        let points = scale.points(numerator: participants * 1000, denominator: members, maximum: indicator.maximum)
        return IndicatorScore(
            points: points, measured: "\(Scorer.percent(participants, of: members))（\(participants)/\(members)）")
    }
}
