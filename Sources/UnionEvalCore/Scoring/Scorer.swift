/// One of a unit's records with its index in `YearData.records`. Each unit's records are copied
/// side by side once, because every indicator walks them again.
typealias UnitRecord = (index: Int, record: ActivityRecord)

/// Applies the criteria to the year's data. Pure: same data and criteria, same scores, in any row order.
public struct Scorer {
    let data: YearData
    let criteria: Criteria
    /// Whether each record's credits are kept (for 计分依据 and results.json). `validate` reports only
    /// problems, and at a million records the trail is a fair share of the scoring.
    let keepsRecordTrail: Bool
    var credits: RecordCredits
    var log = DiagnosticLog()
    /// Per member, the last count it was seen in (see `distinctOwnMembers`).
    var memberStamps: [Int32] = []
    var stamp: Int32 = 0
    /// Per member, its unit when it is a union member (会员=是), else -1: what counting needs of the roster.
    var countedUnion: [Int32] = []

    /// With `keepsRecordTrail` false every score and problem is the same, but `recordCredits` is empty.
    public static func evaluate(
        _ data: YearData, criteria: Criteria, keepsRecordTrail: Bool = true
    ) -> Evaluation {
        let plan = Plan(data: data, criteria: criteria, keepsRecordTrail: keepsRecordTrail)
        return plan.evaluation(of: ConcurrentMap.map(plan.runs.indices) { plan.score(run: $0) })
    }

    mutating func scoreUnit(_ union: Int, records: [UnitRecord]) -> UnitScore {
        let memberCount = data.memberCounts[union]
        let indicatorScores = criteria.indicators.indices.map { scoreIndicator($0, union: union, records: records) }
        if keepsRecordTrail { credits.settle(records.lazy.map(\.index)) }
        var dimensionTotals = criteria.dimensions.map { _ in Points.zero }
        for (index, indicator) in criteria.indicators.enumerated() {
            dimensionTotals[indicator.dimension] += indicatorScores[index].points
        }
        for (index, dimension) in criteria.dimensions.enumerated() {
            if let cap = dimension.cap { dimensionTotals[index] = min(dimensionTotals[index], cap) }
        }
        let adjustments = data.adjustments.filter { $0.union == union }
        var bonus = adjustments.filter { $0.kind == .bonus }.reduce(Points.zero) { $0 + $1.points }
        if let cap = criteria.adjustmentBonusCap { bonus = min(bonus, cap) }
        let deduction = adjustments.filter { $0.kind == .deduction }.reduce(Points.zero) { $0 + $1.points }
        let vetoReasons = adjustments.filter { $0.kind == .veto }.map(\.reason)
        let total = dimensionTotals.reduce(Points.zero, +) + bonus - deduction
        let participants = distinctOwnMembers(records, union: union, match: RecordMatch())
        return UnitScore(
            union: union, indicators: indicatorScores, dimensionTotals: dimensionTotals, adjustmentBonus: bonus,
            deduction: deduction, vetoReasons: vetoReasons, total: total, participants: participants,
            memberCount: memberCount)
    }

    /// Members of this union (会员=是) who organised or took part in any matching record.
    /// Counted with a stamp per member instead of a set: no hashing, no allocation per record.
    mutating func distinctOwnMembers(_ records: [UnitRecord], union: Int, match: RecordMatch) -> Int {
        stamp += 1
        var count = 0
        for (_, record) in records where match.matches(record) {
            for member in data.people(of: record) where countOnce(member, union: union) { count += 1 }
        }
        return count
    }

    /// True the first time an own member (会员=是) is seen in the current count.
    private mutating func countOnce(_ member32: Int32, union: Int) -> Bool {
        let member = Int(member32)
        guard memberStamps[member] != stamp, countedUnion[member] == union else { return false }
        memberStamps[member] = stamp
        return true
    }

    /// One warning per manual indicator, naming every unit the committee has not scored.
    mutating func reportMissingReviews() {
        for (index, indicator) in criteria.indicators.enumerated() where indicator.rule.acceptsCommitteeScores {
            let reviewed = Set(data.reviews.filter { $0.indicator == index }.map(\.union))
            let missing = data.unions.indices.filter { !reviewed.contains($0) }.map { data.unions[$0].name }
            guard !missing.isEmpty else { continue }
            log.warning(
                "W-REVIEW-MISSING", at: SourceLocation(file: data.reviewsFile ?? "reviews.csv"),
                "指标“\(indicator.label)”由评审委员会打分，以下单位没有评审打分，该项按 0 分计：\(missing.joined(separator: "、"))。")
        }
    }

    mutating func credit(_ record: Int, _ indicator: Int, points: Points?, counted: Bool = true, _ note: CreditNote) {
        guard keepsRecordTrail else { return }
        credits.add(RecordCredit(indicator: indicator, points: points, counted: counted, note: note), to: Int32(record))
    }

    /// Records of the indicator's categories that missed on window, level or outcome: say why they did not count.
    mutating func explainNearMisses(_ indicator: Int, match: RecordMatch, records: [UnitRecord]) {
        guard keepsRecordTrail, !match.categories.isEmpty else { return }
        for (index, record) in records {
            guard match.includesCategory(record.category), !match.matches(record) else { continue }
            let reason: CreditNote
            if !match.isInWindow(month: record.month, day: record.dayOfMonth) {
                reason = .outsideWindow
            } else if !match.levels.isEmpty && !match.levels.contains(record.level) {
                reason = .levelMismatch
            } else {
                reason = .noMatchingOutcome
            }
            credit(index, indicator, points: nil, counted: false, reason)
        }
    }
}
