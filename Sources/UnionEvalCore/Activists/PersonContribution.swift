/// What one record gave one person, for `unioneval explain`.
public struct PersonContribution: Sendable, Hashable {
    public enum Role: String, Sendable {
        case organizer = "组织"
        case participant = "参与"
        case award = "获奖"
    }

    public var record: Int
    public var role: Role
    public var points: Points
    public var note: String
}
