/// `shortfall`: full points at a target, minus `deduct_each` for every `step` short of it, never below
/// zero. A count target (`target: 12`) measures matching records and steps are shares of the target;
/// a rate target (`target: 80%`) measures the participation rate and steps are percentage points.
/// 信息报送数量每少 10% 扣 1 分；参与面每少 5% 扣 1 分.
struct ShortfallRule: ScoringRule {
    enum Target: Sendable {
        case count(Int)
        /// Scaled by 1000: 800 is 80%.
        case rate(permille: Int)
    }

    static let name = "shortfall"
    static let keys: Set<String> = ["target", "step", "deduct_each"]

    let match: RecordMatch?
    let target: Target
    /// Scaled by 1000: 100 is 10%.
    let stepPermille: Int
    let deductEach: Points

    var expectedEvidence: RecordMatch? { match }

    static func parse(_ indicator: RuleParsing, log: inout DiagnosticLog) -> ShortfallRule? {
        let map = indicator.map
        guard let targetText = indicator.required("target", map.string("target"), log: &log),
            let stepText = indicator.required("step", map.string("step"), log: &log),
            let deductEach = indicator.required("deduct_each", map.points("deduct_each", log: &log), log: &log)
        else { return nil }
        let target: Target
        if targetText.hasSuffix("%"), let permille = ScaledDecimal.parse(String(targetText.dropLast()), scale: 1),
            permille > 0, permille <= 1000
        {
            target = .rate(permille: permille)
        } else if let count = Int(targetText), count > 0 {
            target = .count(count)
        } else {
            log.error(
                "E-CRITERIA-NUMBER", at: indicator.location, raw: targetText,
                "“\(map.childPath("target"))”应为正整数（次数，如 12）或百分比（参与率，如 80%）。")
            return nil
        }
        guard stepText.hasSuffix("%"), let step = ScaledDecimal.parse(String(stepText.dropLast()), scale: 1), step > 0 else {
            log.error("E-CRITERIA-NUMBER", at: indicator.location, raw: stepText, "“\(map.childPath("step"))”应为大于 0 的百分比，如 10%。")
            return nil
        }
        return ShortfallRule(match: indicator.match, target: target, stepPermille: step, deductEach: deductEach)
    }

    func describe(maximum: Points, in criteria: Criteria) -> String {
        let step = "\(Points(tenths: stepPermille))%"
        switch target {
        case .count(let count):
            return "\(match!.describe(in: criteria))目标 \(count) 次，达到得 \(maximum) 分；每少 \(step)（按目标次数计）扣 \(deductEach) 分，扣完为止"
        case .rate(let permille):
            let scope = match!.isUnrestricted ? "任一活动" : match!.describe(in: criteria)
            return "参与率（参加\(scope)的本单位会员人数 ÷ 会员人数）目标 \(Points(tenths: permille))%，达到得 \(maximum) 分；每少 \(step) 扣 \(deductEach) 分，扣完为止"
        }
    }

    func score(_ indicator: IndicatorContext, scorer: inout Scorer) -> IndicatorScore {
        let steps: Int
        let measured: String
        switch target {
        case .count(let count):
            let matching = indicator.matching(match!)
            for index in matching { scorer.credit(index, indicator.indicator, points: nil, .rule(code: 0, value: .zero)) }
            scorer.explainNearMisses(indicator.indicator, match: match!, records: indicator.records)
            // Whole steps short, exactly: (target − n) / target ÷ step.
            steps = max(count - matching.count, 0) * 1000 / (count * stepPermille)
            measured = "\(matching.count) 次（目标 \(count) 次）"
        case .rate(let permille):
            for index in indicator.matching(match!) { scorer.credit(index, indicator.indicator, points: nil, .countsTowardRate) }
            let members = scorer.data.memberCounts[indicator.union]
            guard members > 0 else { return IndicatorScore(points: .zero, measured: "—（会员人数为 0）") }
            let participants = scorer.distinctOwnMembers(indicator.records, union: indicator.union, match: match!)
            // Percentage points short, exactly: target − participants / members, in steps.
            steps = max(permille * members - participants * 1000, 0) / (stepPermille * members)
            measured = "\(Scorer.percent(participants, of: members))（\(participants)/\(members)，目标 \(Points(tenths: permille))%）"
        }
        let points = max(indicator.maximum - deductEach * steps, .zero)
        return IndicatorScore(points: points, measured: steps == 0 ? measured : "\(measured)，少 \(steps) 档，扣 \(deductEach * steps) 分")
    }

    func creditText(code: Int, value: Points) -> String { "计入目标次数" }
}
