/// One member's activist points, with the counts and awards the 推荐理由 is written from.
public struct PersonScore: Sendable, Hashable {
    public struct Award: Sendable, Hashable {
        public var activity: String
        public var level: ActivityLevel
        public var outcome: Int
        public var points: Points
    }

    public var member: Int
    public var points: Points = .zero
    public var organized: Int = 0
    public var participated: Int = 0
    /// The most notable record this person organised — highest level, then earliest — for the 推荐理由.
    public var mostNotableOrganized: Int?
    public var awards: [Award] = []
    /// Points the ballot added (`activists.votes.weight`), already in `points`.
    public var votePoints: Points = .zero

    public var activityCount: Int { organized + participated }
}
