/// The level at which an activity or award took place, lowest first; the order decides "highest level".
public enum ActivityLevel: Int, Sendable, CaseIterable, Comparable, Codable {
    case college, school, district, city, province, national

    public var chineseName: String {
        switch self {
        case .college: return "院级"
        case .school: return "校级"
        case .district: return "区县级"
        case .city: return "市级"
        case .province: return "省部级"
        case .national: return "国家级"
        }
    }

    /// Accepts the contract's names and the usual variants (省级, 部级, 区级, 县级, 学院级, 校级活动).
    public init?(chineseName text: String) {
        var name = text.trimmingWhitespace()
        if let level = Self.names[name] {
            self = level
            return
        }
        // "校级活动", "市级比赛": the level with what it is a level of.
        for suffix in ["活动", "比赛", "竞赛", "赛事", "表彰"] where name.hasSuffix(suffix) && name.count > suffix.count {
            name.removeLast(suffix.count)
            break
        }
        guard let level = Self.names[name] else { return nil }
        self = level
    }

    private static let names: [String: ActivityLevel] = [
        "院级": .college, "系级": .college, "部门级": .college, "学院级": .college, "院系级": .college, "二级学院": .college,
        "分工会": .college, "分工会级": .college, "二级工会": .college,
        "校级": .school, "学校级": .school, "全校": .school, "校工会": .school,
        "区县级": .district, "区级": .district, "县级": .district,
        "市级": .city, "省部级": .province, "省级": .province, "部级": .province, "国家级": .national, "全国": .national, "全国级": .national,
    ]

    public static func < (lhs: ActivityLevel, rhs: ActivityLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
