/// A 二级指标: one scored line of the rubric.
public struct Indicator: Sendable {
    public var id: String
    public var name: String
    /// Index into `Criteria.dimensions`.
    public var dimension: Int
    /// The work-plan point or calendar item it comes from, e.g. "工作要点第9条；计划安排表3月".
    public var source: String
    /// `Points.unbounded` for a bonus indicator without a cap.
    public var maximum: Points
    public var rule: any ScoringRule
    /// When set, the points combine these sources instead of the rule's result alone.
    public var weights: ScoreWeights?
    /// Preconditions (`requires`): unmet, the indicator keeps only `else` of its points.
    public var gate: IndicatorGate?
    /// The groups (`Criteria.groups`) it applies to; nil for every unit.
    public var groups: Set<Int>?

    /// Whether it scores a unit of `group` (a unit whose group is unknown is scored on every item).
    public func applies(to group: Int?) -> Bool {
        guard let groups, let group else { return true }
        return groups.contains(group)
    }
    /// Where the criteria file defines it (its `match`, when it has one), for what is said about it later.
    public var location: SourceLocation?

    public init(id: String, name: String, dimension: Int, source: String, maximum: Points, rule: any ScoringRule) {
        self.id = id
        self.name = name
        self.dimension = dimension
        self.source = source
        self.maximum = maximum
        self.rule = rule
    }

    public var label: String { "\(id) \(name)" }

    /// "满分 6.0" or "上不封顶", for headers.
    public var maximumText: String { maximum.isUncapped ? "上不封顶" : "满分 \(maximum)" }
}
