/// The ballot (`activists.votes` over votes.csv): a nominee whose approvals do not reach the threshold
/// of those present (or entitled) comes off the list, with the count; the place is filled by the unit's
/// next candidate who passed, or left vacant, as `vacancy` says. Without the rule, the ballot is only
/// shown beside the names.
struct BallotStep: SelectionStep {
    let rules: ActivistRules
    let data: YearData

    /// Member → ballot.
    static func ballots(_ data: YearData) -> [Int: Ballot] {
        Dictionary(data.ballots.map { ($0.candidate, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The voters a share is taken of, by the rule's base; nil when votes.csv does not state it.
    static func voters(_ rule: VoteRule, _ data: YearData) -> Int? {
        rule.base == .present ? data.voters?.present : data.voters?.expected
    }

    func apply(to selection: inout PeopleSelection) {
        guard let rule = rules.votes, rule.threshold != nil else { return }
        guard data.votesFile != nil else {
            selection.statements.append("评分标准要求\(rule.description)，但没有投票结果（votes 文件），名单未经投票核对。")
            return
        }
        guard let voters = Self.voters(rule, data) else {
            selection.statements.append("投票结果没有写\(rule.base.rawValue)人数，无法核对是否通过；名单未按投票调整。")
            return
        }
        let ballots = Self.ballots(data)
        let passes = { (member: Int) in ballots[member].map { rule.passes(approve: $0.approve, of: voters) } ?? false }
        for member in selection.mayJoin.indices where !passes(member) { selection.mayJoin[member] = false }
        var failed = 0
        for member in selection.nominees where !passes(member) {
            let count = ballots[member].map { "赞成 \($0.approve) 票，\(rule.base.rawValue) \(voters) 人，未达\(rule.thresholdText)" }
                ?? "投票结果中没有此人"
            selection.decisions[member] = .voteFailed(count)
            failed += 1
            selection.fillPlace(of: member, union: data.members[member].union, vacancy: rules.vacancy, because: "\(data.members[member].name)投票未通过",
                describe: { PeopleSelection.describe($0, in: data) })
        }
        selection.statements.append(
            "经投票（\(rule.description)，\(rule.base.rawValue) \(voters) 人）："
                + (failed == 0 ? "被推荐人均获通过。" : "\(failed) 人未获通过，已从名单中撤下（见“候选人明细”）。"))
        selection.recountQuotas()
    }
}
