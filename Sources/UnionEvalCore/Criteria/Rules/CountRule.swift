/// `count`: matching records × points each, up to the indicator's maximum. 文化活动每次 2 分、最高 6 分.
struct CountRule: ScoringRule {
    static let name = "count"
    static let canBeUncapped = true
    static let keys: Set<String> = ["points_each"]

    let match: RecordMatch?
    let pointsEach: Points

    static func parse(_ indicator: RuleParsing, log: inout DiagnosticLog) -> CountRule? {
        guard let each = indicator.required("points_each", indicator.map.points("points_each", log: &log), log: &log) else {
            return nil
        }
        if each > indicator.maximum {
            log.warning(
                "W-CRITERIA-EACH", at: indicator.location,
                "指标“\(indicator.id)”每次分值 \(each) 大于满分 \(indicator.maximum)，一次活动即达上限。")
        }
        return CountRule(match: indicator.match, pointsEach: each)
    }

    func describe(maximum: Points, in criteria: Criteria) -> String {
        "\(match!.describe(in: criteria))每次 \(pointsEach) 分，\(maximum.isUncapped ? "上不封顶" : "最高 \(maximum) 分")"
    }

    func score(_ indicator: IndicatorContext, scorer: inout Scorer) -> IndicatorScore {
        let matching = indicator.matching(match!)
        let earned = scorer.grantEach(matching, indicator: indicator.indicator, points: pointsEach, upTo: indicator.maximum)
        scorer.explainNearMisses(indicator.indicator, match: match!, records: indicator.records)
        return IndicatorScore(points: earned, measured: "\(matching.count) 次")
    }
}
