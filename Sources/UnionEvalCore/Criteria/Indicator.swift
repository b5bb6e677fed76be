/// A 二级指标: one scored line of the rubric.
public struct Indicator: Sendable, Hashable {
    public var id: String
    public var name: String
    /// Index into `Criteria.dimensions`.
    public var dimension: Int
    /// The work-plan point or calendar item it comes from, e.g. "工作要点第9条；计划安排表3月".
    public var source: String
    public var maximum: Points
    public var rule: IndicatorRule

    public init(id: String, name: String, dimension: Int, source: String, maximum: Points, rule: IndicatorRule) {
        self.id = id
        self.name = name
        self.dimension = dimension
        self.source = source
        self.maximum = maximum
        self.rule = rule
    }

    public var label: String { "\(id) \(name)" }
}
