/// A unit's own claim for an indicator, a dimension or the total, from self_scores.csv (自评分).
public struct SelfScore: Sendable, Hashable {
    public var union: Int
    public var target: ScoreTarget
    public var score: Points
    public var note: String?
    public var location: SourceLocation

    public init(union: Int, target: ScoreTarget, score: Points, note: String?, location: SourceLocation) {
        self.union = union
        self.target = target
        self.score = score
        self.note = note
        self.location = location
    }
}
