import Yams

/// Names a criteria file may use for categories and outcomes, resolved to indices, and the year its
/// month-day dates are read in.
struct Vocabulary {
    var categories: [ActivityCategory]
    var outcomes: [String]
    var levels: LevelVocabulary
    /// Orders the days of every `from`/`to` window.
    var yearStart = MonthDay.newYear
    /// Nil when the rubric names no `year`.
    var evaluationYear: EvaluationYear?
    /// The names of `groups`, which an indicator's `groups` may name.
    var groups: [String] = []
}

extension CriteriaParser {
    /// `isBonus`: the indicator is in a bonus dimension, where a `count` or `outcomes` indicator without
    /// `max` is uncapped.
    static func parseIndicator(
        _ map: YAMLMapping, dimension: Int, isBonus: Bool, vocabulary: Vocabulary, earlier: [Indicator] = [], log: inout DiagnosticLog
    ) -> Indicator? {
        let file = map.file
        guard let id = map.requiredString("id", log: &log), let name = map.requiredString("name", log: &log) else { return nil }
        let match = parseMatch(map, vocabulary: vocabulary, log: &log)
        let ruleName = map.string("rule") ?? ""
        let combined = map["rules"] != nil
        if combined && map["rule"] != nil {
            log.error("E-CRITERIA-KEY", at: YAMLMapping.location(of: map["rule"]!, file: file), "“\(map.path)”中“rule”和“rules”只能写一个。")
            return nil
        }
        guard let kind = combined ? CombinedRule.self : ScoringRules.kind(named: ruleName) else {
            log.error(
                "E-CRITERIA-RULE", at: YAMLMapping.location(of: map["rule"] ?? Node(""), file: file), raw: ruleName,
                "“\(map.childPath("rule"))”应为 \(ScoringRules.names) 之一。")
            return nil
        }
        let maximum: Points
        if let stated = map.points("max", log: &log) {
            maximum = stated
        } else if map["max"] == nil && isBonus && kind.canBeUncapped {
            maximum = .unbounded
        } else {
            if map["max"] == nil {
                let note = isBonus ? "（加分项中只有 count 和 outcomes 规则可以省略 max，表示上不封顶）" : ""
                log.error("E-CRITERIA-MISSING", at: YAMLMapping.location(of: map.mapping, file: file), "缺少“\(map.childPath("max"))”\(note)。")
            }
            return nil
        }
        map.rejectUnknownKeys(allowed: IndicatorKeys.common.union(kind.keys), log: &log)
        let parsing = RuleParsing(map: map, id: id, maximum: maximum, match: match, vocabulary: vocabulary)
        let parsed: (any ScoringRule)? =
            combined ? parseParts(map, id: id, maximum: maximum, match: match, vocabulary: vocabulary, log: &log) : kind.parse(parsing, log: &log)
        guard let rule = parsed else { return nil }
        var indicator = Indicator(
            id: id, name: name, dimension: dimension, source: map.string("source") ?? "", maximum: maximum, rule: rule)
        indicator.weights = parseWeights(map, key: "weights", log: &log)
        indicator.gate = parseGate(map, earlier: earlier, vocabulary: vocabulary, log: &log)
        indicator.groups = parseIndicatorGroups(map, vocabulary: vocabulary, log: &log)
        indicator.location = map["match"].map { YAMLMapping.location(of: $0, file: file) } ?? YAMLMapping.location(of: map.mapping, file: file)
        if let weights = indicator.weights, maximum.isUncapped {
            log.error(
                "E-CRITERIA-WEIGHTS", at: YAMLMapping.location(of: map.mapping, file: file),
                "上不封顶的指标不能按权重合成（\(weights.chineseDescription)）：各来源须有同一满分。")
        }
        return indicator
    }

    /// `groups: [院系]`: the groups an indicator applies to; nil for all.
    static func parseIndicatorGroups(_ map: YAMLMapping, vocabulary: Vocabulary, log: inout DiagnosticLog) -> Set<Int>? {
        guard let node = map["groups"] else { return nil }
        let names = map.strings("groups", log: &log)
        guard !vocabulary.groups.isEmpty else {
            log.error("E-CRITERIA-KEY", at: YAMLMapping.location(of: node, file: map.file), "“\(map.childPath("groups"))”需要评分标准顶层的“groups”（分组及名额）。")
            return nil
        }
        var found = Set<Int>()
        for name in names {
            guard let index = vocabulary.groups.firstIndex(of: name) else {
                log.error(
                    "E-CRITERIA-REFERENCE", at: YAMLMapping.location(of: node, file: map.file), raw: name,
                    "“\(map.childPath("groups"))”中的“\(name)”不是评分标准的分组：应为 \(vocabulary.groups.joined(separator: "、")) 之一。")
                continue
            }
            found.insert(index)
        }
        return found.isEmpty ? nil : found
    }

