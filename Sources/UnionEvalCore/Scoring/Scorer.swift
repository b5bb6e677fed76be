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
    /// Committee, peer and self scores, shared by every run of units.
    let sources: ScoreSources
    var log = DiagnosticLog()
    /// Per member, the last count it was seen in (see `distinctOwnMembers`).
    var memberStamps: [Int32] = []
    var stamp: Int32 = 0
    /// Per member, its unit when it is a union member (会员=是), else -1: what counting needs of the roster.
    var countedUnion: [Int32] = []
    /// While an indicator whose precondition failed is scored: its records are credited with that instead.
    var muted = false
    /// Added to the codes of rule-kind credit notes while a part of a `rules:` item is scored (`CombinedRule`).
    var ruleCodeOffset = 0

    /// With `keepsRecordTrail` false every score and problem is the same, but `recordCredits` is empty.
    public static func evaluate(
        _ data: YearData, criteria: Criteria, keepsRecordTrail: Bool = true
    ) -> Evaluation {
        let plan = Plan(data: data, criteria: criteria, keepsRecordTrail: keepsRecordTrail)
        return plan.evaluation(of: ConcurrentMap.map(plan.runs.indices) { plan.score(run: $0) })
    }

    mutating func scoreUnit(_ union: Int, records: [UnitRecord]) -> UnitScore {
        let memberCount = data.memberCounts[union]
        // In order: a precondition may read an earlier indicator's final points.
        var indicatorScores: [IndicatorScore] = []
        var ruleScores: [IndicatorScore] = []
        let group = data.unions[union].group
        for (index, indicator) in criteria.indicators.enumerated() {
            guard indicator.applies(to: group) else {
                let groups = indicator.groups!.sorted().map { criteria.groups[$0].label }.joined(separator: "、")
                let notApplicable = IndicatorScore(points: .zero, measured: "不适用（本项只适用于\(groups)）")
                ruleScores.append(notApplicable)
                indicatorScores.append(notApplicable)
                continue
            }
            let unmet = indicator.gate.map { unmetConditions($0, union: union, records: records, scores: indicatorScores) } ?? []
            // A record of an indicator whose precondition failed says so, not what the rule would have given.
            muted = !unmet.isEmpty
            var score = scoreIndicator(index, union: union, records: records)
            muted = false
            ruleScores.append(score)
            if let weights = indicator.weights {
                let combined = sources.combine(weights, ledger: score.points, union: union, target: .indicator(index))
                score = IndicatorScore(points: combined.points, measured: "\(score.measured)；合成：\(combined.words)")
            }
            if let gate = indicator.gate, !unmet.isEmpty {
                score = gated(score, gate: gate, unmet: unmet, indicator: index, records: records)
            }
            indicatorScores.append(score)
        }
        if keepsRecordTrail { credits.settle(records.lazy.map(\.index)) }
        let selfComparisons = compareSelfScores(union: union, assessed: ruleScores)
        let adjustments = data.adjustments.filter { $0.union == union }
        for zeroing in adjustments where zeroing.kind == .zeroed {
            if case .indicator(let index) = zeroing.target {
                indicatorScores[index] = IndicatorScore(
                    points: .zero, measured: "\(indicatorScores[index].measured)；此项不得分：\(zeroing.reason)")
            }
        }
        var dimensionTotals = criteria.dimensions.map { _ in Points.zero }
        for (index, indicator) in criteria.indicators.enumerated() {
            dimensionTotals[indicator.dimension] += indicatorScores[index].points
        }
        for (index, dimension) in criteria.dimensions.enumerated() {
            if let weights = dimension.weights {
                dimensionTotals[index] = sources.combine(weights, ledger: dimensionTotals[index], union: union, target: .dimension(index)).points
            }
            if let cap = dimension.cap { dimensionTotals[index] = min(dimensionTotals[index], cap) }
            if adjustments.contains(where: { $0.kind == .zeroed && $0.target == .dimension(index) }) { dimensionTotals[index] = .zero }
        }
        var bonus = adjustments.filter { $0.kind == .bonus }.reduce(Points.zero) { $0 + $1.points }
        if let cap = criteria.adjustmentBonusCap { bonus = min(bonus, cap) }
        let deduction = adjustments.filter { $0.kind == .deduction }.reduce(Points.zero) { $0 + $1.points }
        let vetoReasons = adjustments.filter { $0.kind == .veto }.map(\.reason)
        var regular = Points.zero
        var bonusDimensions = Points.zero
        for (index, dimension) in criteria.dimensions.enumerated() {
            if dimension.isBonus { bonusDimensions += dimensionTotals[index] } else { regular += dimensionTotals[index] }
        }
        var weighted: (points: Points, words: String)? = nil
        if let weights = criteria.totalWeights {
            weighted = sources.combine(weights, ledger: regular, union: union, target: .total)
        }
        // A group whose items add up to less than `total` is scaled to it, so that groups compare.
        if criteria.scalesGroupTotals && group == nil {
            // The column is there for every unit: one whose group is unknown is not scaled.
            weighted = (weighted?.points ?? regular, weighted.map { "\($0.words)；组别不明，不折算" } ?? "组别不明，不折算")
        } else if let group, criteria.scalesGroupTotals {
            let maximum = criteria.regularMaximum(of: group)
            let base = weighted?.points ?? regular
            let scaled = maximum > .zero && maximum != criteria.declaredTotal
                ? Points(roundingTenths: base.tenths * criteria.declaredTotal.tenths, over: maximum.tenths) : base
            let words = scaled == base && maximum == criteria.declaredTotal
                ? "本组各项满分合计 \(maximum) 分，不折算" : "本组各项满分合计 \(maximum) 分，\(base) 分按 \(criteria.declaredTotal) 分折算"
            weighted = (scaled, weighted.map { "\($0.words)；\(words)" } ?? words)
        }
        let total = (weighted?.points ?? regular) + bonusDimensions + bonus - deduction
        let participants = distinctOwnMembers(records, union: union, match: RecordMatch())
        var score = UnitScore(
            union: union, indicators: indicatorScores, dimensionTotals: dimensionTotals, adjustmentBonus: bonus,
            deduction: deduction, vetoReasons: vetoReasons, total: total, participants: participants,
            memberCount: memberCount)
        score.weightedRegularTotal = weighted?.points
        score.weightedRegularTotalWords = weighted?.words ?? ""
        score.selfComparisons = selfComparisons
        score.group = data.unions[union].group
        return score
    }

    /// Each indicator's self-score beside what the rule gave on evidence.
    private func compareSelfScores(union: Int, assessed: [IndicatorScore]) -> [SelfComparison] {
        criteria.indicators.indices.compactMap { index in
            guard let claimed = sources.selfScore(union: union, target: .indicator(index)) else { return nil }
            let exceeds = criteria.selfScoreMargin.map { claimed - assessed[index].points > $0 } ?? false
            return SelfComparison(indicator: index, claimed: claimed, assessed: assessed[index].points, exceedsMargin: exceeds)
        }
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

    /// One warning per target and source of scores the office collects (committee, peer, self), naming
    /// every unit that has none; that part then counts as 0.
    mutating func reportMissingScores() {
        var targets: [ScoreTarget] = criteria.indicators.indices.map { .indicator($0) }
        targets += criteria.dimensions.indices.map { .dimension($0) }
        targets.append(.total)
        for target in targets {
            var needed = Set(criteria.weights(for: target)?.shares.map(\.source) ?? [])
            needed.remove(.ledger)
            if case .indicator(let index) = target, criteria.indicators[index].rule.acceptsCommitteeScores { needed.insert(.committee) }
            for source in ScoreWeights.Source.allCases where needed.contains(source) {
                let missing = data.unions.indices.filter { sources.scores(source, union: $0, target: target).isEmpty }
                guard !missing.isEmpty else { continue }
                let (code, file, what): (String, String, String)
                switch source {
                case .selfScore: (code, file, what) = ("W-SELF-MISSING", "self_scores.csv", "自评分")
                case .peer: (code, file, what) = ("W-PEER-MISSING", data.reviewsFile ?? "reviews.csv", "互评分")
                case .votes: (code, file, what) = ("W-VOTE-MISSING", data.votesFile ?? "votes.csv", "投票结果（及实到人数）")
                case .committee, .ledger: (code, file, what) = ("W-REVIEW-MISSING", data.reviewsFile ?? "reviews.csv", "评审打分")
                }
                log.warning(
                    code,
                    at: SourceLocation(file: file),
                    "“\(target.label(in: criteria))”需要\(what)，以下单位没有，该部分按 0 分计：\(missing.map { data.unions[$0].name }.joined(separator: "、"))。")
            }
        }
    }

    mutating func credit(_ record: Int, _ indicator: Int, points: Points?, counted: Bool = true, _ note: CreditNote) {
        guard keepsRecordTrail, !muted else { return }
        var note = note
        if ruleCodeOffset != 0, case .rule(let code, let value) = note { note = .rule(code: code + ruleCodeOffset, value: value) }
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
