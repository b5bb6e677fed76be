/// The levels (级别) a rubric knows, lowest first, each with the other names ledgers use for it. A
/// university's are 院级 to 国家级; a city union's may be 区, 市, 省, 国家 or named places.
public struct LevelVocabulary: Sendable {
    public private(set) var levels: [ActivityCategory]
    private var lookup: [String: ActivityLevel] = [:]

    public init(_ levels: [ActivityCategory]) {
        self.levels = levels
        for (rank, level) in levels.enumerated() {
            for name in [level.name] + level.aliases where lookup[name] == nil { lookup[name] = ActivityLevel(rawValue: rank) }
        }
    }

    /// The university's six levels with the variants offices write.
    public static let university = LevelVocabulary([
        ActivityCategory(name: "院级", aliases: ["系级", "部门级", "学院级", "院系级", "二级学院", "分工会", "分工会级", "二级工会"]),
        ActivityCategory(name: "校级", aliases: ["学校级", "全校", "校工会"]),
        ActivityCategory(name: "区县级", aliases: ["区级", "县级"]),
        ActivityCategory(name: "市级"),
        ActivityCategory(name: "省部级", aliases: ["省级", "部级"]),
        ActivityCategory(name: "国家级", aliases: ["全国", "全国级"]),
    ])

    public func name(of level: ActivityLevel) -> String {
        levels.indices.contains(level.rawValue) ? levels[level.rawValue].name : "?"
    }

    /// A level by its name or an alias, also when a ledger adds what it is a level of ("校级活动", "市级比赛").
    public func level(for text: String) -> ActivityLevel? {
        var name = text.trimmingWhitespace()
        if let level = lookup[name] { return level }
        for suffix in ["活动", "比赛", "竞赛", "赛事", "表彰"] where name.hasSuffix(suffix) && name.count > suffix.count {
            name.removeLast(suffix.count)
            return lookup[name]
        }
        return nil
    }

    /// More names for a level already in the list.
    mutating func addAliases(_ aliases: [String], to level: ActivityLevel) {
        levels[level.rawValue].aliases += aliases
        for alias in aliases where lookup[alias] == nil { lookup[alias] = level }
    }

    /// The level names joined for messages: 院级、校级、…
    public var listed: String { levels.map(\.name).joined(separator: "、") }
}
