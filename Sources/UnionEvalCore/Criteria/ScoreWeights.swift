/// How scores from several sources make one (自评 40%，委员评分 30%，互评 30%), for an indicator, a
/// dimension or the total. Shares are scaled by 1000 and add up to 1000.
public struct ScoreWeights: Sendable, Hashable {
    public enum Source: String, Sendable, Hashable, CaseIterable {
        /// What the rubric computes from the ledgers (or, for a `manual` indicator, the committee's score).
        case ledger
        /// Committee members in reviews.csv (评委 without 评委单位).
        case committee
        /// Other units in reviews.csv (评委单位): a unit's score of itself is dropped.
        case peer
        /// The unit's own claim in self_scores.csv.
        case selfScore = "self"
        /// The share of 赞成 votes in votes.csv (评选 先进基层工会), taken of the target's maximum.
        case votes

        public var chineseName: String {
            switch self {
            case .ledger: return "台账计分"
            case .committee: return "委员评分"
            case .peer: return "互评"
            case .selfScore: return "自评"
            case .votes: return "投票"
            }
        }
    }

    /// In the criteria's order.
    public var shares: [(source: Source, permille: Int)]

    public init(shares: [(source: Source, permille: Int)]) {
        self.shares = shares
    }

    public static func == (lhs: ScoreWeights, rhs: ScoreWeights) -> Bool {
        lhs.shares.elementsEqual(rhs.shares) { $0.source == $1.source && $0.permille == $1.permille }
    }

    public func hash(into hasher: inout Hasher) {
        for share in shares {
            hasher.combine(share.source)
            hasher.combine(share.permille)
        }
    }

    public func share(of source: Source) -> Int? { shares.first { $0.source == source }?.permille }

    public var chineseDescription: String {
        shares.map { "\($0.source.chineseName) \(Points(tenths: $0.permille))%" }.joined(separator: " + ")
    }
}
