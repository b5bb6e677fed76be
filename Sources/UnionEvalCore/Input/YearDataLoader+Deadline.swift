extension YearDataLoader {
    /// The criteria's ledger deadline, as adjustments the reports already show: a late or missing
    /// ledger's deduction and loss of the activists' quota, each with its reason and the cell it rests on.
    func applyDeadline() {
        guard let rules = criteria.reporting, let deadline = rules.deadline else { return }
        var undated: [String] = []
        for (index, union) in data.unions.enumerated() {
            let reason: String
            if data.unionsWithoutLedger.contains(index) {
                reason = "未提交活动台账（截止 \(deadline.chineseDescription)）"
                if let points = rules.missingDeduction {
                    data.adjustments.append(Adjustment(union: index, kind: .deduction, points: points, reason: reason, location: union.rowLocation))
                }
            } else if let submitted = union.submittedOn {
                guard submitted > deadline else { continue }
                reason = "台账逾期提交（截止 \(deadline.chineseDescription)，\(submitted.chineseDescription) 提交）"
                if let points = rules.lateDeduction {
                    data.adjustments.append(Adjustment(union: index, kind: .deduction, points: points, reason: reason, location: union.rowLocation))
                }
            } else {
                undated.append(union.name)
                continue
            }
            if rules.lateLosesActivistQuota {
                data.adjustments.append(Adjustment(union: index, kind: .activistQuotaRevoked, points: .zero, reason: reason, location: union.rowLocation))
            }
        }
        if !undated.isEmpty {
            log.warning(
                "W-SUBMITTED-MISSING", at: SourceLocation(file: data.unions[0].location.file),
                "评分标准规定台账在 \(deadline.chineseDescription) 前提交，以下单位在名单中没有“提交日期”，按按时提交计：\(undated.joined(separator: "、"))。")
        }
    }
}
