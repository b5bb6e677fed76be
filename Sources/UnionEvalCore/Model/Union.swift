/// A 二级工会 taking part in the evaluation, from unions.csv.
public struct Union: Sendable, Hashable {
    public var name: String
    public var code: String?
    /// 会员人数 as declared in unions.csv; nil means "count the roster".
    public var declaredMemberCount: Int?
    public var chair: String?
    /// 提交日期: when the office received the unit's ledger, for the criteria's deadline.
    public var submittedOn: CalendarDate?
    /// The unit's other columns in unions.csv (类别: 院系, 机关, …), for `award.composition`.
    public var attributes: [String: String] = [:]
    /// Index into `Criteria.groups` (unions.csv 组别); nil when the criteria have no groups or the unit's
    /// 组别 is missing or unknown (reported).
    public var group: Int?
    /// Where the unit is listed in unions.csv, for problems about the unit as a whole.
    public var location: SourceLocation

    public init(
        name: String, code: String? = nil, declaredMemberCount: Int? = nil, chair: String? = nil,
        location: SourceLocation = SourceLocation(file: "unions.csv")
    ) {
        self.name = name
        self.code = code
        self.declaredMemberCount = declaredMemberCount
        self.chair = chair
        self.location = location
    }
}

extension Union {
    /// The unit's whole row in unions.csv (or its sheet), for problems about the unit rather than its name.
    var rowLocation: SourceLocation {
        var row = location
        row.column = 0
        return row
    }
}
