/// Composition limits on the units' list (`award.composition` over unions.csv's 类别): "机关、直属单位分工会
/// 不超过25%". As for people (`CompositionStep`): while a limit does not hold, the lowest-ranked recommended
/// unit of the side that is too large gives its place to the best-ranked unit of the other side that is
/// waiting (not recommended for want of a place, and free to join: it passed the ballot and no objection
/// against it was upheld). Units equal on the total and every tie-break leave the choice to the committee,
/// and the limit is reported unmet; a swap that would break another limit which holds is not made. Each
/// swap is the remark of both units; each limit's outcome is a statement under the ranking.
struct UnitComposition {
    let limits: [CompositionLimit]
    /// Per limit, per unit: whether the unit is in the limit's group.
    let inGroup: [[Bool]]
    /// Per limit: unions.csv has no such column, so the group cannot be told.
    let columnMissing: [Bool]
    let names: [String]
    /// Total and tie-break values per unit: two units with equal keys are not told apart by any rule.
    let keys: [[Int]]

    init(award: AwardRule, data: YearData, evaluation: Evaluation) {
        limits = award.composition
        inGroup = limits.map { limit in
            data.unions.map { union in union.attributes[limit.column].map(limit.values.contains) ?? false }
        }
        columnMissing = limits.map { !data.unionColumnsPresent.contains($0.column) }
        names = data.unions.map(\.name)
        keys = evaluation.units.map { [$0.total.tenths] + Ranking.tieBreakKey($0, award: award) }
    }

    /// Enforces every limit on the list as it stands, carrying on `outcomes` (one per limit) from an
    /// earlier pass: run after the ranking and again after the ballot and objections.
    func apply(to ranking: inout Ranking, mayJoin: [Bool], outcomes: inout [CompositionOutcome]) {
        for index in limits.indices {
            var outcome = outcomes.first { $0.limit == limits[index] } ?? CompositionOutcome(limit: limits[index], union: nil, total: 0, count: 0, bound: 0)
            outcome.problem = nil
            enforce(index, &outcome, on: &ranking, mayJoin: mayJoin)
            outcomes.removeAll { $0.limit == limits[index] }
            outcomes.append(outcome)
        }
        outcomes = outcomes.map { outcome in
            var outcome = outcome
            guard let index = limits.firstIndex(of: outcome.limit) else { return outcome }
            outcome.recount(recommended(ranking), inGroup: columnMissing[index] ? nil : inGroup[index])
            return outcome
        }
    }

    func recommended(_ ranking: Ranking) -> [Int] { ranking.order.filter { ranking.standings[$0].decision == .recommended } }

    func enforce(_ index: Int, _ outcome: inout CompositionOutcome, on ranking: inout Ranking, mayJoin: [Bool]) {
        let limit = limits[index]
        if columnMissing[index] {
            outcome.problem = "参评单位表（unions）没有“\(limit.column)”列，无法核对哪些单位属于这一类"
            return
        }
        let takeOffGroup = limit.isMaximum
        while true {
            let listed = recommended(ranking)
            guard !limit.holds(count: listed.filter { inGroup[index][$0] }.count, of: listed.count) else { return }
            let outs = listed.filter { inGroup[index][$0] == takeOffGroup }
            let waiting = ranking.order.filter {
                ranking.standings[$0].decision == .notRecommended && mayJoin[$0] && inGroup[index][$0] != takeOffGroup
            }
            guard let out = outs.last, let replacement = waiting.first else {
                outcome.problem =
                    takeOffGroup
                    ? "没有不属于这一类的单位可递补（其余单位均未达到评选条件）"
                    : "没有符合条件的\(limit.groupName)可递补"
                return
            }
            if outs.dropLast().last.map({ keys[$0] == keys[out] }) ?? false
                || waiting.dropFirst().first.map({ keys[$0] == keys[replacement] }) ?? false
            {
                outcome.problem = "可替换的单位总分及各项比较指标完全相同，须委员会裁定"
                return
            }
            if let broken = brokenLimit(swapping: out, for: replacement, except: index, ranking) {
                outcome.problem = "与“\(broken)”冲突：能做的替换会使其不再满足"
                return
            }
            ranking.standings[out].decision = .displaced
            ranking.standings[out].remark = "因“\(limit.label)”未推荐，由\(names[replacement])替补"
            ranking.standings[replacement].decision = .recommended
            ranking.standings[replacement].remark = "因“\(limit.label)”推荐，替换\(names[out])"
            outcome.swaps.append(CompositionOutcome.Swap(out: out, replacement: replacement))
        }
    }

    /// The label of another limit that holds now and would not after the swap.
    func brokenLimit(swapping out: Int, for replacement: Int, except current: Int, _ ranking: Ranking) -> String? {
        let listed = recommended(ranking)
        for other in limits.indices where other != current && !columnMissing[other] {
            let change = (inGroup[other][replacement] ? 1 : 0) - (inGroup[other][out] ? 1 : 0)
            let count = listed.filter { inGroup[other][$0] }.count
            if change != 0 && limits[other].holds(count: count, of: listed.count) && !limits[other].holds(count: count + change, of: listed.count) {
                return limits[other].label
            }
        }
        return nil
    }

    /// unions.csv lacking a column a limit reads: the limit cannot be checked, said once beside the inputs.
    static func diagnostics(data: YearData, award: AwardRule) -> [Diagnostic] {
        var log = DiagnosticLog()
        let table = data.accounting.first { $0.role == "参评二级工会" }
        for column in Set(award.composition.map(\.column)).sorted() where !data.unionColumnsPresent.contains(column) {
            let labels = award.composition.filter { $0.column == column }.map { "“\($0.label)”" }.joined(separator: "、")
            log.warning(
                "W-UNION-COLUMN", at: SourceLocation(file: table?.path ?? "unions.csv", sheet: table?.sheet), raw: column,
                "评分标准按参评单位表的“\(column)”列限制先进基层工会名单构成（\(labels)），但该表没有这一列：限制无法核对（名单下方写明未能满足）。请在 unions 表中增加“\(column)”列。")
        }
        return log.diagnostics
    }

    /// One sentence per limit for the statements under the ranking: the count, and each swap.
    func statements(_ outcomes: [CompositionOutcome]) -> [String] {
        outcomes.map { outcome in
            var text = "先进基层工会名单构成：" + outcome.summary(unionName: nil, counter: "个")
            if !outcome.swaps.isEmpty {
                text += "（" + outcome.swaps.map { "\(names[$0.replacement])替换\(names[$0.out])" }.joined(separator: "，") + "）"
            }
            return text + "。"
        }
    }
}
