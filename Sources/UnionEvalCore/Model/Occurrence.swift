/// One entry of occurrences.csv (校工会登记事项): something the office recorded against a unit for a
/// `deduction` indicator, such as an absence from a 校工会 meeting or a late report.
public struct Occurrence: Sendable, Hashable {
    public var union: Int
    /// Index into `Criteria.indicators`.
    public var indicator: Int
    /// The kind (事项) when the rule prices kinds differently, e.g. 迟报 or 未报.
    public var kind: String?
    public var count: Int
    /// 日期 and 说明 as written, for the reports.
    public var date: String?
    public var note: String?
    public var location: SourceLocation

    public init(
        union: Int, indicator: Int, kind: String?, count: Int, date: String?, note: String?, location: SourceLocation
    ) {
        self.union = union
        self.indicator = indicator
        self.kind = kind
        self.count = count
        self.date = date
        self.note = note
        self.location = location
    }
}
