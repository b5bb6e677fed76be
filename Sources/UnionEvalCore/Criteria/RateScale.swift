/// Maps a measured value (a rate, or records per N members) to points.
/// Values and thresholds are integers scaled by 1000, so 70% is 700 and 2.5 per 100 members is 2500.
public enum RateScale: Sendable, Hashable {
    public struct Band: Sendable, Hashable {
        public var minimum: Int
        public var points: Points

        public init(minimum: Int, points: Points) {
            self.minimum = minimum
            self.points = points
        }
    }

    /// The first band (highest minimum first) whose minimum the value reaches.
    case bands([Band])
    /// Points grow in proportion to the value, reaching the maximum at the target.
    case linear(target: Int)

    /// Points for `numerator / denominator` (already scaled by 1000 in the numerator's units).
    /// Computed in integers: a value exactly on a band edge reaches that band.
    public func points(numerator: Int, denominator: Int, maximum: Points) -> Points {
        guard denominator > 0 else { return .zero }
        switch self {
        case .bands(let bands):
            for band in bands where numerator >= band.minimum * denominator {
                return band.points
            }
            return .zero
        case .linear(let target):
            guard target > 0 else { return maximum }
            if numerator >= target * denominator { return maximum }
            return Points(roundingTenths: maximum.tenths * numerator, over: target * denominator)
        }
    }
}
