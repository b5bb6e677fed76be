/// When ledgers count (`reporting` in the criteria): a record entered long after its activity does
/// not count (不得年终突击补送材料), and a ledger handed in after the deadline costs points or the
/// unit's activists' quota.
public struct ReportingRules: Sendable, Hashable {
    /// A record counts only when its 上报日期 is at most this many days after the activity.
    public var withinDays: Int?
    /// The day ledgers are due (unions.csv 提交日期 is compared with it).
    public var deadline: CalendarDate?
    /// Deducted from the total of a unit whose ledger came after the deadline.
    public var lateDeduction: Points?
    /// Deducted from the total of a unit that handed in no ledger.
    public var missingDeduction: Points?
    /// Whether a late or missing ledger loses the unit its 工会工作积极分子 quota.
    public var lateLosesActivistQuota: Bool

    public init(
        withinDays: Int? = nil, deadline: CalendarDate? = nil, lateDeduction: Points? = nil, missingDeduction: Points? = nil,
        lateLosesActivistQuota: Bool = false
    ) {
        self.withinDays = withinDays
        self.deadline = deadline
        self.lateDeduction = lateDeduction
        self.missingDeduction = missingDeduction
        self.lateLosesActivistQuota = lateLosesActivistQuota
    }

    /// The rules in words, for the 评分标准 sheet.
    public var chineseDescription: String {
        var parts: [String] = []
        if let withinDays { parts.append("活动记录须在活动后 \(withinDays) 天内上报（台账“上报日期”列），逾期上报的记录不计分") }
        if let deadline {
            var late = "台账须在 \(deadline.chineseDescription) 前提交（名单“提交日期”列）"
            var costs: [String] = []
            if let lateDeduction { costs.append("逾期提交扣 \(lateDeduction) 分") }
            if let missingDeduction { costs.append("未提交扣 \(missingDeduction) 分") }
            if lateLosesActivistQuota { costs.append("逾期或未提交的单位取消工会工作积极分子名额") }
            if !costs.isEmpty { late += "；" + costs.joined(separator: "，") }
            parts.append(late)
        }
        return parts.joined(separator: "；")
    }
}
