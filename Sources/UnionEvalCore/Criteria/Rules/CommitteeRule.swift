/// `manual`: scored by the review committee in reviews.csv. With three or more reviewers one highest
/// and one lowest score are dropped before averaging. 工作规范化由评审委员会评定.
struct CommitteeRule: ScoringRule {
    static let name = "manual"
    static let keys: Set<String> = []

    var match: RecordMatch? { nil }
    var acceptsCommitteeScores: Bool { true }

    static func parse(_ indicator: RuleParsing, log: inout DiagnosticLog) -> CommitteeRule? { CommitteeRule() }

    func describe(maximum: Points, in criteria: Criteria) -> String {
        "由评审委员会依据材料打分（0–\(maximum) 分）；3 名及以上评委时去掉一个最高分和一个最低分后取平均"
    }

    func score(_ indicator: IndicatorContext, scorer: inout Scorer) -> IndicatorScore {
        let scores = scorer.sources.scores(.committee, union: indicator.union, target: .indicator(indicator.indicator))
        guard let average = ScoreSources.trimmedMean(scores) else { return IndicatorScore(points: .zero, measured: "无评审打分") }
        let listed = scores.map(\.description).joined(separator: "、")
        let method = scores.count >= 3 ? "去掉最高、最低分后平均" : "平均"
        return IndicatorScore(points: average, measured: "评委 \(scores.count) 人（\(listed)），\(method)")
    }
}
