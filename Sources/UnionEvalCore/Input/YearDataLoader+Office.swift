extension YearDataLoader {
    func loadAdjustments(_ file: InputFile) {
        read(file, role: "加减分与否决", schema: Schemas.adjustments) { row, log in
            guard let union = self.resolveUnion(row.value("二级工会"), in: row, log: &log) else { return .rejected }
            let typeText = row.value("类型") ?? ""
            guard let kind = Adjustment.Kind(rawValue: typeText) else {
                log.error("E-ADJUST-TYPE", at: row.location("类型"), raw: typeText, "“类型”应为加分、扣分或否决，本行未使用。")
                return .rejected
            }
            guard let reason = row.value("事由") else {
                log.error("E-VALUE-MISSING", at: row.location("事由"), "“事由”为空，本行未使用：每项加减分和否决都必须写明事由。")
                return .rejected
            }
            var points = Points.zero
            if kind != .veto {
                let text = row.value("分值") ?? ""
                guard let value = Points(parsing: text), value > .zero else {
                    log.error("E-ADJUST-POINTS", at: row.location("分值"), raw: text, "\(kind.rawValue)的“分值”应为正数（最多一位小数），本行未使用。")
                    return .rejected
                }
                points = value
            }
            self.data.adjustments.append(
                Adjustment(union: union, kind: kind, points: points, reason: reason, location: row.location("事由")))
            return .used
        }
    }

    func loadReviews(_ file: InputFile) {
        read(file, role: "评审打分", schema: Schemas.reviews) { row, log in
            guard let union = self.resolveUnion(row.value("二级工会"), in: row, log: &log) else { return .rejected }
            let indicatorText = row.value("指标") ?? ""
            guard let indicator = self.criteria.indicatorIndex(for: indicatorText) else {
                log.error("E-REVIEW-INDICATOR", at: row.location("指标"), raw: indicatorText, "评分标准中没有这个指标，本行未使用。")
                return .rejected
            }
            let definition = self.criteria.indicators[indicator]
            guard definition.rule.acceptsCommitteeScores else {
                log.error(
                    "E-REVIEW-NOT-MANUAL", at: row.location("指标"), raw: indicatorText,
                    "指标“\(definition.label)”由台账自动计分，不接受评审打分，本行未使用。")
                return .rejected
            }
            let scoreText = row.value("得分") ?? ""
            guard let score = Points(parsing: scoreText), score >= .zero, score <= definition.maximum else {
                log.error(
                    "E-REVIEW-SCORE", at: row.location("得分"), raw: scoreText,
                    "得分应在 0 到 \(definition.maximum) 之间（最多一位小数），本行未使用。")
                return .rejected
            }
            self.data.reviews.append(
                Review(union: union, indicator: indicator, reviewer: row.value("评委"), score: score, location: row.location("得分")))
            return .used
        }
    }

    func loadExclusions(_ file: InputFile) {
        read(file, role: "不予推荐", schema: Schemas.exclusions) { row, log in
            let staffID = row.value("工号") ?? ""
            guard let member = self.staffIDs.find(staffID) else {
                log.error("E-EXCLUSION-ID", at: row.location("工号"), raw: staffID, "工号不在会员名册中，本行未使用。")
                return .rejected
            }
            guard let reason = row.value("原因") else {
                log.error("E-VALUE-MISSING", at: row.location("原因"), "“原因”为空，本行未使用。")
                return .rejected
            }
            self.data.exclusions.append(Exclusion(member: Int(member), reason: reason, location: row.location("工号")))
            return .used
        }
    }
}

extension YearDataLoader {
    /// occurrences.csv: what the office recorded against units for `deduction` indicators.
    func loadOccurrences(_ file: InputFile) {
        read(file, role: OfficeFile.occurrences.chineseName, schema: Schemas.occurrences) { row, log in
            guard let union = self.resolveUnion(row.value("二级工会"), in: row, log: &log) else { return .rejected }
            let indicatorText = row.value("指标") ?? ""
            guard let indicator = self.criteria.indicatorIndex(for: indicatorText) else {
                log.error("E-OCCURRENCE-INDICATOR", at: row.location("指标"), raw: indicatorText, "评分标准中没有这个指标，本行未使用。")
                return .rejected
            }
            let definition = self.criteria.indicators[indicator]
            guard definition.rule.acceptsOccurrences, let rule = definition.rule as? OccurrenceDeductionRule else {
                log.error(
                    "E-OCCURRENCE-INDICATOR", at: row.location("指标"), raw: indicatorText,
                    "指标“\(definition.label)”不按校工会登记的事项扣分，本行未使用。")
                return .rejected
            }
            let kind = row.value("事项")
            guard rule.points(forKind: kind) != nil else {
                let kinds = rule.kinds.map(\.name).joined(separator: "、")
                log.error(
                    "E-OCCURRENCE-KIND", at: row.location("事项"), raw: kind,
                    kind == nil ? "指标“\(definition.label)”按事项扣分，请填写“事项”（\(kinds)），本行未使用。"
                        : "“事项”应为\(kinds)之一，本行未使用。")
                return .rejected
            }
            var count = 1
            if let text = row.value("次数") {
                guard let value = Int(text.withHalfWidthDigits), value > 0 else {
                    log.error("E-OCCURRENCE-COUNT", at: row.location("次数"), raw: text, "“次数”应为正整数，本行未使用。")
                    return .rejected
                }
                count = value
            }
            self.data.occurrences.append(
                Occurrence(
                    union: union, indicator: indicator, kind: kind, count: count, date: row.value("日期"),
                    note: row.value("说明"), location: row.location("指标")))
            return .used
        }
    }
}
