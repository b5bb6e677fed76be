/// A passing vote as a condition of being nominated (`activists.votes`): "以得票过半数者为推荐对象",
/// "得到80%以上会员（代表）的同意", counted over those present (实到) or those entitled (应到).
public struct VoteRule: Sendable, Hashable {
    public enum Threshold: Sendable, Hashable {
        /// More than half (过半数).
        case majority
        /// At least this fraction (2/3, 80%).
        case atLeast(numerator: Int, denominator: Int)
    }

    public enum Base: String, Sendable, Hashable {
        case present = "实到"
        case expected = "应到"
    }

    /// Nil when the vote is only a score (`weight`), not a condition.
    public var threshold: Threshold?
    public var base: Base
    /// For the activists: points added at full approval, in proportion to the share of 赞成 votes.
    public var weight: Points?

    public init(threshold: Threshold?, base: Base = .present, weight: Points? = nil) {
        self.threshold = threshold
        self.base = base
        self.weight = weight
    }

    /// Whether `approve` votes pass among `voters` (always, when the vote is no condition).
    public func passes(approve: Int, of voters: Int) -> Bool {
        switch threshold {
        case nil: return true
        case .majority: return approve * 2 > voters
        case .atLeast(let numerator, let denominator): return approve * denominator >= voters * numerator
        }
    }

    /// "过半数", "2/3 以上", "80% 以上".
    public var thresholdText: String {
        switch threshold {
        case nil: return "（不设）"
        case .majority: return "过半数"
        case .atLeast(let numerator, let denominator):
            return denominator == 1000 ? "\(Permille.percentText(numerator)) 以上" : "\(numerator)/\(denominator) 以上"
        }
    }

    /// "赞成票须达到实到人数的过半数", and "按得票率加分（全票加 10.0 分）" with a weight.
    public var description: String {
        var parts: [String] = []
        if threshold != nil { parts.append("赞成票须达到\(base.rawValue)人数的\(thresholdText)") }
        if let weight { parts.append("按得票率（赞成票 ÷ \(base.rawValue)人数）加分，全票加 \(weight) 分") }
        return parts.joined(separator: "，")
    }

    /// The points `approve` votes of `voters` add with a weight: the share of the weight, to tenths.
    public func points(approve: Int, of voters: Int) -> Points {
        guard let weight, voters > 0 else { return .zero }
        return Points(roundingTenths: approve * weight.tenths, over: voters)
    }
}

/// What happens to a place a failed vote or an upheld objection frees (`activists.vacancy`).
public enum Vacancy: String, Sendable, Hashable {
    /// Left vacant, and said (default: nobody is put on the list without a decision).
    case keep
    /// Given to the unit's next candidate by points who qualifies (递补).
    case next
}