    static func parseMatch(_ indicator: YAMLMapping, vocabulary: Vocabulary, log: inout DiagnosticLog) -> RecordMatch {
        var match = RecordMatch()
        guard let map = YAMLMapping(indicator["match"], path: indicator.childPath("match"), file: indicator.file, log: &log)
        else { return match }
        map.rejectUnknownKeys(allowed: matchKeys, log: &log)
        let location = YAMLMapping.location(of: map.mapping, file: map.file)
        for name in map.strings("categories", log: &log) {
            if let index = vocabulary.categories.firstIndex(where: { $0.name == name || $0.aliases.contains(name) }) {
                match.categories.insert(index)
            } else {
                log.error("E-CRITERIA-REFERENCE", at: location, raw: name, "“\(map.childPath("categories"))”引用了未定义的类别“\(name)”。")
            }
        }
        for name in map.strings("levels", log: &log) {
            if let level = vocabulary.levels.level(for: name) {
                match.levels.insert(level)
            } else {
                log.error("E-CRITERIA-REFERENCE", at: location, raw: name, "“\(map.childPath("levels"))”中的级别“\(name)”无法识别。")
            }
        }
        for name in map.strings("outcomes", log: &log) {
            if let index = vocabulary.outcomes.firstIndex(of: name) {
                match.outcomes.insert(index)
            } else {
                log.error("E-CRITERIA-REFERENCE", at: location, raw: name, "“\(map.childPath("outcomes"))”引用了未定义的成果“\(name)”。")
            }
        }
        match.requiresOutcome = map.string("any_outcome").map { ["true", "yes", "是"].contains($0.lowercased()) } ?? false
        for text in map.strings("months", log: &log) {
            if let month = Int(text), (1...12).contains(month) {
                match.months.insert(month)
            } else {
                log.error("E-CRITERIA-NUMBER", at: location, raw: text, "“\(map.childPath("months"))”应为 1 到 12 的月份。")
            }
        }
        var windowIsReadable = true
        for key in ["from", "to"] {
            guard let text = map.string(key) else { continue }
            guard let day = MonthDay(parsing: text) else {
                log.error("E-CRITERIA-DATE", at: location, raw: text, "“\(map.childPath(key))”应为“月-日”，如 03-08。")
                windowIsReadable = false
                continue
            }
            if key == "from" { match.from = day } else { match.to = day }
        }
        match.yearStart = vocabulary.yearStart
        if windowIsReadable { checkWindow(match, in: map, vocabulary: vocabulary, log: &log) }
        return match
    }

    /// A level × outcome table such as `{市级: {一等奖: 4}}`.
    static func parseOutcomeTable(
        _ map: YAMLMapping, key: String, vocabulary: Vocabulary, log: inout DiagnosticLog
    ) -> [ActivityLevel: [Int: Points]] {
        var table: [ActivityLevel: [Int: Points]] = [:]
        guard let levels = YAMLMapping(map[key], path: map.childPath(key), file: map.file, log: &log) else {
            log.error("E-CRITERIA-MISSING", at: YAMLMapping.location(of: map.mapping, file: map.file), "缺少“\(map.childPath(key))”（级别 × 成果分值表）。")
            return table
        }
        for (levelNode, row) in levels.mapping {
            let levelName = levelNode.string ?? ""
            guard let level = vocabulary.levels.level(for: levelName) else {
                log.error(
                    "E-CRITERIA-REFERENCE", at: YAMLMapping.location(of: levelNode, file: map.file), raw: levelName,
                    "“\(levels.path)”中的级别“\(levelName)”无法识别。")
                continue
            }
            guard let outcomes = YAMLMapping(row, path: levels.childPath(levelName), file: map.file, log: &log) else { continue }
            for (outcomeNode, _) in outcomes.mapping {
                let outcomeName = outcomeNode.string ?? ""
                guard let outcome = vocabulary.outcomes.firstIndex(of: outcomeName) else {
                    log.error(
                        "E-CRITERIA-REFERENCE", at: YAMLMapping.location(of: outcomeNode, file: map.file), raw: outcomeName,
                        "“\(outcomes.path)”引用了未定义的成果“\(outcomeName)”。")
                    continue
                }
                if let points = outcomes.points(outcomeName, log: &log) {
                    table[level, default: [:]][outcome] = points
                }
            }
        }
        return table
    }
}
