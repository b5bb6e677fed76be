/// The union office's own optional files in a year's folder, by the name before the extension
/// (`adjustments.csv`, `occurrences.xlsx`), with what each holds.
public enum OfficeFile: String, Sendable, CaseIterable, Hashable {
    case adjustments
    case reviews
    case exclusions
    case occurrences
    case selfScores = "self_scores"
    case votes
    case objections

    /// What the file is, in the words of the input contract.
    public var chineseName: String {
        switch self {
        case .adjustments: return "加减分与否决"
        case .reviews: return "评审打分"
        case .exclusions: return "不予推荐名单"
        case .occurrences: return "校工会登记事项"
        case .selfScores: return "单位自评分"
        case .votes: return "投票结果"
        case .objections: return "公示异议"
        }
    }
}
