/// The outcome shown in the 评选结果 column.
public enum AwardDecision: String, Sendable, Codable {
    case recommended
    case notRecommended
    /// Tied on every tie-break across the award line: the committee decides.
    case committee
    case vetoed
    case belowMinimum

    public var chineseLabel: String {
        switch self {
        case .recommended: return "推荐为先进基层工会"
        case .committee: return "待委员会裁定"
        case .notRecommended, .vetoed, .belowMinimum: return "—"
        }
    }
}
