/// One candidate's ballot count (votes.csv): 赞成, 反对, 弃权 of the voters of that 评选.
public struct Ballot: Sendable, Hashable {
    /// Index into `YearData.members` (the activists' ballot) or `YearData.unions` (the units').
    public var candidate: Int
    public var approve: Int
    public var oppose: Int
    public var abstain: Int
    public var location: SourceLocation

    public init(candidate: Int, approve: Int, oppose: Int, abstain: Int, location: SourceLocation) {
        self.candidate = candidate
        self.approve = approve
        self.oppose = oppose
        self.abstain = abstain
        self.location = location
    }
}

/// Who could vote and who did (应到, 实到), stated once for a 评选 in votes.csv.
public struct Voters: Sendable, Hashable {
    public var expected: Int?
    public var present: Int?
    public var location: SourceLocation
}
