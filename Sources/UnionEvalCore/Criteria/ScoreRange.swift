/// The scores a committee (or a unit's self-assessment) may give an indicator: 0 to its maximum, or a
/// band the rubric states, "加3–5分" (`min: 3`), possibly "或不加" (`or_zero: true`).
public struct ScoreRange: Sendable, Hashable {
    public var minimum: Points
    public var maximum: Points
    /// 0 is allowed besides the band.
    public var orZero: Bool

    public init(minimum: Points = .zero, maximum: Points, orZero: Bool = false) {
        self.minimum = minimum
        self.maximum = maximum
        self.orZero = orZero
    }

    public func contains(_ score: Points) -> Bool {
        (score >= minimum && score <= maximum) || (orZero && score == .zero)
    }

    /// "0 到 5.0", "3.0 到 5.0", "0 或 3.0 到 5.0", as messages and the rubric sheet say it.
    public var allowedText: String {
        let band = "\(minimum == .zero ? "0" : "\(minimum)") 到 \(maximum)"
        return orZero && minimum > .zero ? "0 或 \(band)" : band
    }
}
