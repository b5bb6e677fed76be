/// An objection raised during 公示 against a nominee (objections.csv), with the office's finding:
/// 成立 removes them from the final list, 不成立 is recorded beside their name.
public struct Objection: Sendable, Hashable {
    /// Index into `YearData.members` (a person) or `YearData.unions` (a unit).
    public var candidate: Int
    public var reason: String
    public var upheld: Bool
    public var date: CalendarDate?
    public var location: SourceLocation

    public init(candidate: Int, reason: String, upheld: Bool, date: CalendarDate?, location: SourceLocation) {
        self.candidate = candidate
        self.reason = reason
        self.upheld = upheld
        self.date = date
        self.location = location
    }
}
