import Yams

extension CriteriaParser {
    static let reportingKeys: Set<String> = [
        "within_days", "deadline", "late_deduction", "missing_deduction", "late_loses_activist_quota",
    ]

    /// `reporting: {within_days: 7, deadline: 2023-12-10, late_deduction: 2, late_loses_activist_quota: true}`.
    /// A deadline before the evaluation year starts would make every ledger late: an error.
    static func parseReporting(_ top: YAMLMapping, evaluationYear: EvaluationYear?, log: inout DiagnosticLog) -> ReportingRules? {
        guard let map = YAMLMapping(top["reporting"], path: "reporting", file: top.file, log: &log) else { return nil }
        map.rejectUnknownKeys(allowed: reportingKeys, log: &log)
        let rules = ReportingRules(
            withinDays: map.integer("within_days", log: &log), deadline: map.date("deadline", log: &log),
            lateDeduction: map.points("late_deduction", log: &log), missingDeduction: map.points("missing_deduction", log: &log),
            lateLosesActivistQuota: map.flag("late_loses_activist_quota") ?? false)
        if rules.deadline == nil && (rules.lateDeduction != nil || rules.lateLosesActivistQuota) {
            log.error(
                "E-CRITERIA-MISSING", at: YAMLMapping.location(of: map.mapping, file: map.file),
                "“reporting”写了逾期提交的处理，但缺少“reporting.deadline”（台账提交截止日期）。")
        }
        if let deadline = rules.deadline, let evaluationYear, deadline < evaluationYear.first {
            log.error(
                "E-CRITERIA-DATE", at: YAMLMapping.location(of: map["deadline"]!, file: map.file), raw: deadline.description,
                "台账提交截止日期 \(deadline.chineseDescription) 早于 \(evaluationYear.year) 评选年度的第一天"
                    + "（\(evaluationYear.first.chineseDescription)），所有单位都会算作逾期。请核对“reporting.deadline”或“year”。")
        }
        return rules
    }
}
