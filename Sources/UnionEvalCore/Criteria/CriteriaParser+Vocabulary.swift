extension CriteriaParser {
    /// `columns`: more header wordings for the contract's columns, e.g. `{日期: [开展日期], 参与者工号: [出席人员]}`.
    static func parseColumnAliases(_ top: YAMLMapping, log: inout DiagnosticLog) -> [String: [String]] {
        guard let map = YAMLMapping(top["columns"], path: "columns", file: top.file, log: &log) else { return [:] }
        let known = Set(
            [Schemas.unions, Schemas.members, Schemas.activities, Schemas.adjustments, Schemas.reviews, Schemas.exclusions, Schemas.occurrences, Schemas.selfScores]
                .flatMap { $0.columns.map(\.name) })
        var aliases: [String: [String]] = [:]
        for (key, _) in map.mapping {
            let name = key.string?.trimmingWhitespace() ?? ""
            guard known.contains(name) else {
                log.error(
                    "E-CRITERIA-REFERENCE", at: YAMLMapping.location(of: key, file: top.file), raw: name,
                    "“columns”中的“\(name)”不是输入约定中的列名。可用列名：\(known.sorted().joined(separator: "、"))。")
                continue
            }
            aliases[name] = map.strings(name, log: &log)
        }
        return aliases
    }

    /// `levels`: more names for the six levels, e.g. `{区县级: [区级, 区], 市级: [重庆市级]}`.
    static func parseLevelAliases(_ top: YAMLMapping, log: inout DiagnosticLog) -> [String: ActivityLevel] {
        guard let map = YAMLMapping(top["levels"], path: "levels", file: top.file, log: &log) else { return [:] }
        var aliases: [String: ActivityLevel] = [:]
        for (key, _) in map.mapping {
            let name = key.string?.trimmingWhitespace() ?? ""
            guard let level = ActivityLevel.allCases.first(where: { $0.chineseName == name }) else {
                log.error(
                    "E-CRITERIA-REFERENCE", at: YAMLMapping.location(of: key, file: top.file), raw: name,
                    "“levels”中的“\(name)”不是级别。可用级别：\(ActivityLevel.allCases.map(\.chineseName).joined(separator: "、"))。")
                continue
            }
            for alias in map.strings(name, log: &log) { aliases[alias] = level }
        }
        return aliases
    }
}
