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
}
