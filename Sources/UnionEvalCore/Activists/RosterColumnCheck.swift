/// What the roster says to the rules that read its columns (`eligibility.exclude`, `composition`): a
/// column the roster lacks cannot be applied, and a value an exclusion does not list (正处级 beside
/// 处级) is said once, so a spelling does not silently keep someone on the list.
public enum RosterColumnCheck {
    public static func diagnostics(data: YearData, rules: ActivistRules) -> [Diagnostic] {
        var log = DiagnosticLog()
        let roster = data.accounting.first { $0.role == "会员名册" }
        let location = SourceLocation(file: roster?.path ?? "members.csv", sheet: roster?.sheet)
        for column in rules.rosterColumns where !data.rosterColumnsPresent.contains(column) {
            var uses: [String] = []
            if rules.columnExclusions[column] != nil { uses.append("排除（eligibility.exclude）") }
            uses += rules.composition.filter { $0.column == column }.map { "比例限制“\($0.label)”" }
            let consequence = [
                rules.columnExclusions[column] != nil ? "排除无法执行" : nil,
                rules.composition.contains { $0.column == column } ? "比例限制无法核对（名单中写明未能满足）" : nil,
            ].compactMap { $0 }.joined(separator: "，")
            log.warning(
                "W-ROSTER-COLUMN", at: location, raw: column,
                "评分标准按名册的“\(column)”列执行\(uses.joined(separator: "、"))，但名册没有这一列：\(consequence)。请在名册中增加“\(column)”列。")
        }
        for (column, listed) in rules.columnExclusions.sorted(by: { $0.key < $1.key }) where data.rosterColumnsPresent.contains(column) {
            var counts: [String: Int] = [:]
            // A value a composition limit names on the same column is accounted for there.
            let limited = Set(rules.composition.filter { $0.column == column }.flatMap(\.values))
            for value in data.rosterValues[column] ?? [] where !value.isEmpty && !listed.contains(value) && !limited.contains(value) {
                counts[value, default: 0] += 1
            }
            for (value, count) in counts.sorted(by: { $0.key < $1.key }) {
                log.warning(
                    "W-ROSTER-VALUE", at: location, raw: value,
                    "名册“\(column)”列中的“\(value)”（\(count) 人）不在 eligibility.exclude 列出的值（\(listed.joined(separator: "、"))）中，这些人照常参评；如也应排除，请加入列表。")
            }
        }
        return log.diagnostics
    }
}
