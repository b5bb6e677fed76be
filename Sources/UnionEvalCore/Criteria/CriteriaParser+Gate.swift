import Yams

extension CriteriaParser {
    /// `requires: {min_count: 1, match: {categories: [会员大会]}}`, `requires: {indicator: B1, min: 3}`, or a
    /// list of these (all must hold), with `else: 50%`. An indicator is referred to by its id or name and
    /// must come before this one, so that its points are known.
    static func parseGate(
        _ map: YAMLMapping, earlier: [Indicator], vocabulary: Vocabulary, log: inout DiagnosticLog
    ) -> IndicatorGate? {
        guard let node = map["requires"] else {
            if let other = map["else"] {
                log.error("E-CRITERIA-KEY", at: YAMLMapping.location(of: other, file: map.file), "“\(map.childPath("else"))”只能与“requires”一起使用。")
            }
            return nil
        }
        let entries: [(Node, String)] = node.sequence.map { list in list.enumerated().map { ($1, "\(map.childPath("requires"))[\($0)]") } }
            ?? [(node, map.childPath("requires"))]
        var conditions: [IndicatorGate.Condition] = []
        for (entryNode, path) in entries {
            guard let entry = YAMLMapping(entryNode, path: path, file: map.file, log: &log) else { continue }
            entry.rejectUnknownKeys(allowed: ["min_count", "match", "indicator", "min"], log: &log)
            let location = YAMLMapping.location(of: entry.mapping, file: map.file)
            if let reference = entry.string("indicator") {
                guard let index = earlier.firstIndex(where: { $0.id == reference || $0.name == reference }) else {
                    log.error(
                        "E-CRITERIA-REFERENCE", at: YAMLMapping.location(of: entry["indicator"]!, file: map.file), raw: reference,
                        "“\(entry.childPath("indicator"))”应为本指标之前的某个指标的编号或名称（前提要用它的得分）。")
                    continue
                }
                guard let minimum = entry.points("min", log: &log) else {
                    if entry["min"] == nil { log.error("E-CRITERIA-MISSING", at: location, "缺少“\(entry.childPath("min"))”（该指标至少得几分）。") }
                    continue
                }
                conditions.append(.indicator(index, minimum: minimum))
            } else if entry["match"] != nil || entry["min_count"] != nil {
                let match = parseMatch(entry, vocabulary: vocabulary, log: &log)
                conditions.append(.evidence(minimum: entry.integer("min_count", log: &log) ?? 1, match: match))
            } else {
                log.error(
                    "E-CRITERIA-MISSING", at: location,
                    "“\(path)”应写 {min_count: 次数, match: {...}}（台账记录）或 {indicator: 指标编号, min: 分值}（另一指标的得分）。")
            }
        }
        guard !conditions.isEmpty else { return nil }
        var gate = IndicatorGate(conditions: conditions)
        if map["else"] != nil, let kept = map.fraction("else", log: &log) {
            guard kept <= 1000 else {
                log.error("E-CRITERIA-NUMBER", at: YAMLMapping.location(of: map["else"]!, file: map.file), "“\(map.childPath("else"))”应在 0 到 100% 之间。")
                return gate
            }
            gate.keptPermille = kept
        }
        return gate
    }
}
