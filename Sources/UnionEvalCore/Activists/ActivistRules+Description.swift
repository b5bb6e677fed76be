extension ActivistRules {
    /// How a person's points are counted, in words (说明 sheet, ledger templates' 填写说明).
    public var pointsDescription: String {
        let cap = participationCap.map { "，参与得分合计不超过 \($0) 分" } ?? ""
        return "组织活动每次 \(organizePoints) 分，参与活动每次 \(participatePoints) 分\(cap)；获奖按级别和成果加分，同一成果只计最高级别"
    }
}
