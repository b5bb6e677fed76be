/// Why a record counted toward an indicator, or why not. Kept as a small value per record and only
/// turned into words when a report is written: a large year has millions of these.
public enum CreditNote: Sendable, Hashable {
    case perRecord(Points)
    case capReached(Points)
    case requiredCompleted
    case requiredSupporting
    case countsTowardRate
    case countsTowardPerCapita(per: Int)
    case outsideWindow
    case levelMismatch
    case noMatchingOutcome
    case sameAchievementHigherLevel
    case outcome(ActivityLevel, outcome: Int?)
    case outcomeNotInTable(ActivityLevel, outcome: Int?)
    /// The indicator's precondition (`requires`) failed; it keeps this share of its points (per mille).
    case gateUnmet(keptPermille: Int)
    /// A note of the indicator's own rule kind, put into words by it (`ScoringRule.creditText`).
    case rule(code: Int, value: Points)

    /// The note in words, for a credit on `indicator`.
    public func text(in criteria: Criteria, indicator: Int) -> String {
        if case .rule(let code, let value) = self { return criteria.indicators[indicator].rule.creditText(code: code, value: value) }
        return text(in: criteria)
    }

    public func text(in criteria: Criteria) -> String {
        switch self {
        case .perRecord(let points): return "每次 \(points) 分"
        case .capReached(let maximum): return "已达上限 \(maximum) 分"
        case .requiredCompleted: return "完成必办活动"
        case .requiredSupporting: return "必办活动记录"
        case .countsTowardRate: return "计入参与率"
        case .countsTowardPerCapita(let per): return "计入每\(per)人活动次数"
        case .outsideWindow: return "不在规定时间范围内"
        case .levelMismatch: return "级别不符"
        case .noMatchingOutcome: return "无符合要求的成果"
        case .sameAchievementHigherLevel: return "同一成果已按更高级别计分"
        case .outcome(let level, let outcome): return Self.label(level, outcome, criteria)
        case .outcomeNotInTable(let level, let outcome): return "\(Self.label(level, outcome, criteria))不在计分表中"
        case .rule(let code, let value): return "规则说明 \(code)（\(value)）"
        case .gateUnmet(let kept): return "未满足本项前提，" + IndicatorGate(conditions: [], keptPermille: kept).consequence
        }
    }

    private static func label(_ level: ActivityLevel, _ outcome: Int?, _ criteria: Criteria) -> String {
        "\(criteria.levelName(level))\(outcome.map { criteria.outcomes[$0] } ?? "")"
    }
}
