/// The outcome for one member on the candidates sheet.
public enum NominationDecision: Sendable, Hashable {
    case nominated
    /// Tied at the quota line on points and organising count: the unit decides.
    case tied
    case quotaFull
    /// The unit has no quota this year (取消积极分子名额), for these reasons.
    case quotaRevoked([String])
    case ineligible([Ineligibility])
    /// Nominated by the quota cut, then replaced to keep a composition limit (its label).
    case displaced(limit: String)
    /// Did not pass the vote (`activists.votes`), and how it went.
    case voteFailed(String)
    /// An objection raised during 公示 was upheld (its reason).
    case objectionUpheld(String)

    public var chineseLabel: String {
        switch self {
        case .nominated: return "推荐"
        case .tied: return "并列待定"
        case .quotaFull: return "名额已满"
        case .quotaRevoked: return "名额已取消"
        case .ineligible: return "不符合条件"
        case .displaced: return "因比例限制未推荐"
        case .voteFailed: return "投票未通过"
        case .objectionUpheld: return "公示异议成立"
        }
    }

    /// Why not nominated, in the words the office uses.
    public var reasonText: String {
        switch self {
        case .nominated: return ""
        case .tied: return "与同单位其他候选人得分、组织次数和参与次数均相同，跨越名额线，由本单位确定"
        case .quotaFull: return "名额已满"
        case .quotaRevoked(let reasons): return "本单位本年度积极分子名额已取消：" + reasons.joined(separator: "；")
        case .ineligible(let reasons): return reasons.map(\.chineseLabel).joined(separator: "；")
        case .displaced(let limit): return "因“\(limit)”未推荐"
        case .voteFailed(let count): return "投票未通过：\(count)"
        case .objectionUpheld(let reason): return "公示期间异议成立：\(reason)"
        }
    }

    public var isIneligible: Bool {
        if case .ineligible = self { return true }
        return false
    }
}
