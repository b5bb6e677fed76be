/// How many activists a unit may nominate, and how that number came about.
public struct UnitQuota: Sendable, Hashable {
    public var union: Int
    /// The members the share is taken of (all members, or those paying dues).
    public var members: Int
    /// Base share plus any extra, scaled by 1000.
    public var permille: Int
    public var rounding: AwardRule.Rounding
    public var base: Int
    public var extra: Int
    public var extraReason: String
    /// Places taken away to respect the overall cap.
    public var reducedByCap: Int
    public var quota: Int
    /// Why the unit has no quota this year (取消积极分子名额), when it has none for that reason.
    public var revokedReasons: [String] = []
    public var nominated: Int = 0
    public var tied: Int = 0

    public var unused: Int { max(quota - nominated, 0) }
}
