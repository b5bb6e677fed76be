import Yams

extension CriteriaParser {
    /// `rules: [{rule: required, …}, {rule: deduction, max: 3, …}]`: the parts of a `CombinedRule`, each
    /// parsed by its own kind with its own keys; a part without `match` uses the item's.
    static func parseParts(
        _ map: YAMLMapping, id: String, maximum: Points, match: RecordMatch, vocabulary: Vocabulary, log: inout DiagnosticLog
    ) -> CombinedRule? {
        guard let list = map["rules"]?.sequence, !list.isEmpty else {
            log.error("E-CRITERIA-TYPE", at: YAMLMapping.location(of: map["rules"]!, file: map.file), "“\(map.childPath("rules"))”应为规则的列表。")
            return nil
        }
        var parts: [CombinedRule.Part] = []
        for (position, node) in list.enumerated() {
            guard let part = YAMLMapping(node, path: "\(map.childPath("rules"))[\(position)]", file: map.file, log: &log) else { continue }
            let name = part.string("rule") ?? ""
            guard let kind = ScoringRules.kind(named: name) else {
                let place = part["rule"].map { YAMLMapping.location(of: $0, file: map.file) } ?? YAMLMapping.location(of: part.mapping, file: map.file)
                log.error(
                    "E-CRITERIA-RULE", at: place, raw: name,
                    "“\(part.childPath("rule"))”应为 \(ScoringRules.names) 之一。")
                continue
            }
            part.rejectUnknownKeys(allowed: kind.keys.union(["rule", "match", "max", "name"]), log: &log)
            let partMaximum = part.points("max", log: &log) ?? maximum
            let partMatch = part["match"] == nil ? match : parseMatch(part, vocabulary: vocabulary, log: &log)
            let parsing = RuleParsing(map: part, id: id, maximum: partMaximum, match: partMatch, vocabulary: vocabulary)
            guard let rule = kind.parse(parsing, log: &log) else { continue }
            parts.append(
                CombinedRule.Part(
                    rule: rule, maximum: partMaximum, label: part.string("name") ?? "第\(position + 1)项", deducts: kind.name == OccurrenceDeductionRule.name))
        }
        guard parts.count == list.count else { return nil }
        return CombinedRule(parts: parts)
    }
}
