/// The grade (等次/称号) a unit got, and why not a better one.
public struct UnitGrade: Sendable, Hashable {
    /// Index into `Criteria.grades`; nil when the unit meets no grade's conditions.
    public var grade: Int?
    /// For each better grade, the first condition the unit did not meet, e.g. "“优秀”：总分未达 90.0 分".
    public var shortOf: [String]

    public init(grade: Int?, shortOf: [String]) {
        self.grade = grade
        self.shortOf = shortOf
    }
}
