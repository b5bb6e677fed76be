/// One committee member's score for a manual indicator, from reviews.csv.
public struct Review: Sendable, Hashable {
    public var union: Int
    /// Index into `Criteria.indicators`.
    public var indicator: Int
    public var reviewer: String?
    public var score: Points
    public var location: SourceLocation

    public init(union: Int, indicator: Int, reviewer: String?, score: Points, location: SourceLocation) {
        self.union = union
        self.indicator = indicator
        self.reviewer = reviewer
        self.score = score
        self.location = location
    }
}
