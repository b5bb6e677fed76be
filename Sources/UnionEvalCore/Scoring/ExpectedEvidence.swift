/// A required event or a count target that no unit's ledgers meet costs every unit its points. That is
/// far more often a rubric that does not fit the ledgers (a category written another way, a window in
/// months nobody uses, a December that became last year's with `year_start`) than a year in which no
/// unit did it, and the totals still look plausible, so `run` and `validate` say it once per indicator,
/// with its id and where it is defined.
public enum ExpectedEvidence {
    public static let code = "W-CRITERIA-UNMATCHED"

    public static func diagnostics(data: YearData, criteria: Criteria) -> [Diagnostic] {
        var log = DiagnosticLog()
        for indicator in criteria.indicators {
            guard let match = indicator.rule.expectedEvidence, !match.isUnrestricted else { continue }
            let needed = indicator.rule.expectedEvidenceCount
            var perUnit = [Int](repeating: 0, count: data.unions.count)
            for record in data.records where match.matches(record) { perUnit[record.union] += 1 }
            let most = perUnit.max() ?? 0
            guard most < needed else { continue }
            var conditions = match.describe(in: criteria)
            if conditions.hasSuffix("，") { conditions.removeLast() }
            let finding: String
            let hint: String
            if most == 0 {
                finding = "本年度所有台账中没有一条记录符合“\(conditions)”"
                let outsideWindow = match.hasDates ? data.records.count(where: match.ignoringDates.matches) : 0
                hint = outsideWindow > 0
                    ? "有 \(outsideWindow) 条记录的类别、级别、成果符合，但日期都不在规定时间内：请核对 match 的日期（months、from、to）和评选年度（year、year_start）。"
                    : "请核对 match 中的类别、级别、成果与台账的写法是否一致。"
            } else {
                finding = "没有一个单位达到要求（“\(conditions)”至少 \(needed) 次；最多的单位 \(most) 次）"
                hint = match.hasDates
                    ? "请核对 match 的日期（months、from、to）和评选年度（year、year_start）是否仍指所要的时间。"
                    : "请核对 min_count 和 match 是否与台账相符。"
            }
            log.warning(
                code, at: indicator.location ?? SourceLocation(file: "评分标准"), raw: indicator.id,
                "指标 \(indicator.label)：\(finding)，各单位此项都不得分。\(hint)")
        }
        return log.diagnostics
    }
}
