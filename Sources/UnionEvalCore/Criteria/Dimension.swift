/// A 一级指标. A bonus dimension (加分项) sits outside the declared total and may be capped.
public struct Dimension: Sendable, Hashable {
    public var id: String
    public var name: String
    public var isBonus: Bool
    public var cap: Points?
    /// When set, the dimension's points combine these sources instead of its indicators' sum alone.
    public var weights: ScoreWeights?

    public init(id: String, name: String, isBonus: Bool = false, cap: Points? = nil) {
        self.id = id
        self.name = name
        self.isBonus = isBonus
        self.cap = cap
    }
}
