/// Why a member cannot be nominated at all, before quotas are applied.
public enum Ineligibility: Sendable, Hashable {
    case notMember
    /// From exclusions.csv; the reason is shown on the candidates sheet, never in public.
    case excluded(reason: String)
    case excludedRole(String)
    /// A roster value the rubric excludes (`eligibility.exclude`), e.g. 行政职务 处级.
    case excludedByColumn(column: String, value: String)
    case tooFewActivities(count: Int, minimum: Int)
    case tenure(months: Int, minimum: Int)
    case noPoints
    /// On the final list of these earlier years (`not_awarded_within_years`).
    case honouredBefore(years: [Int], title: String)

    public var chineseLabel: String {
        switch self {
        case .notMember: return "非会员"
        case .excluded(let reason): return "不予推荐（\(reason)）"
        case .excludedRole(let role): return "工会职务“\(role)”不参评"
        case .excludedByColumn(let column, let value): return "\(column)为“\(value)”，不参加推荐"
        case .tooFewActivities(let count, let minimum): return "未达最低活动次数（\(count)/\(minimum)）"
        case .tenure(let months, let minimum): return "入会未满 \(minimum) 个月（\(months) 个月）"
        case .noPoints: return "无活动记录"
        case .honouredBefore(let years, let title): return "\(HonourHistory.yearsText(years))已获评\(title)"
        }
    }
}
