/// An office-entered item from adjustments.csv.
public struct Adjustment: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case bonus = "加分"
        case deduction = "扣分"
        case veto = "否决"
    }

    public var union: Int
    public var kind: Kind
    /// Positive; zero for a veto.
    public var points: Points
    public var reason: String
    public var location: SourceLocation

    public init(union: Int, kind: Kind, points: Points, reason: String, location: SourceLocation) {
        self.union = union
        self.kind = kind
        self.points = points
        self.reason = reason
        self.location = location
    }
}
