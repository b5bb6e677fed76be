/// How one person's points, eligibility and nomination came about, record by record, for `unioneval explain`.
public enum PersonExplanation {
    public static func lines(for member: Int, run: EvaluationRun, criteria: Criteria) -> [String] {
        let data = run.data
        let person = data.members[member]
        let unionName = data.unions[person.union].name
        var lines = ["\(person.staffID) \(person.name)（\(unionName)，\(person.isMember ? "会员" : "非会员")\(person.role.map { "，工会职务：\($0)" } ?? "")）"]
        guard let nomination = run.nomination else {
            lines.append("评分标准中没有 activists（工会工作积极分子）部分，无法说明。")
            return lines
        }
        let trace = PersonScorer(data: data, criteria: criteria, rules: nomination.rules).score(trace: member).trace
        let score = nomination.scores[member]
        lines.append("得分 \(score.points)：组织 \(score.organized) 次，参与 \(score.participated) 次，获奖 \(score.awards.count) 项")
        lines.append("逐条记录：")
        if trace.isEmpty { lines.append("  （台账中没有此人的记录）") }
        for contribution in trace {
            let record = data.records[contribution.record]
            let sign = contribution.points >= .zero ? "+" : ""
            let note = contribution.note.isEmpty ? "" : "（\(contribution.note)）"
            lines.append(
                "  \(data.files[record.file].rowReference(record.line)) \(record.date) \(data.name(of: record)) [\(criteria.categories[record.category].name)] \(contribution.role.rawValue) \(sign)\(contribution.points)\(note)")
        }
        if let line = ballotLine(member, data: data, rules: nomination.rules) { lines.append(line) }
        if let rule = nomination.rules.votes, rule.weight != nil {
            let ballot = BallotStep.ballots(data)[member]
            lines.append(
                "投票加分：+\(score.votePoints)（\(rule.description)；"
                    + (ballot.map { "赞成 \($0.approve) 票）" } ?? "投票结果中没有此人）"))
        }
        let decision = nomination.decisions[member]
        if case .ineligible(let reasons) = decision {
            lines.append("资格：不符合——\(reasons.map(\.chineseLabel).joined(separator: "；"))")
        } else {
            lines.append("资格：符合")
        }
        if let line = honoursLine(person.staffID, nomination: nomination) { lines.append(line) }
        let rosterColumns = nomination.rules.rosterColumns
        if !rosterColumns.isEmpty {
            let values = rosterColumns.map { "\($0)：\(data.rosterValues[$0].map { $0[member].isEmpty ? "（空）" : $0[member] } ?? "（名册无此列）")" }
            lines.append("名册（排除和比例限制按此）：" + values.joined(separator: "，"))
        }
        let quota = nomination.quotas[person.union]
        let extra = quota.extra > 0 ? "，含增加名额 \(quota.extra) 名（\(quota.extraReason)）" : ""
        let cut = quota.reducedByCap > 0 ? "，因总名额上限调减 \(quota.reducedByCap) 名" : ""
        let revoked = quota.revokedReasons.isEmpty ? "" : "，已取消本年度名额：\(quota.revokedReasons.joined(separator: "；"))"
        lines.append(
            "名额：\(unionName) \(quota.quota) 名（\(nomination.rules.quota.base.chineseName) \(quota.members) 人 × \(Points(tenths: quota.permille))%，\(quota.rounding.chineseName)，最少 \(nomination.rules.quota.minimum) 名\(extra)\(cut)\(revoked)）")
        if !decision.isIneligible { lines.append("单位内排名：第 \(nomination.unitRanks(in: data)[member]) 名（按得分，同分并列）") }
        let reason = decision.reasonText
        let shown = reason.isEmpty || reason == decision.chineseLabel || decision.isIneligible ? "" : "（\(reason)）"
        lines.append("结果：\(decision.chineseLabel)\(shown)")
        for note in nomination.notes[member] ?? [] { lines.append("名单调整：\(note)") }
        if decision == .nominated {
            lines.append("推荐理由：\(NominationReason.text(for: score, data: data, criteria: criteria))")
        }
        return lines
    }

    /// The person's ballot and, when the rubric makes passing a condition, whether they passed.
    static func ballotLine(_ member: Int, data: YearData, rules: ActivistRules) -> String? {
        guard data.votesFile != nil else { return nil }
        guard let ballot = BallotStep.ballots(data)[member] else { return "投票：投票结果中没有此人" }
        var line = "投票：赞成 \(ballot.approve) 票，反对 \(ballot.oppose) 票，弃权 \(ballot.abstain) 票"
        if let rule = rules.votes, rule.threshold != nil, let voters = BallotStep.voters(rule, data) {
            let passed = rule.passes(approve: ballot.approve, of: voters)
            line += "（\(rule.base.rawValue) \(voters) 人，\(passed ? "达到" : "未达")\(rule.thresholdText)）"
        }
        return line
    }

    /// What `not_awarded_within_years` found for this person, the years it could not check included.
    static func honoursLine(_ staffID: String, nomination: ActivistNomination) -> String? {
        let honours = nomination.honours
        guard let within = nomination.rules.notAwardedWithinYears, !honours.years.isEmpty else { return nil }
        let found = (honours.awards[staffID] ?? []).map { "\($0.year)年\($0.honour.title)（当年在\($0.honour.union)）" }
        var line = "往年获评（近 \(within) 年不再推荐，按工号核对 \(HonourHistory.yearsText(honours.years))）："
        line += found.isEmpty ? "未获评" : found.joined(separator: "、")
        if !honours.missing.isEmpty { line += "；\(HonourHistory.yearsText(honours.missing))缺少评选结果，未核对" }
        return line
    }

}
