extension Indicator {
    /// The rule in plain Chinese, for the 评分标准 sheet and for anyone asking "why".
    public func ruleDescription(in criteria: Criteria) -> String {
        switch rule {
        case .count(let match, let each):
            return "\(match.describe(in: criteria))每次 \(each) 分，最高 \(maximum) 分"
        case .requiredEvent(let match, let minimumCount, let deduction):
            let penalty = deduction > .zero ? "未完成扣 \(deduction) 分" : "未完成得 0 分"
            return "必办活动：\(match.describe(in: criteria))至少 \(minimumCount) 次得 \(maximum) 分，\(penalty)"
        case .participationRate(let match, let scale):
            let scope = match == RecordMatch() ? "全部活动" : match.describe(in: criteria)
            return "参与率 = 参加\(scope)的本单位会员人数（去重）÷ 会员人数；\(scale.describe(maximum: maximum, percent: true))"
        case .perCapita(let match, let per, let scale):
            return "每\(per)名会员的活动次数（\(match.describe(in: criteria))）；\(scale.describe(maximum: maximum, percent: false))"
        case .outcomes(let match, let table):
            let entries = table.keys.sorted(by: >).flatMap { level in
                // Equal points fall back to the criteria's order of outcomes: a dictionary's order changes per run.
                table[level]!.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\(level.chineseName)\(criteria.outcomes[$0.key]) \($0.value) 分" }
            }
            return "\(match.describe(in: criteria))按级别和成果计分：\(entries.joined(separator: "，"))；同一成果只按最高级别计一次，最高 \(maximum) 分"
        case .manual:
            return "由评审委员会依据材料打分（0–\(maximum) 分）；3 名及以上评委时去掉一个最高分和一个最低分后取平均"
        }
    }
}

extension RecordMatch {
    func describe(in criteria: Criteria) -> String {
        var parts: [String] = []
        if !months.isEmpty { parts.append(months.sorted().map { "\($0)月" }.joined(separator: "、") + "内") }
        if let from, let to {
            parts.append("\(from.chineseDescription)至\(to.chineseDescription)")
        } else if let from {
            parts.append("\(from.chineseDescription)以后")
        } else if let to {
            parts.append("\(to.chineseDescription)以前")
        }
        if !levels.isEmpty { parts.append(levels.sorted().map(\.chineseName).joined(separator: "/")) }
        if !categories.isEmpty { parts.append("“" + categories.sorted().map { criteria.categories[$0].name }.joined(separator: "/") + "”类") }
        if !outcomes.isEmpty {
            parts.append("获" + outcomes.sorted().map { criteria.outcomes[$0] }.joined(separator: "/"))
        } else if requiresOutcome {
            parts.append("有成果的")
        }
        return parts.isEmpty ? "各类活动，" : parts.joined(separator: " ") + "活动，"
    }
}

extension RateScale {
    func describe(maximum: Points, percent: Bool) -> String {
        let format = { (value: Int) -> String in
            percent ? "\(Points(roundingTenths: value, over: 1))%" : "\(Double(value) / 1000)"
        }
        switch self {
        case .bands(let bands):
            return bands.map { "≥\(format($0.minimum)) 得 \($0.points) 分" }.joined(separator: "，") + "，以下 0 分"
        case .linear(let target):
            return "按比例计分，达到 \(format(target)) 得满分 \(maximum) 分"
        }
    }
}
