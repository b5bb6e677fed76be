/// How one unit's total came about, dimension by dimension, indicator by indicator and record by
/// record, for `unioneval explain --unit`: from the same credits as the 计分依据 sheet, so its total is
/// the workbook's.
public enum UnitExplanation {
    /// The unit by its name or code; nil with the message to show when there is none.
    public static func union(named text: String, in data: YearData) -> (union: Int?, problem: String) {
        let key = text.trimmingWhitespace()
        if let union = data.unions.firstIndex(where: { $0.name == key || $0.code == key }) { return (union, "") }
        let near = EditDistance.nearest(to: key, in: data.unions.map(\.name)).map { "是否应为“\($0)”？" } ?? "参评单位见 unions.csv。"
        return (nil, "参评单位中没有“\(key)”。\(near)")
    }

    public static func lines(for union: Int, run: EvaluationRun, criteria: Criteria) -> [String] {
        let data = run.data
        let unit = run.evaluation.units[union]
        let standing = run.ranking.standings[union]
        var lines = ["\(data.unions[union].name)（会员 \(unit.memberCount) 人）"]
        lines.append("总分 \(unit.total)：\(totalInWords(unit, criteria: criteria))")
        let decision: String
        switch standing.decision {
        case .recommended, .committee, .voteFailed, .objectionUpheld, .displaced: decision = standing.decision.chineseLabel
        case .vetoed: decision = "不得评选"
        case .notRecommended, .belowMinimum: decision = "未推荐"
        }
        var result = "\(run.ranking.groupLabel(of: union, in: criteria))排名第 \(standing.rank)（共 \(run.ranking.peers(of: union)) 个单位），评选结果：\(decision)"
        if !standing.remark.isEmpty { result += "（\(standing.remark)）" }
        lines.append(result)
        for (scale, grading) in zip(criteria.gradeScales, run.grading.scales) {
            let given = grading.units[union].grade.map { scale.rules[$0].name } ?? "—"
            let why = grading.units[union].shortOf.last.map { "；未获\($0)" } ?? ""
            lines.append("\(scale.kind.label)：\(given)\(why)")
        }
        if data.unionsWithoutLedger.contains(union) { lines.append("未提交台账：以下只有评审打分和校工会加减分。") }

        // Each indicator's credited records, in record order, from the one pass over the unit's records.
        var credited = [[(record: Int, credit: RecordCredit)]](repeating: [], count: criteria.indicators.count)
        for index in data.records.indices where data.records[index].union == union {
            for credit in run.evaluation.recordCredits[index] { credited[credit.indicator].append((index, credit)) }
        }
        for (dimensionIndex, dimension) in criteria.dimensions.enumerated() {
            let bonus = dimension.isBonus ? "（加分项\(dimension.cap.map { "，上限 \($0) 分" } ?? "，不封顶")）" : ""
            lines.append("\(dimension.id) \(dimension.name)\(bonus)：\(unit.dimensionTotals[dimensionIndex]) 分")
            for indicator in criteria.indicators(in: dimensionIndex) {
                let definition = criteria.indicators[indicator]
                let score = unit.indicators[indicator]
                let maximum = definition.maximum.isUncapped ? "不封顶" : "满分 \(definition.maximum)"
                lines.append("  \(definition.label)：\(score.points) 分（\(maximum)）——\(score.measured)")
                for (record, credit) in credited[indicator] {
                    lines.append("    " + recordLine(record, credit: credit, indicator: indicator, data: data, criteria: criteria))
                }
                for occurrence in data.occurrences where occurrence.union == union && occurrence.indicator == indicator {
                    let details = [occurrence.date, occurrence.note].compactMap { $0 }.joined(separator: "，")
                    lines.append(
                        "    校工会登记：\(occurrence.kind.map { "\($0) " } ?? "")\(occurrence.count) 次\(details.isEmpty ? "" : "（\(details)）")（\(occurrence.location.file) \(occurrence.location.place)）")
                }
            }
        }
        for adjustment in data.adjustments where adjustment.union == union {
            let source = "\(adjustment.location.file) \(adjustment.location.place)"
            switch adjustment.kind {
            case .bonus: lines.append("校工会加分 +\(adjustment.points)：\(adjustment.reason)（\(source)）")
            case .deduction: lines.append("校工会扣分 −\(adjustment.points)：\(adjustment.reason)（\(source)）")
            case .veto: lines.append("一票否决：\(adjustment.reason)（\(source)）")
            case .zeroed: lines.append("此项不得分：\(adjustment.target.map { $0.label(in: criteria) } ?? "")——\(adjustment.reason)")
            case .activistQuotaRevoked: lines.append("取消积极分子名额：\(adjustment.reason)")
            }
        }
        if let cap = criteria.adjustmentBonusCap, data.adjustments.contains(where: { $0.union == union && $0.kind == .bonus }) {
            lines.append("校工会加分合计上限 \(cap) 分，计入 \(unit.adjustmentBonus) 分")
        }
        return lines
    }

    /// "各一级指标 80.3 + 加分 2.0 − 扣分 0.0", as the 总分 formula adds it up.
    static func totalInWords(_ unit: UnitScore, criteria: Criteria) -> String {
        var parts: [String] = []
        if let weighted = unit.weightedRegularTotal {
            parts.append("\(criteria.totalWeights != nil ? "加权合成" : "折算合计") \(weighted)（\(unit.weightedRegularTotalWords)）")
            let bonusDimensions = criteria.dimensions.indices.filter { criteria.dimensions[$0].isBonus }
                .reduce(Points.zero) { $0 + unit.dimensionTotals[$1] }
            parts.append("加分项 \(bonusDimensions)")
        } else {
            parts.append("各一级指标 \(unit.dimensionTotals.reduce(Points.zero, +))")
        }
        return parts.joined(separator: " + ") + " + 加分 \(unit.adjustmentBonus) − 扣分 \(unit.deduction)"
    }

    private static func recordLine(_ record: Int, credit: RecordCredit, indicator: Int, data: YearData, criteria: Criteria) -> String {
        let activity = data.records[record]
        let place = data.files[activity.file].rowReference(activity.line)
        let what = "\(place) \(activity.date) \(data.name(of: activity)) [\(criteria.categories[activity.category].name)]"
        let note = credit.note.text(in: criteria, indicator: indicator)
        guard credit.counted else { return "\(what) 未计分：\(note)" }
        guard let points = credit.points else { return "\(what) \(note)" }
        return "\(what) \(points >= .zero ? "+" : "")\(points)（\(note)）"
    }
}
