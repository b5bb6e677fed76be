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

    /// Accepts the contract's names and the usual variants (省级, 部级, 区级, 县级).
    public init?(chineseName text: String) {
        guard let level = Self.names[text.trimmingWhitespace()] else { return nil }
        self = level
    }

    private static let names: [String: ActivityLevel] = [
        "院级": .college, "系级": .college, "部门级": .college,
        "校级": .school, "学校级": .school,
        "区县级": .district, "区级": .district, "县级": .district,
        "市级": .city, "省部级": .province, "省级": .province, "部级": .province, "国家级": .national,
    ]

    public static func < (lhs: ActivityLevel, rhs: ActivityLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
