/// What happens to the units' list after the ranking: composition limits (`award.composition`), the ballot (`award.votes` over votes.csv, 评选
/// 先进基层工会) and objections after 公示 (objections.csv, 对象 a unit). A recommended unit that fails the
/// vote, or against which an objection is upheld, is no longer recommended, with the reason as its
/// remark; its place stays vacant or goes to the next unit by rank that qualifies (`award.vacancy`).
/// What the ballot and 公示 did is said as statements below the ranking and in the run's summary.
public enum AwardReview {
    public static func apply(to ranking: inout Ranking, data: YearData, criteria: Criteria, evaluation: Evaluation) {
        var review = Review(ranking: ranking, data: data, award: criteria.award, evaluation: evaluation)
        let composition = UnitComposition(award: criteria.award, data: data, evaluation: evaluation)
        var outcomes: [CompositionOutcome] = []
        composition.apply(to: &review.ranking, mayJoin: review.mayJoin, outcomes: &outcomes)
        review.ballot()
        review.objections()
        // The final list is what the limits are about: places filled after the ballot and 公示 count too.
        composition.apply(to: &review.ranking, mayJoin: review.mayJoin, outcomes: &outcomes)
        review.ranking.statements += composition.statements(outcomes)
        ranking = review.ranking
    }

    private struct Review {
        var ranking: Ranking
        let data: YearData
        let award: AwardRule
        let evaluation: Evaluation
        /// Whether a unit may take a freed place: it passed the ballot (where one applies) and no objection against it was upheld.
        var mayJoin: [Bool]

        init(ranking: Ranking, data: YearData, award: AwardRule, evaluation: Evaluation) {
            self.ranking = ranking
            self.data = data
            self.award = award
            self.evaluation = evaluation
            mayJoin = Array(repeating: true, count: data.unions.count)
        }

        var recommended: [Int] { ranking.order.filter { ranking.standings[$0].decision == .recommended } }

        mutating func ballot() {
            guard let rule = award.votes, rule.threshold != nil else { return }
            guard data.votesFile != nil else {
                ranking.statements.append("评分标准要求\(rule.description)，但没有投票结果（votes 文件），先进基层工会名单未经投票核对。")
                return
            }
            guard let voters = rule.base == .present ? data.unitVoters?.present : data.unitVoters?.expected else {
                ranking.statements.append("投票结果中没有先进基层工会的\(rule.base.rawValue)人数，无法核对是否通过；名单未按投票调整。")
                return
            }
            let ballots = Dictionary(data.unitBallots.map { ($0.candidate, $0) }, uniquingKeysWith: { first, _ in first })
            for union in data.unions.indices {
                mayJoin[union] = ballots[union].map { rule.passes(approve: $0.approve, of: voters) } ?? false
            }
            var failed = 0
            for union in recommended where !mayJoin[union] {
                let count = ballots[union].map { "赞成 \($0.approve) 票，\(rule.base.rawValue) \(voters) 人，未达\(rule.thresholdText)" } ?? "投票结果中没有本单位"
                ranking.standings[union].decision = .voteFailed
                ranking.standings[union].remark = "投票未通过：\(count)"
                failed += 1
                fillPlace(of: union, because: "\(data.unions[union].name)投票未通过", afterPublicity: false)
            }
            ranking.statements.append(
                "先进基层工会经投票（\(rule.description)，\(rule.base.rawValue) \(voters) 人）："
                    + (failed == 0 ? "推荐单位均获通过。" : "\(failed) 个单位未获通过，不再推荐（见“备注”）。"))
        }

        mutating func objections() {
            guard data.objectionsFile != nil else { return }
            for objection in data.unitObjections where objection.upheld { mayJoin[objection.candidate] = false }
            var removed: [String] = []
            for objection in data.unitObjections {
                let union = objection.candidate
                let name = data.unions[union].name
                if objection.upheld && [.vetoed, .belowMinimum].contains(ranking.standings[union].decision) {
                    // Not eligible for the award anyway: its own reason stays, the finding is added.
                    ranking.standings[union].remark += "；公示期间异议成立：\(objection.reason)"
                } else if objection.upheld {
                    let wasRecommended = ranking.standings[union].decision == .recommended
                    ranking.standings[union].decision = .objectionUpheld
                    ranking.standings[union].remark = "公示期间异议成立：\(objection.reason)"
                    if wasRecommended {
                        removed.append("\(name)（\(objection.reason)）")
                        fillPlace(of: union, because: "\(name)的公示异议成立", afterPublicity: true)
                    }
                } else {
                    let note = "公示期间有异议（\(objection.reason)），经核实不成立"
                    let remark = ranking.standings[union].remark
                    ranking.standings[union].remark = remark.isEmpty ? note : "\(remark)；\(note)"
                }
            }
            ranking.statements.append(
                PublicityStatement.text(subject: "先进基层工会", objections: data.unitObjections, removed: removed, removal: "撤销推荐"))
        }

        /// With `vacancy: next`, the best-ranked unit not recommended that qualifies takes the place
        /// (递补); two equal on the total and every tie-break leave it to the committee.
        mutating func fillPlace(of vacated: Int, because reason: String, afterPublicity: Bool) {
            let name = data.unions[vacated].name
            guard award.vacancy == .next else {
                ranking.statements.append("\(name)的名额空缺（评分标准规定不递补）。")
                return
            }
            // A freed place stays in its group (with `groups`).
            let group = ranking.standings[vacated].group
            let waiting = ranking.order.filter {
                ranking.standings[$0].decision == .notRecommended && mayJoin[$0] && ranking.standings[$0].group == group
            }
            guard let next = waiting.first else {
                ranking.statements.append("\(name)的名额空缺：没有符合条件的单位可递补。")
                return
            }
            let units = evaluation.units
            let equal = waiting.filter {
                units[$0].total == units[next].total && Ranking.tieBreakKey(units[$0], award: award) == Ranking.tieBreakKey(units[next], award: award)
            }
            if equal.count > 1 {
                let names = equal.map { data.unions[$0].name }
                for union in equal {
                    ranking.standings[union].decision = .committee
                    ranking.standings[union].remark = "因\(reason)可递补，与\(names.filter { $0 != data.unions[union].name }.joined(separator: "、"))总分及各项比较指标完全相同，待委员会裁定"
                }
                ranking.statements.append("\(name)的名额由委员会在总分及各项比较指标完全相同的\(names.joined(separator: "、"))中确定一个递补。")
                return
            }
            ranking.standings[next].decision = .recommended
            ranking.standings[next].remark = "因\(reason)，按名次递补" + (afterPublicity ? "（未经原公示，须另行公示）" : "")
        }
    }
}
