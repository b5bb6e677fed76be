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

    public var threshold: Threshold
    public var base: Base

    public init(threshold: Threshold, base: Base = .present) {
        self.threshold = threshold
        self.base = base
    }

    /// Whether `approve` votes pass among `voters`.
    public func passes(approve: Int, of voters: Int) -> Bool {
        switch threshold {
        case .majority: return approve * 2 > voters
        case .atLeast(let numerator, let denominator): return approve * denominator >= voters * numerator
        }
    }

    /// "过半数", "2/3 以上", "80% 以上".
    public var thresholdText: String {
        switch threshold {
        case .majority: return "过半数"
        case .atLeast(let numerator, let denominator):
            return denominator == 1000 ? "\(Points(tenths: numerator))% 以上" : "\(numerator)/\(denominator) 以上"
        }
    }

    /// "赞成票须达到实到人数的过半数".
    public var description: String { "赞成票须达到\(base.rawValue)人数的\(thresholdText)" }
}

/// What happens to a place a failed vote or an upheld objection frees (`activists.vacancy`).
public enum Vacancy: String, Sendable, Hashable {
    /// Left vacant, and said (default: nobody is put on the list without a decision).
    case keep
    /// Given to the unit's next candidate by points who qualifies (递补).
    case next
}
