import Yams

extension CriteriaParser {
    /// `composition: [{column: 性别, values: [女], min: 20%, name: 女职工}, …]` under `section` (activists: the
    /// roster's columns, each unit's list or the school's; award: unions.csv's columns, the school's list).
    static func parseComposition(
        _ map: YAMLMapping, section: String, columns: [String], table: String, log: inout DiagnosticLog
    ) -> [CompositionLimit] {
        let allowsUnitScope = section == "activists"
        guard let node = map["composition"] else { return [] }
        guard let sequence = node.sequence else {
            log.error("E-CRITERIA-TYPE", at: YAMLMapping.location(of: node, file: map.file), "“\(section).composition”应为列表。")
            return []
        }
        var limits: [CompositionLimit] = []
        for (position, item) in sequence.enumerated() {
            let path = "\(section).composition[\(position)]"
            guard let entry = YAMLMapping(item, path: path, file: map.file, log: &log) else { continue }
            entry.rejectUnknownKeys(allowed: ["column", "values", "max", "min", "scope", "rounding", "name"], log: &log)
            let location = YAMLMapping.location(of: entry.mapping, file: map.file)
            guard let column = entry.requiredString("column", log: &log),
                checkColumn(column, of: columns, table: table, at: entry["column"]!, path: path, file: map.file, log: &log)
            else { continue }
            let values = entry.strings("values", log: &log)
            if values.isEmpty { log.error("E-CRITERIA-MISSING", at: location, "缺少“\(entry.childPath("values"))”（哪些值算在这一类人中）。") }
            let bound: CompositionLimit.Bound
            switch (entry.fraction("max", log: &log), entry.fraction("min", log: &log)) {
            case (let maximum?, nil): bound = .atMost(permille: maximum)
            case (nil, let minimum?): bound = .atLeast(permille: minimum)
            default:
                log.error("E-CRITERIA-MISSING", at: location, "“\(path)”须写“max”（不超过）或“min”（不少于）中的一个，如 max: 30%。")
                continue
            }
            var scope = CompositionLimit.Scope.school
            if let text = entry.string("scope") {
                guard let parsed = CompositionLimit.Scope(rawValue: text), allowsUnitScope || parsed == .school else {
                    log.error(
                        "E-CRITERIA-KEY", at: YAMLMapping.location(of: entry["scope"]!, file: map.file), raw: text,
                        allowsUnitScope
                            ? "“\(entry.childPath("scope"))”应为 school（全校名单）或 unit（各单位名单）。"
                            : "“\(entry.childPath("scope"))”只能是 school：先进基层工会名单是全校的一份名单。")
                    continue
                }
                scope = parsed
            }
            let rounding = entry["rounding"] == nil ? nil : entry.rounding("rounding", default: .down, log: &log)
            guard !values.isEmpty else { continue }
            limits.append(
                CompositionLimit(column: column, values: values, bound: bound, scope: scope, rounding: rounding, groupName: entry.string("name")))
        }
        return limits
    }
}
