/// `manual`: scored by the review committee in reviews.csv. With three or more reviewers one highest
/// and one lowest score are dropped before averaging. 工作规范化由评审委员会评定. `min` (and `or_zero`)
/// narrow what a reviewer may give: "加3–5分或不加".
struct CommitteeRule: ScoringRule {
    static let name = "manual"
    static let keys: Set<String> = ["min", "or_zero"]

    var match: RecordMatch? { nil }
    var acceptsCommitteeScores: Bool { true }
    var range: ScoreRange?

    var scoreRange: ScoreRange? { range }

    static func parse(_ indicator: RuleParsing, log: inout DiagnosticLog) -> CommitteeRule? {
        let minimum = indicator.map.points("min", log: &log)
        let orZero = indicator.map.boolean("or_zero", log: &log)
        guard minimum != nil || orZero != nil else { return CommitteeRule() }
        let floor = minimum ?? .zero
        guard floor <= indicator.maximum else {
            log.error(
                "E-CRITERIA-RANGE", at: YAMLMapping.location(of: indicator.map["min"]!, file: indicator.map.file), raw: "\(floor)",
                "“\(indicator.map.childPath("min"))”（\(floor)）大于本指标满分 \(indicator.maximum)。")
            return nil
        }
        return CommitteeRule(range: ScoreRange(minimum: floor, maximum: indicator.maximum, orZero: orZero ?? false))
    }

    func describe(maximum: Points, in criteria: Criteria) -> String {
        let allowed = range?.allowedText ?? "0–\(maximum)"
        return "由评审委员会依据材料打分（\(allowed) 分）；3 名及以上评委时去掉一个最高分和一个最低分后取平均"
    }

    func score(_ indicator: IndicatorContext, scorer: inout Scorer) -> IndicatorScore {
        let scores = scorer.sources.scores(.committee, union: indicator.union, target: .indicator(indicator.indicator))
        guard let average = ScoreSources.trimmedMean(scores) else { return IndicatorScore(points: .zero, measured: "无评审打分") }
        let listed = scores.map(\.description).joined(separator: "、")
        let method = scores.count >= 3 ? "去掉最高、最低分后平均" : "平均"
        return IndicatorScore(points: average, measured: "评委 \(scores.count) 人（\(listed)），\(method)")
    }
}
