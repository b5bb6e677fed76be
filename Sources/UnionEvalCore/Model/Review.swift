/// One reviewer's score from reviews.csv: a committee member's (评委), or another unit's in a peer
/// review (互评, 评委单位).
public struct Review: Sendable, Hashable {
    public var union: Int
    public var target: ScoreTarget
    public var reviewer: String?
    /// The reviewing unit in a peer review; nil for a committee member.
    public var reviewerUnit: Int?
    public var score: Points
    public var location: SourceLocation

    public init(
        union: Int, target: ScoreTarget, reviewer: String?, reviewerUnit: Int? = nil, score: Points, location: SourceLocation
    ) {
        self.union = union
        self.target = target
        self.reviewer = reviewer
        self.reviewerUnit = reviewerUnit
        self.score = score
        self.location = location
    }

    public var source: ScoreWeights.Source { reviewerUnit == nil ? .committee : .peer }
}
