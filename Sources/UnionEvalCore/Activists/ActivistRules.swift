/// The 工会工作积极分子 section of the criteria: per-person points, eligibility, quotas and 公示 text.
public struct ActivistRules: Sendable {
    /// Points for one category; nil fields fall back to the defaults.
    public struct CategoryPoints: Sendable, Hashable {
        public var organize: Points?
        public var participate: Points?
        /// Cap on the points a person can collect from this category.
        public var cap: Points?

        public init(organize: Points? = nil, participate: Points? = nil, cap: Points? = nil) {
            self.organize = organize
            self.participate = participate
            self.cap = cap
        }
    }

    /// Whom the quota's share is taken of.
    public enum QuotaBase: String, Sendable, Hashable {
        /// Every member (会员=是), or 会员人数 in unions.csv.
        case members
        /// Members whose roster row says 缴纳会费=是.
        case duesPaying = "dues_paying"

        public var chineseName: String {
            switch self {
            case .members: return "会员人数"
            case .duesPaying: return "缴纳会费的会员人数"
            }
        }
    }

    public struct Quota: Sendable, Hashable {
        /// Share of the unit's members, scaled by 1000 (80 is 8%).
        public var permille: Int
        public var rounding: AwardRule.Rounding
        public var minimum: Int
        /// Extra share for a unit recommended as 先进基层工会.
        public var extraForAdvancedPermille: Int
        /// Extra share for a unit that held every required event of the rubric.
        public var extraForAllRequiredPermille: Int
        /// Upper bound on all units' quotas together.
        public var overallCap: Int?
        public var base: QuotaBase = .members

        public init(
            permille: Int, rounding: AwardRule.Rounding = .halfUp, minimum: Int = 1, extraForAdvancedPermille: Int = 0,
            extraForAllRequiredPermille: Int = 0, overallCap: Int? = nil
        ) {
            self.permille = permille
            self.rounding = rounding
            self.minimum = minimum
            self.extraForAdvancedPermille = extraForAdvancedPermille
            self.extraForAllRequiredPermille = extraForAllRequiredPermille
            self.overallCap = overallCap
        }
    }

    public var title: String
    public var organizePoints: Points
    public var participatePoints: Points
    public var categoryPoints: [Int: CategoryPoints]
    /// Cap on all participation points together, so attending many small events cannot outweigh organising.
    public var participationCap: Points?
    /// Points by level × outcome for awards the person organised or took part in.
    /// Shortest and longest 主要事迹 on a nominee's 审批表, in characters (`papers.deeds_length`).
    public var deedsLength: ClosedRange<Int> = 300...800
    public var outcomePoints: [ActivityLevel: [Int: Points]]
    public var membersOnly: Bool
    public var excludedRoles: [String]
    public var minimumActivities: Int
    public var minimumTenureMonths: Int?
    /// The day tenure is measured to (e.g. the end of the evaluation year).
    public var tenureReferenceDate: CalendarDate?
    /// Anyone on the final list of one of the last N evaluation years is not nominated again
    /// (近三年获评的不再推荐); nil when the rubric allows repeats.
    public var notAwardedWithinYears: Int?
    /// Roster column → values whose holders are not nominated (副处级以上领导干部不参加推荐).
    public var columnExclusions: [String: [String]] = [:]
    /// Limits on who makes up the final list, applied in this order.
    public var composition: [CompositionLimit] = []
    /// When set, a nominee must pass the vote in votes.csv.
    public var votes: VoteRule?
    /// What a place freed by a failed vote or an upheld objection becomes.
    public var vacancy: Vacancy = .keep

    /// The roster columns these rules read, in a stable order.
    public var rosterColumns: [String] {
        Array(Set(columnExclusions.keys).union(composition.map(\.column))).sorted()
    }
    public var quota: Quota
    public var publicityDays: Int
    public var publicityStart: CalendarDate?
    public var contact: String

    public init(
        title: String = "工会工作积极分子", organizePoints: Points = Points(3), participatePoints: Points = Points(1),
        categoryPoints: [Int: CategoryPoints] = [:], participationCap: Points? = nil,
        outcomePoints: [ActivityLevel: [Int: Points]] = [:], membersOnly: Bool = true, excludedRoles: [String] = [],
        minimumActivities: Int = 0, minimumTenureMonths: Int? = nil, tenureReferenceDate: CalendarDate? = nil,
        quota: Quota = Quota(permille: 80), publicityDays: Int = 5, publicityStart: CalendarDate? = nil,
        contact: String = ""
    ) {
        self.title = title
        self.organizePoints = organizePoints
        self.participatePoints = participatePoints
        self.categoryPoints = categoryPoints
        self.participationCap = participationCap
        self.outcomePoints = outcomePoints
        self.membersOnly = membersOnly
        self.excludedRoles = excludedRoles
        self.minimumActivities = minimumActivities
        self.minimumTenureMonths = minimumTenureMonths
        self.tenureReferenceDate = tenureReferenceDate
        self.quota = quota
        self.publicityDays = publicityDays
        self.publicityStart = publicityStart
        self.contact = contact
    }

    public var publicity: Publicity { Publicity(days: publicityDays, start: publicityStart, contact: contact) }

    func organize(_ category: Int) -> Points { categoryPoints[category]?.organize ?? organizePoints }
    func participate(_ category: Int) -> Points { categoryPoints[category]?.participate ?? participatePoints }
}
