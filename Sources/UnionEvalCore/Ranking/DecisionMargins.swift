/// Works out `DecisionMargin`s by re-ranking: a change flips a decision when the ranking with it
/// decides otherwise, with the same quota, minimum and tie-breaks as the real one.
public enum DecisionMargins {
    public static func compute(data: YearData, criteria: Criteria, evaluation: Evaluation, ranking: Ranking) -> [DecisionMargin] {
        let units = evaluation.units
        // Each group has its own award line (one group without `groups`).
        let groupOf = { (union: Int) in ranking.standings[union].group }
        var lastIn: [Int?: Points] = [:]
        var firstOut: [Int?: Points] = [:]
        var atLine = Set<Int>()
        for union in ranking.order {
            switch ranking.standings[union].decision {
            case .recommended:
                lastIn[groupOf(union)] = units[union].total
                atLine.insert(union)
            case .notRecommended where firstOut[groupOf(union)] == nil:
                firstOut[groupOf(union)] = units[union].total
                atLine.insert(union)
            default: break
            }
        }
        return units.indices.map { union in
            let lastIn = lastIn[groupOf(union)]
            let firstOut = firstOut[groupOf(union)]
            let decision = ranking.standings[union].decision
            let margin: Points?
            switch decision {
            case .recommended: margin = firstOut.map { units[union].total - $0 }
            case .committee: margin = .zero
            default: margin = lastIn.map { units[union].total - $0 }
            }
            guard atLine.contains(union) else { return DecisionMargin(margin: margin, smallestFlip: nil) }
            let flip = smallestFlip(
                of: union, evaluation: evaluation, ranking: ranking, criteria: criteria, data: data)
            return DecisionMargin(margin: margin, smallestFlip: flip)
        }
    }

    /// The change, in tenths of one indicator's points (negative to lower), that flips the unit's
    /// decision, smallest first; nil when no change the indicator allows does.
    static func indicatorChange(
        _ indicator: Int, of union: Int, evaluation: Evaluation, ranking: Ranking, criteria: Criteria, hint: Int? = nil
    ) -> Int? {
        let score = evaluation.units[union].indicators[indicator].points
        let maximum = criteria.indicators[indicator].maximum
        let lowering = ranking.standings[union].decision == .recommended
        // How far the indicator can move: down to 0, or up to its maximum (an uncapped one by the
        // whole spread of totals, which is always enough if anything is).
        let room = lowering ? score.tenths : (maximum.isUncapped ? spread(of: evaluation) : maximum.tenths - score.tenths)
        guard room > 0 else { return nil }
        func flips(_ tenths: Int) -> Bool {
            let changed = changing(indicator, of: union, by: lowering ? -tenths : tenths, in: evaluation, criteria: criteria)
            return Ranking.rank(changed, criteria: criteria).standings[union].decision != ranking.standings[union].decision
        }
        if let hint, hint <= room, flips(hint), hint == 1 || !flips(hint - 1) { return lowering ? -hint : hint }
        return smallest(upTo: room, flipping: flips).map { lowering ? -$0 : $0 }
    }

    /// The smallest number of tenths in 1...`limit` for which `flips` holds, assuming it holds from some
    /// point on (more change never undoes a flip); nil when it does not hold even at `limit`.
    static func smallest(upTo limit: Int, flipping flips: (Int) -> Bool) -> Int? {
        guard limit > 0, flips(limit) else { return nil }
        var low = 0
        var high = limit
        while high - low > 1 {
            let middle = (low + high) / 2
            if flips(middle) { high = middle } else { low = middle }
        }
        return high
    }

    /// The distance between the highest and the lowest total, and one point more: no single change
    /// larger than that can matter.
    static func spread(of evaluation: Evaluation) -> Int {
        let totals = evaluation.units.map(\.total.tenths)
        return (totals.max() ?? 0) - (totals.min() ?? 0) + 10
    }

    /// The evaluation with one indicator of one unit moved by `tenths`, its dimension and total with it
    /// (a bonus dimension within its cap; a weighted total by its ledger share).
    static func changing(_ indicator: Int, of union: Int, by tenths: Int, in evaluation: Evaluation, criteria: Criteria) -> Evaluation {
        var changed = evaluation
        var unit = changed.units[union]
        let dimension = criteria.indicators[indicator].dimension
        unit.indicators[indicator].points = Points(tenths: unit.indicators[indicator].points.tenths + tenths)
        let before = unit.dimensionTotals[dimension]
        var after = criteria.indicators(in: dimension).reduce(Points.zero) { $0 + unit.indicators[$1].points }
        if let cap = criteria.dimensions[dimension].cap { after = min(after, cap) }
        unit.dimensionTotals[dimension] = after
        var totalChange = after - before
        if let weights = criteria.totalWeights, !criteria.dimensions[dimension].isBonus {
            totalChange = Points(roundingTenths: totalChange.tenths * (weights.share(of: .ledger) ?? 0), over: 1000)
        }
        unit.total = unit.total + totalChange
        changed.units[union] = unit
        return changed
    }

