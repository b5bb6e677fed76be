/// A person who may not be nominated (exclusions.csv). The reason is private: never on the public list.
public struct Exclusion: Sendable, Hashable {
    /// Index into `YearData.members`.
    public var member: Int
    public var reason: String
    public var location: SourceLocation

    public init(member: Int, reason: String, location: SourceLocation) {
        self.member = member
        self.reason = reason
        self.location = location
    }
}
