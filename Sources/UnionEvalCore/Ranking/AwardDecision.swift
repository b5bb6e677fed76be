/// The outcome shown in the 评选结果 column.
public enum AwardDecision: String, Sendable, Codable {
    case recommended
    case notRecommended
    /// Tied on every tie-break across the award line: the committee decides.
    case committee
    case vetoed
    case belowMinimum
    /// Recommended by the ranking, then not passed by the ballot (`award.votes`).
    case voteFailed
    /// Recommended by the ranking, then an objection raised during 公示 was upheld.
    case objectionUpheld
    /// Within the award line, then replaced to keep a composition limit (`award.composition`).
    case displaced

    /// The label in the one-page ranking's 评选结果 column, whose reasons are on 排名说明.
    public var shortLabel: String {
        switch self {
        case .recommended: return "推荐"
        case .committee: return "待委员会裁定"
        case .voteFailed: return "投票未通过"
        case .objectionUpheld: return "异议成立未推荐"
        case .displaced: return "构成限制未推荐"
        case .notRecommended, .vetoed, .belowMinimum: return "—"
        }
    }

    public var chineseLabel: String {
        switch self {
        case .recommended: return "推荐为先进基层工会"
        case .committee: return "待委员会裁定"
        case .voteFailed: return "投票未通过"
        case .objectionUpheld: return "公示异议成立，不再推荐"
        case .displaced: return "因名单构成限制未推荐"
        case .notRecommended, .vetoed, .belowMinimum: return "—"
        }
    }
}
