/// `required`: a 必办活动. Full points once `min_count` matching records exist, else minus `deduction`.
/// 3 月开展三八节活动.
struct RequiredEventRule: ScoringRule {
    static let name = "required"
    static let keys: Set<String> = ["min_count", "deduction"]

    let match: RecordMatch?
    let minimumCount: Int
    let deduction: Points

    var isRequiredEvent: Bool { true }
    var requiredEventMatch: RecordMatch? { match }
    var expectedEvidenceCount: Int { minimumCount }

    static func parse(_ indicator: RuleParsing, log: inout DiagnosticLog) -> RequiredEventRule? {
        RequiredEventRule(
            match: indicator.match, minimumCount: max(indicator.map.integer("min_count", log: &log) ?? 1, 1),
            deduction: indicator.map.points("deduction", log: &log) ?? .zero)
    }

    func describe(maximum: Points, in criteria: Criteria) -> String {
        let penalty = deduction > .zero ? "未完成扣 \(deduction) 分" : "未完成得 0 分"
        return "必办活动：\(match!.describe(in: criteria))至少 \(minimumCount) 次得 \(maximum) 分，\(penalty)"
    }

    func score(_ indicator: IndicatorContext, scorer: inout Scorer) -> IndicatorScore {
        let matching = indicator.matching(match!)
        let met = matching.count >= minimumCount
        for (position, index) in matching.enumerated() {
            // The record that completes the requirement carries the points; the rest are supporting evidence.
            let completes = position == minimumCount - 1
            scorer.credit(
                index, indicator.indicator, points: completes ? indicator.maximum : nil,
                completes ? .requiredCompleted : .requiredSupporting)
        }
        scorer.explainNearMisses(indicator.indicator, match: match!, records: indicator.records)
        let shortfall = met ? "已完成" : (deduction > .zero ? "未完成，扣 \(deduction) 分" : "未完成")
        return IndicatorScore(
            points: met ? indicator.maximum : -deduction, measured: "\(matching.count) 次（需 \(minimumCount) 次）\(shortfall)")
    }
}
