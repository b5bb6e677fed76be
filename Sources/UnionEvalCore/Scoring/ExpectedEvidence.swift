/// A required event or a count target that no record of any ledger matches costs every unit its
/// points. That is far more often a rubric that does not fit the ledgers (a category written another
/// way, a window in months nobody uses) than a year in which no unit did it, and the totals still look
/// plausible, so `run` and `validate` say it once per indicator, with its id and where it is defined.
public enum ExpectedEvidence {
    public static let code = "W-CRITERIA-UNMATCHED"

    public static func diagnostics(data: YearData, criteria: Criteria) -> [Diagnostic] {
        var log = DiagnosticLog()
        for indicator in criteria.indicators {
            guard let match = indicator.rule.expectedEvidence, !match.isUnrestricted,
                !data.records.contains(where: match.matches)
            else { continue }
            var conditions = match.describe(in: criteria)
            if conditions.hasSuffix("，") { conditions.removeLast() }
            let outsideWindow = match.hasDates ? data.records.count(where: match.ignoringDates.matches) : 0
            let hint = outsideWindow > 0
                ? "有 \(outsideWindow) 条记录的类别、级别、成果符合，但日期都不在规定时间内：请核对 match 的日期（months、from、to）和评选年度（year、year_start）。"
                : "请核对 match 中的类别、级别、成果与台账的写法是否一致。"
            log.warning(
                code, at: indicator.location ?? SourceLocation(file: "评分标准"), raw: indicator.id,
                "指标 \(indicator.label)：本年度所有台账中没有一条记录符合“\(conditions)”，各单位此项都不得分。\(hint)")
        }
        return log.diagnostics
    }
}
