/// `per_capita`: matching records per `per` members, by bands or in proportion to a target, so that
/// a small unit can compete with a large one. 每百名会员服务活动 15 次以上得 4 分.
struct PerCapitaRule: ScoringRule {
    static let name = "per_capita"
    static let keys: Set<String> = ["per", "bands", "linear_target"]

    let match: RecordMatch?
    let per: Int
    let scale: RateScale

    static func parse(_ indicator: RuleParsing, log: inout DiagnosticLog) -> PerCapitaRule? {
        guard let scale = RateScale.parse(indicator.map, maximum: indicator.maximum, percent: false, log: &log) else { return nil }
        let per = indicator.map.integer("per", log: &log) ?? 100
        if per == 0 {
            log.error("E-CRITERIA-NUMBER", at: indicator.location, "“\(indicator.map.childPath("per"))”必须大于 0。")
        }
        return PerCapitaRule(match: indicator.match, per: max(per, 1), scale: scale)
    }

    func describe(maximum: Points, in criteria: Criteria) -> String {
        "每\(per)名会员的活动次数（\(match!.describe(in: criteria))）；\(scale.describe(maximum: maximum, percent: false))"
    }

    func score(_ indicator: IndicatorContext, scorer: inout Scorer) -> IndicatorScore {
        let matching = indicator.matching(match!)
        for index in matching { scorer.credit(index, indicator.indicator, points: nil, .countsTowardPerCapita(per: per)) }
        scorer.explainNearMisses(indicator.indicator, match: match!, records: indicator.records)
        let members = scorer.data.memberCounts[indicator.union]
        guard members > 0 else { return IndicatorScore(points: .zero, measured: "\(matching.count) 次；—（会员人数为 0）") }
        let points = scale.points(numerator: matching.count * per * 1000, denominator: members, maximum: indicator.maximum)
        let value = Points(roundingTenths: matching.count * per * 10, over: members)
        return IndicatorScore(points: points, measured: "\(matching.count) 次，每\(per)人 \(value) 次")
    }
}
