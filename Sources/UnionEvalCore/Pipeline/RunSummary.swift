/// What `unioneval run` tells the user at the end: the award, the grades and the activists, in a line each.
public enum RunSummary {
    public static func lines(_ run: EvaluationRun, nomination: ActivistNomination?, criteria: Criteria) -> [String] {
        let recommended = run.ranking.standings.count { $0.decision == .recommended }
        let committee = run.ranking.standings.count { $0.decision == .committee }
        let committeeText = committee > 0 ? "，另有 \(committee) 个单位同分跨线，待委员会裁定" : ""
        var lines = ["先进基层工会：名额 \(run.ranking.places) 个，推荐 \(recommended) 个\(committeeText)。"]
        for (group, places) in run.ranking.groupPlaces.enumerated() {
            let listed = run.ranking.standings.count { $0.group == group && $0.decision == .recommended }
            lines.append("  \(criteria.groups[group].label)：名额 \(places) 个，推荐 \(listed) 个。")
        }
        lines += run.ranking.statements
        for (scale, result) in zip(criteria.gradeScales, run.grading.scales) {
            let counts = scale.rules.indices.map { grade in "\(scale.rules[grade].name) \(result.units.count { $0.grade == grade }) 个" }
            let vacant = result.vacant.map { "“\(scale.rules[$0].name)”本年度空缺" }
            lines.append("\(scale.kind.label)：\(counts.joined(separator: "，"))\(vacant.isEmpty ? "" : "；" + vacant.joined(separator: "，"))。")
        }
        if let nomination {
            let tied = nomination.quotas.reduce(0) { $0 + $1.tied }
            let tiedText = tied > 0 ? "，另有 \(tied) 人并列待定，由所在单位确定" : ""
            lines.append("\(nomination.rules.title)：推荐 \(nomination.nominees.count) 人\(tiedText)。")
            let swaps = nomination.limits.reduce(0) { $0 + $1.swaps.count }
            if !nomination.limits.isEmpty {
                let unmet = nomination.limits.filter { !$0.isMet }
                lines.append(
                    "比例限制：\(Set(nomination.limits.map(\.limit)).count) 项，为此调整 \(swaps) 人"
                        + (unmet.isEmpty ? "，均已满足。" : "；未能满足 \(unmet.count) 处（见“名额分配”表）："))
                lines += unmet.map { "  " + $0.summary(unionName: $0.union.map { run.data.unions[$0].name }) }
            }
            lines += nomination.statements
        }
        if run.hasErrors {
            lines.append("注意：输入数据有错误，报告已生成并在“数据问题”表中标明，请核对后再定稿。")
        }
        return lines
    }
}
