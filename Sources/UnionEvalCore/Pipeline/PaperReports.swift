/// `unioneval papers`: the papers after the meeting, from the final lists of an `EvaluationRun` made with
/// the people scored and their ID lists kept (the 事迹 are drafted from them): the nominees' 审批表,
/// the recommended units' 申报审批表, the 表彰决定 draft and the 近三年 summaries, committed together.
public enum PaperReports {
    public static func write(_ run: EvaluationRun, criteria: Criteria, context: RunContext, to outputs: some ReportOutputs) throws -> [String] {
        do {
            var paths: [String] = []
            if let nomination = run.nomination {
                let forms = NomineeApprovalForms(data: run.data, criteria: criteria, nomination: nomination, context: context)
                paths.append(try outputs.write(forms.workbook(), preparesRowsAhead: false))
            }
            paths.append(try outputs.write(UnitApprovalForms(run: run, criteria: criteria, context: context).workbook(), preparesRowsAhead: false))
            let decision = AwardDecisionDraft(
                data: run.data, criteria: criteria, ranking: run.ranking, nomination: run.nomination, context: context)
            paths.append(try outputs.write(decision.document()))
            paths.append(try outputs.write(HonourSummaries(run: run, criteria: criteria, context: context).workbook(), preparesRowsAhead: false))
            try outputs.commit()
            return paths
        } catch {
            outputs.discard()
            throw error
        }
    }

    /// Who is not on the papers because the meeting has not decided yet: said, never left out silently.
    public static func pending(_ run: EvaluationRun) -> [String] {
        var lines: [String] = []
        let committee = run.ranking.standings.count { $0.decision == .committee }
        if committee > 0 {
            lines.append("注意：另有 \(committee) 个单位同分跨越名额线、待委员会裁定，未写入申报审批表和表彰决定；裁定结果录入（如校工会加扣分）后请重新运行 papers。")
        }
        if let nomination = run.nomination {
            let tied = nomination.quotas.reduce(0) { $0 + $1.tied }
            if tied > 0 {
                lines.append(
                    "注意：另有 \(tied) 人并列待定（见推荐名单工作簿“候选人明细”），未写入推荐审批表和表彰决定；由所在单位确定后，把不推荐的人登记在 exclusions 中（原因写明如“并列名额经单位商定由他人推荐”），再重新运行 papers。")
            }
        }
        return lines
    }
}
