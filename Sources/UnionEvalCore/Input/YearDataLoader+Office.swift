extension YearDataLoader {
    func loadAdjustments(_ file: InputFile) {
        read(file, role: "加减分与否决", schema: Schemas.adjustments) { row, log in
            guard let union = self.resolveUnion(row.value("二级工会"), in: row, log: &log) else { return .rejected }
            let typeText = row.value("类型") ?? ""
            guard let kind = Adjustment.Kind(officeText: typeText) else {
                log.error(
                    "E-ADJUST-TYPE", at: row.location("类型"), raw: typeText, "“类型”应为加分、扣分、否决、不得分或取消积极分子名额，本行未使用。")
                return .rejected
            }
            var target: ScoreTarget? = nil
            if kind == .zeroed {
                let text = row.value("指标") ?? ""
                guard let found = self.criteria.scoreTarget(for: text), found != .total else {
                    log.error(
                        "E-ADJUST-TARGET", at: row.location("指标"), raw: text,
                        text.isEmpty ? "“不得分”须在“指标”列写明哪一项（指标或一级指标的编号或名称），本行未使用。"
                            : "评分标准中没有这个指标或一级指标，本行未使用。")
                    return .rejected
                }
                target = found
            }
            guard let reason = row.value("事由") else {
                log.error("E-VALUE-MISSING", at: row.location("事由"), "“事由”为空，本行未使用：每项加减分和否决都必须写明事由。")
                return .rejected
            }
            var points = Points.zero
            if kind == .bonus || kind == .deduction {
                let text = row.value("分值") ?? ""
                guard let value = Points(parsing: text), value > .zero else {
                    log.error("E-ADJUST-POINTS", at: row.location("分值"), raw: text, "\(kind.rawValue)的“分值”应为正数（最多一位小数），本行未使用。")
                    return .rejected
                }
                points = value
            }
            var adjustment = Adjustment(union: union, kind: kind, points: points, reason: reason, location: row.location("事由"))
            adjustment.target = target
            self.data.adjustments.append(adjustment)
            return .used
        }
    }

    func loadReviews(_ file: InputFile) {
        read(file, role: OfficeFile.reviews.chineseName, schema: Schemas.reviews) { row, log in
            guard let union = self.resolveUnion(row.value("二级工会"), in: row, log: &log) else { return .rejected }
            var reviewerUnit: Int? = nil
            if let text = row.value("评委单位") {
                guard let unit = self.resolveUnion(text, in: row, log: &log) else { return .rejected }
                reviewerUnit = unit
            }
            guard let (target, range) = self.scoreTarget(row, accepting: reviewerUnit == nil ? .committee : .peer, log: &log)
            else { return .rejected }
            guard let score = self.score(row, column: "得分", range: range, log: &log) else { return .rejected }
            if reviewerUnit == union {
                log.warning(
                    "W-PEER-OWN", at: row.location("评委单位"), raw: row.value("评委单位"),
                    "互评中本单位给自己打的分不计入（互评只计其他单位的评分），本行未使用。")
                return .rejected
            }
            self.data.reviews.append(
                Review(
                    union: union, target: target, reviewer: row.value("评委"), reviewerUnit: reviewerUnit, score: score,
                    location: row.location("得分")))
            return .used
        }
    }

    func loadSelfScores(_ file: InputFile) {
        read(file, role: OfficeFile.selfScores.chineseName, schema: Schemas.selfScores) { row, log in
            guard let union = self.resolveUnion(row.value("二级工会"), in: row, log: &log) else { return .rejected }
            guard let (target, range) = self.scoreTarget(row, accepting: .selfScore, log: &log) else { return .rejected }
            guard let score = self.score(row, column: "自评分", range: range, log: &log) else { return .rejected }
            if let earlier = self.data.selfScores.first(where: { $0.union == union && $0.target == target }) {
                log.error(
                    "E-SELF-DUPLICATE", at: row.location("指标"), raw: row.value("指标"),
                    "\(self.data.unions[union].name)对“\(target.label(in: self.criteria))”的自评分已在第 \(earlier.location.line) 行填写，本行未使用。")
                return .rejected
            }
            self.data.selfScores.append(
                SelfScore(union: union, target: target, score: score, note: row.value("说明"), location: row.location("自评分")))
            return .used
        }
    }

    /// The 指标 column as a target that takes scores from `source`, with its maximum; nil when reported.
    private func scoreTarget(
        _ row: TableRow, accepting source: ScoreWeights.Source, log: inout DiagnosticLog
    ) -> (ScoreTarget, ScoreRange)? {
        let text = row.value("指标") ?? ""
        guard let target = criteria.scoreTarget(for: text) else {
            log.error("E-REVIEW-INDICATOR", at: row.location("指标"), raw: text, "评分标准中没有这个指标、一级指标或“总分”，本行未使用。")
            return nil
        }
        let label = target.label(in: criteria)
        var accepted = criteria.weights(for: target)?.share(of: source) != nil
        if case .indicator(let index) = target, source == .committee, criteria.indicators[index].rule.acceptsCommitteeScores {
            accepted = true
        }
        // A self-score is always welcome for an indicator: it is compared with the score on evidence.
        if case .indicator = target, source == .selfScore { accepted = true }
        guard accepted else {
            let code = source == .selfScore ? "E-SELF-TARGET" : "E-REVIEW-NOT-MANUAL"
            let reason: String
            switch source {
            case .selfScore: reason = "“\(label)”不接受自评分（评分标准未给它设自评权重）"
            case .peer: reason = "“\(label)”不设互评（评分标准未给它设 peer 权重）"
            default: reason = "“\(label)”由台账自动计分，不接受评审打分"
            }
            log.error(code, at: row.location("指标"), raw: text, "\(reason)，本行未使用。")
            return nil
        }
        if case .indicator(let index) = target, let range = criteria.indicators[index].rule.scoreRange { return (target, range) }
        return (target, ScoreRange(maximum: target.maximum(in: criteria)))
    }

    /// A score the target's range allows, with at most one decimal; nil when reported.
    private func score(_ row: TableRow, column: String, range: ScoreRange, log: inout DiagnosticLog) -> Points? {
        let text = row.value(column) ?? ""
        guard let score = Points(parsing: text), score >= .zero, range.contains(score) else {
            log.error(
                "E-REVIEW-SCORE", at: row.location(column), raw: text, "“\(column)”应在 \(range.allowedText) 之间（最多一位小数），本行未使用。")
            return nil
        }
        return score
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
            let rule = definition.rule
            guard rule.acceptsOccurrences else {
                log.error(
                    "E-OCCURRENCE-INDICATOR", at: row.location("指标"), raw: indicatorText,
                    "指标“\(definition.label)”不按校工会登记的事项扣分，本行未使用。")
                return .rejected
            }
            let kind = row.value("事项")
            guard rule.acceptsOccurrence(ofKind: kind) else {
                let kinds = rule.occurrenceKinds.joined(separator: "、")
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
