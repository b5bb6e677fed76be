/// A 等次 or 称号 (优秀, 合格, 先进职工之家, 模范职工之家) and what a unit needs for it. The criteria
/// list them best first; each unit gets the first whose every condition it meets.
public struct GradeRule: Sendable, Hashable {
    /// A result the unit must have had in earlier years (from the history of earlier runs).
    public struct Prerequisite: Sendable, Hashable {
        public enum Earlier: Sendable, Hashable {
            /// That grade or title, by name.
            case grade(String)
            /// Recommended as 先进 under the award rule.
            case awarded
        }

        public var earlier: Earlier
        /// In each of this many years up to last year (连续 N 年).
        public var years: Int

        public init(earlier: Earlier, years: Int = 1) {
            self.earlier = earlier
            self.years = years
        }

        public var chineseDescription: String {
            let what: String
            switch earlier {
            case .grade(let name): what = "“\(name)”或更高"
            case .awarded: what = "先进（评选结果为推荐）"
            }
            return years == 1 ? "上一年度获\(what)" : "连续 \(years) 年（截至上一年度）获\(what)"
        }
    }

    public var name: String
    public var minimumTotal: Points?
    /// Every regular dimension at least this share of its maximum (scaled by 1000: 700 is 70%).
    public var dimensionFloorPermille: Int?
    /// Only units ranked this high or better (名次 ≤ N, ties share a rank); nobody qualifying leaves it 空缺.
    public var topRanks: Int?
    public var prerequisites: [Prerequisite]
    /// Whether a unit under 一票否决 may have it (a bottom grade such as 不合格 usually allows it).
    public var allowsVetoed: Bool

    public init(
        name: String, minimumTotal: Points? = nil, dimensionFloorPermille: Int? = nil, topRanks: Int? = nil,
        prerequisites: [Prerequisite] = [], allowsVetoed: Bool = false
    ) {
        self.name = name
        self.minimumTotal = minimumTotal
        self.dimensionFloorPermille = dimensionFloorPermille
        self.topRanks = topRanks
        self.prerequisites = prerequisites
        self.allowsVetoed = allowsVetoed
    }

    /// Whether the grade has no condition at all: the grade every other unit falls to.
    public var isUnconditional: Bool {
        minimumTotal == nil && dimensionFloorPermille == nil && topRanks == nil && prerequisites.isEmpty && allowsVetoed
    }

    /// The conditions in words, for the 评分标准 sheet.
    public var chineseDescription: String {
        var parts: [String] = []
        if let minimumTotal { parts.append("总分 \(minimumTotal) 分以上") }
        if let floor = dimensionFloorPermille { parts.append("各一级指标均达到该项满分的 \(Points(tenths: floor))%") }
        if let top = topRanks { parts.append(top == 1 ? "排名第一" : "排名前 \(top) 名") }
        parts += prerequisites.map(\.chineseDescription)
        if !allowsVetoed { parts.append("未被一票否决") }
        let conditions = parts.isEmpty ? "其余单位" : parts.joined(separator: "，且")
        return topRanks == nil ? conditions : conditions + "；无人符合时本年度空缺"
    }
}
