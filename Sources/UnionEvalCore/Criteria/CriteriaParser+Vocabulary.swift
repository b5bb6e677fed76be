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

    /// `levels`: either more names for the university's six (`{区县级: [渝北区], 市级: [重庆市级]}`), or the
    /// union's own list, lowest first (`[{name: 区级, aliases: [区]}, 市级, 省级, 国家级]`).
    static func parseLevels(_ top: YAMLMapping, log: inout DiagnosticLog) -> LevelVocabulary {
        guard let node = top["levels"] else { return .university }
        if let sequence = node.sequence {
            var levels: [ActivityCategory] = []
            var seen: Set<String> = []
            for (position, item) in sequence.enumerated() {
                let level: ActivityCategory
                if let name = item.string {
                    level = ActivityCategory(name: name.trimmingWhitespace())
                } else if let map = YAMLMapping(item, path: "levels[\(position)]", file: top.file, log: &log) {
                    map.rejectUnknownKeys(allowed: ["name", "aliases"], log: &log)
                    level = ActivityCategory(name: map.requiredString("name", log: &log) ?? "?", aliases: map.strings("aliases", log: &log))
                } else {
                    continue
                }
                for name in [level.name] + level.aliases where !seen.insert(name).inserted {
                    log.error("E-CRITERIA-DUPLICATE", at: YAMLMapping.location(of: item, file: top.file), raw: name, "级别名称或别名“\(name)”重复。")
                }
                levels.append(level)
            }
            if levels.isEmpty || levels.count > 256 {
                log.error(
                    "E-CRITERIA-MISSING", at: YAMLMapping.location(of: node, file: top.file),
                    levels.isEmpty ? "“levels”列表为空：请从低到高列出级别。" : "“levels”最多 256 个级别。")
                return .university
            }
            return LevelVocabulary(levels)
        }
        var vocabulary = LevelVocabulary.university
        guard let map = YAMLMapping(node, path: "levels", file: top.file, log: &log) else { return vocabulary }
        for (key, _) in map.mapping {
            let name = key.string?.trimmingWhitespace() ?? ""
            guard let level = vocabulary.levels.firstIndex(where: { $0.name == name }).map(ActivityLevel.init(rawValue:)) else {
                log.error(
                    "E-CRITERIA-REFERENCE", at: YAMLMapping.location(of: key, file: top.file), raw: name,
                    "“levels”中的“\(name)”不是级别。可用级别：\(vocabulary.listed)。若本单位的级别不同，请把 levels 写成从低到高的列表。")
                continue
            }
            vocabulary.addAliases(map.strings(name, log: &log), to: level)
        }
        return vocabulary
    }
}
