/// An office-entered item from adjustments.csv.
public struct Adjustment: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case bonus = "加分"
        case deduction = "扣分"
        case veto = "否决"
        /// The unit may nominate no 工会工作积极分子 this year (未按时上交会费, 台账逾期).
        case activistQuotaRevoked = "取消积极分子名额"
        /// An indicator or dimension scores nothing this year (发生……此项不得分；未按时换届不得分).
        case zeroed = "不得分"
    }

    public var union: Int
    public var kind: Kind
    /// Positive; zero for a veto.
    public var points: Points
    public var reason: String
    public var location: SourceLocation
    /// What a 不得分 entry zeroes (the 指标 column); nil for the other kinds.
    public var target: ScoreTarget?

    public init(union: Int, kind: Kind, points: Points, reason: String, location: SourceLocation) {
        self.union = union
        self.kind = kind
        self.points = points
        self.reason = reason
        self.location = location
    }
}

extension Adjustment.Kind {
    /// The 类型 as offices write it: the contract's words and a few variants.
    public init?(officeText text: String) {
        let key = text.trimmingWhitespace()
        if let kind = Adjustment.Kind(rawValue: key) {
            self = kind
        } else if ["取消积极分子资格", "取消积极分子评选资格", "取消积极分子指标", "取消积极分子奖励指标"].contains(key) {
            self = .activistQuotaRevoked
        } else if ["此项不得分", "该项不得分", "不得分（此项）", "取消得分"].contains(key) {
            self = .zeroed
        } else if key == "一票否决" {
            self = .veto
        } else {
            return nil
        }
    }
}
