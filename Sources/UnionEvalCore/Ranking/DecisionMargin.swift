/// How safe a unit's award decision is: its distance to the award line in points and, for units at
/// the line, the smallest single change that would turn the decision.
public struct DecisionMargin: Sendable, Hashable {
    /// Points ahead of the first unit left out (recommended units), or behind the last unit in
    /// (the others); nil when no line was drawn (no places, or nobody eligible on one side).
    public var margin: Points?
    /// For each recommended unit and the first unit below the line: the smallest single change that
    /// would flip the decision, in words; nil for the other units.
    public var smallestFlip: String?

    public init(margin: Points?, smallestFlip: String?) {
        self.margin = margin
        self.smallestFlip = smallestFlip
    }
}
