import Yams

extension CriteriaParser {
    /// `groups: [{name: 院系, quota: 20%, rounding: down}, {name: 机关, count: 2}]`.
    static func parseGroups(_ top: YAMLMapping, log: inout DiagnosticLog) -> [UnitGroup] {
        guard let node = top["groups"] else { return [] }
        guard let list = node.sequence, !list.isEmpty else {
            log.error("E-CRITERIA-TYPE", at: YAMLMapping.location(of: node, file: top.file), "“groups”应为分组的列表，如 [{name: 院系, quota: 20%}, {name: 机关, count: 2}]。")
            return []
        }
        var groups: [UnitGroup] = []
        for (position, item) in list.enumerated() {
            guard let map = YAMLMapping(item, path: "groups[\(position)]", file: top.file, log: &log) else { continue }
            map.rejectUnknownKeys(allowed: ["name", "quota", "rounding", "count"], log: &log)
            guard let name = map.requiredString("name", log: &log) else { continue }
            if groups.contains(where: { $0.name == name }) {
                log.error("E-CRITERIA-DUPLICATE", at: YAMLMapping.location(of: map.mapping, file: top.file), raw: name, "分组“\(name)”重复。")
                continue
            }
            let quota: AwardRule.Quota
            if let count = map.integer("count", log: &log) {
                quota = .count(count)
            } else if map["quota"] != nil, let permille = map.fraction("quota", log: &log) {
                quota = .fraction(permille: permille, rounding: map.rounding("rounding", default: .down, log: &log))
            } else {
                if map["quota"] == nil {
                    log.error("E-CRITERIA-MISSING", at: YAMLMapping.location(of: map.mapping, file: top.file), "“\(map.path)”需要 quota（比例）或 count（固定名额）之一。")
                }
                continue
            }
            groups.append(UnitGroup(name: name, quota: quota))
        }
        return groups
    }
}
