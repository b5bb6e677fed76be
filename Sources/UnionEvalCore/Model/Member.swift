/// A person on the roster (members.csv).
public struct Member: Sendable, Hashable {
    public var staffID: String
    public var name: String
    /// Index into `YearData.unions`.
    public var union: Int
    /// 会员=是; non-members never count in rates or nominations.
    public var isMember: Bool
    public var gender: String?
    public var role: String?
    /// 入会日期, optional in the roster; used for the minimum-tenure rule.
    public var joinDate: CalendarDate?
    /// 缴纳会费, optional in the roster; nil when not given.
    public var paysDues: Bool?

    public init(
        staffID: String, name: String, union: Int, isMember: Bool = true, gender: String? = nil, role: String? = nil,
        joinDate: CalendarDate? = nil
    ) {
        self.staffID = staffID
        self.name = name
        self.union = union
        self.isMember = isMember
        self.gender = gender
        self.role = role
        self.joinDate = joinDate
    }
}
