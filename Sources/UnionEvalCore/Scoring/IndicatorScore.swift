/// Points one unit earned on one indicator, with the measured value behind them.
public struct IndicatorScore: Sendable, Hashable {
    public var points: Points
    /// The value the points come from, in words: "4 次", "65.0%（39/60）", "评委 5 人……".
    public var measured: String

    public init(points: Points, measured: String) {
        self.points = points
        self.measured = measured
    }
}
