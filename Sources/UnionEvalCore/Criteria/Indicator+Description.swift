extension Indicator {
    /// The rule in plain Chinese, for the 评分标准 sheet and for anyone asking "why".
    public func ruleDescription(in criteria: Criteria) -> String {
        var described = rule.describe(maximum: maximum, in: criteria)
        if let weights { described += "；得分按来源加权合成：\(weights.chineseDescription)" }
        if let gate { described += "；\(gate.describe(in: criteria))" }
        if let groups { described += "；只适用于" + groups.sorted().map { criteria.groups[$0].label }.joined(separator: "、") }
        return described
    }
}

extension RecordMatch {
    func describe(in criteria: Criteria) -> String {
        var parts: [String] = []
        // In a year that does not start on 1 January, a month is named with its calendar year (2022年12月).
        let year = criteria.evaluationYear.flatMap { $0.startsOnNewYear ? nil : $0 }
        let monthNames = monthsInYearOrder.map { month in year?.date(month: month, day: 1).map { "\($0.year)年\(month)月" } ?? "\(month)月" }
        if !months.isEmpty { parts.append(monthNames.joined(separator: "、") + "内") }
        if let from, let to {
            parts.append("\(from.chineseDescription)至\(to < from ? "次年" : "")\(to.chineseDescription)")
        } else if let from {
            parts.append("\(from.chineseDescription)以后")
        } else if let to {
            parts.append("\(to.chineseDescription)以前")
        }
        if !levels.isEmpty { parts.append(levels.sorted().map { criteria.levelName($0) }.joined(separator: "/")) }
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
