/// Writes the 推荐理由 in plain Chinese from the person's own records,
/// e.g. “组织三八节系列活动等3次，参与活动12次，获市级技能竞赛二等奖1项”.
public enum NominationReason {
    public static func text(for score: PersonScore, data: YearData, criteria: Criteria) -> String {
        var parts: [String] = []
        if let first = score.mostNotableOrganized {
            // “组织教职工健康体检”, not “组织组织…”: an activity named by what was done keeps its verb.
            let name = data.name(of: data.records[first])
            let organized = name.hasPrefix("组织") || name.hasPrefix("举办") || name.hasPrefix("开展") ? name : "组织\(name)"
            parts.append(score.organized > 1 ? "\(organized)等\(score.organized)次" : "\(organized)1次")
        }
        if score.participated > 0 { parts.append("参与活动\(score.participated)次") }
        // “获校级第十七届运动会一等奖”: an award is for the event, not for taking part in it.
        let awards = Dictionary(grouping: score.awards) { award in
            let event = award.activity.hasPrefix("参加") && award.activity.count > 4 ? String(award.activity.dropFirst(2)) : award.activity
            return "\(criteria.levelName(award.level))\(event)\(criteria.outcomes[award.outcome])"
        }
        for (label, items) in awards.sorted(by: { $0.value[0].points > $1.value[0].points || ($0.value[0].points == $1.value[0].points && $0.key < $1.key) }) {
            parts.append("获\(label)\(items.count)项")
        }
        return parts.joined(separator: "，")
    }
}