    /// In words, the smallest change of each kind that flips the decision: one adjustment by the office,
    /// one indicator's points, one committee member's score of a `manual` indicator.
    static func smallestFlip(
        of union: Int, evaluation: Evaluation, ranking: Ranking, criteria: Criteria, data: YearData
    ) -> String? {
        let lowering = ranking.standings[union].decision == .recommended
        var parts: [String] = []
        let totalNeeded = totalChange(of: union, evaluation: evaluation, ranking: ranking, criteria: criteria)
        if let needed = totalNeeded {
            parts.append("校工会\(lowering ? "扣分" : "加分") \(Points(tenths: abs(needed))) 分")
        }
        var indicatorOptions: [(indicator: Int, tenths: Int)] = []
        var reviewerOptions: [(size: Int, words: String)] = []
        for (index, indicator) in criteria.indicators.enumerated() where !criteria.dimensions[indicator.dimension].isBonus {
            let needed: Int
            if let total = totalNeeded, criteria.totalWeights == nil, !criteria.award.breaksTies(on: index, in: criteria) {
                // The ranking sees only the total move, exactly as an adjustment moves it: no need to rank again.
                let points = evaluation.units[union].indicators[index].points.tenths
                let room = lowering ? points : (indicator.maximum.isUncapped ? abs(total) : indicator.maximum.tenths - points)
                guard room >= abs(total) else { continue }
                needed = total
            } else {
                // A weighted total or a tie-break on this indicator: rank again to find what it needs,
                // trying first what the total needs (usually the answer: two rankings confirm it).
                let hint = criteria.totalWeights == nil ? totalNeeded.map(abs) : nil
                guard let found = indicatorChange(index, of: union, evaluation: evaluation, ranking: ranking, criteria: criteria, hint: hint)
                else { continue }
                needed = found
            }
            indicatorOptions.append((index, needed))
            // One committee member's score of a manual indicator (unweighted): the smallest change to one
            // score that moves the trimmed mean by at least what the indicator needs.
            guard indicator.rule.acceptsCommitteeScores, indicator.weights == nil else { continue }
            let reviews = data.reviews.filter { $0.union == union && $0.target == .indicator(index) && $0.source == .committee }
            let scores = reviews.map(\.score)
            guard let mean = ScoreSources.trimmedMean(scores) else { continue }
            for (position, review) in reviews.enumerated() {
                let step = needed < 0 ? -1 : 1
                var value = review.score.tenths
                while true {
                    value += step
                    guard value >= 0 && value <= indicator.maximum.tenths else { break }
                    var changedScores = scores
                    changedScores[position] = Points(tenths: value)
                    guard (ScoreSources.trimmedMean(changedScores)! - mean).tenths * step >= abs(needed) else { continue }
                    let who = review.reviewer.map { "评委“\($0)”" } ?? "一位评委"
                    reviewerOptions.append((
                        abs(value - review.score.tenths),
                        "\(who)对“\(indicator.label)”的打分由 \(review.score) 改为 \(Points(tenths: value))"
                    ))
                    break
                }
            }
        }
        if let smallest = indicatorOptions.min(by: { abs($0.tenths) < abs($1.tenths) }) {
            let same = indicatorOptions.filter { abs($0.tenths) == abs(smallest.tenths) }
            let name = "“\(criteria.indicators[smallest.indicator].label)”"
            let which = same.count == 1 ? name : "\(name)等 \(same.count) 个指标中任一项"
            parts.append("\(which)\(smallest.tenths < 0 ? "少" : "多") \(Points(tenths: abs(smallest.tenths))) 分")
        }
        if let smallest = reviewerOptions.min(by: { $0.size < $1.size }) { parts.append(smallest.words) }
        guard !parts.isEmpty else { return lowering ? "任何单项变化都不会使其落到名额线以下" : "任何单项变化都不足以进入推荐名额" }
        return parts.joined(separator: "；或") + "，评选结果即改变"
    }

    /// The change of the total alone (an office adjustment) that flips the unit's decision.
    private static func totalChange(of union: Int, evaluation: Evaluation, ranking: Ranking, criteria: Criteria) -> Int? {
        let lowering = ranking.standings[union].decision == .recommended
        let original = evaluation.units[union].total
        var evaluation = evaluation
        let found = smallest(upTo: spread(of: evaluation)) { tenths in
            evaluation.units[union].total = Points(tenths: original.tenths + (lowering ? -tenths : tenths))
            return Ranking.rank(evaluation, criteria: criteria).standings[union].decision != ranking.standings[union].decision
        }
        return found.map { lowering ? -$0 : $0 }
    }
}
