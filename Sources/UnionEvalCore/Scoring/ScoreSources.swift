/// The scores the office collects besides the ledgers — committee members', other units' (互评) and
/// the unit's own (自评) — and their combination by the criteria's weights.
struct ScoreSources: Sendable {
    let criteria: Criteria
    private let reviews: [Key: [Review]]
    private let selfScores: [Key: Points]
    /// Per unit, its 赞成 votes and the voters they are a share of (`award.votes.of`, 实到 unless stated).
    private let approvals: [Int: (approve: Int, voters: Int)]

    private struct Key: Hashable {
        var union: Int
        var target: ScoreTarget
    }

    init(data: YearData, criteria: Criteria) {
        self.criteria = criteria
        reviews = Dictionary(grouping: data.reviews) { Key(union: $0.union, target: $0.target) }
        selfScores = Dictionary(data.selfScores.map { (Key(union: $0.union, target: $0.target), $0.score) }) { first, _ in first }
        let base = criteria.award.votes?.base ?? .present
        let voters = base == .present ? data.unitVoters?.present : data.unitVoters?.expected
        approvals = voters.map { voters in
            Dictionary(data.unitBallots.map { ($0.candidate, (approve: $0.approve, voters: voters)) }, uniquingKeysWith: { first, _ in first })
        } ?? [:]
    }

    /// With three or more scores one highest and one lowest are dropped, then the rest averaged to tenths.
    static func trimmedMean(_ scores: [Points]) -> Points? {
        guard !scores.isEmpty else { return nil }
        let sorted = scores.sorted()
        let kept = sorted.count >= 3 ? Array(sorted.dropFirst().dropLast()) : sorted
        return Points(roundingTenths: kept.reduce(0) { $0 + $1.tenths }, over: kept.count)
    }

    /// The scores one source gave the unit for the target, sorted.
    func scores(_ source: ScoreWeights.Source, union: Int, target: ScoreTarget) -> [Points] {
        switch source {
        case .committee, .peer:
            return (reviews[Key(union: union, target: target)] ?? []).filter { $0.source == source }.map(\.score).sorted()
        case .selfScore:
            return selfScores[Key(union: union, target: target)].map { [$0] } ?? []
        case .votes:
            // The share of approvals, on the target's scale: 18 of 20 votes on a total of 100 is 90.0.
            guard let approval = approvals[union], approval.voters > 0 else { return [] }
            return [Points(roundingTenths: approval.approve * target.maximum(in: criteria).tenths, over: approval.voters)]
        case .ledger:
            return []
        }
    }

    func selfScore(union: Int, target: ScoreTarget) -> Points? { selfScores[Key(union: union, target: target)] }

    /// The weighted sum of the sources, with how it was made in words. A source without any score
    /// counts as 0 and says so.
    func combine(_ weights: ScoreWeights, ledger: Points, union: Int, target: ScoreTarget) -> (points: Points, words: String) {
        var weightedTenths = 0
        var parts: [String] = []
        for (source, permille) in weights.shares {
            let share = "\(Points(tenths: permille))%"
            let value: Points?
            var detail = ""
            if source == .ledger {
                value = ledger
            } else {
                let scores = scores(source, union: union, target: target)
                value = Self.trimmedMean(scores)
                if scores.count > 1 {
                    detail = "（\(scores.count) 份\(scores.count >= 3 ? "，去掉最高、最低分" : "")）"
                }
            }
            if let value {
                weightedTenths += value.tenths * permille
                parts.append("\(source.chineseName) \(value)\(detail)×\(share)")
            } else {
                parts.append("\(source.chineseName) 无（按 0 分）×\(share)")
            }
        }
        let points = Points(roundingTenths: weightedTenths, over: 1000)
        return (points, parts.joined(separator: " + ") + " = \(points)")
    }
}
