/// Writes the 推荐理由 in plain Chinese from the person's own records,
/// e.g. “组织三八节系列活动等3次，参与活动12次，获市级技能竞赛二等奖1项”.
public enum NominationReason {
    public static func text(for score: PersonScore, data: YearData, criteria: Criteria) -> String {
        var parts: [String] = []
        if let first = score.mostNotableOrganized {
            let name = data.name(of: data.records[first])
            parts.append(score.organized > 1 ? "组织\(name)等\(score.organized)次" : "组织\(name)1次")
        }
        if score.participated > 0 { parts.append("参与活动\(score.participated)次") }
        let awards = Dictionary(grouping: score.awards) { "\(criteria.levelName($0.level))\($0.activity)\(criteria.outcomes[$0.outcome])" }
        for (label, items) in awards.sorted(by: { $0.value[0].points > $1.value[0].points || ($0.value[0].points == $1.value[0].points && $0.key < $1.key) }) {
            parts.append("获\(label)\(items.count)项")
        }
        return parts.joined(separator: "，")
    }
}
