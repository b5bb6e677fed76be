import Yams

/// Names a criteria file may use for categories and outcomes, resolved to indices.
struct Vocabulary {
    var categories: [ActivityCategory]
    var outcomes: [String]
}

extension CriteriaParser {
    static func parseIndicator(
        _ map: YAMLMapping, dimension: Int, vocabulary: Vocabulary, log: inout DiagnosticLog
    ) -> Indicator? {
        map.rejectUnknownKeys(allowed: indicatorKeys, log: &log)
        let file = map.file
        guard let id = map.requiredString("id", log: &log), let name = map.requiredString("name", log: &log),
            let maximum = map.points("max", log: &log) ?? missing("max", in: map, log: &log)
        else { return nil }
        let match = parseMatch(map, vocabulary: vocabulary, log: &log)
        let ruleName = map.string("rule") ?? ""
        let rule: IndicatorRule
        switch ruleName {
        case "count":
            guard let each = map.points("points_each", log: &log) ?? missing("points_each", in: map, log: &log) else {
                return nil
            }
            rule = .count(match, pointsEach: each)
        case "required":
            rule = .requiredEvent(
                match, minimumCount: map.integer("min_count", log: &log) ?? 1,
                deduction: map.points("deduction", log: &log) ?? .zero)
        case "rate":
            guard let scale = parseScale(map, maximum: maximum, percent: true, log: &log) else { return nil }
            rule = .participationRate(match, scale)
        case "per_capita":
            guard let scale = parseScale(map, maximum: maximum, percent: false, log: &log) else { return nil }
            let per = map.integer("per", log: &log) ?? 100
            if per == 0 {
                log.error("E-CRITERIA-NUMBER", at: YAMLMapping.location(of: map.mapping, file: file), "“\(map.childPath("per"))”必须大于 0。")
            }
            rule = .perCapita(match, per: max(per, 1), scale)
        case "outcomes":
            rule = .outcomes(match, table: parseOutcomeTable(map, key: "table", vocabulary: vocabulary, log: &log))
        case "manual":
            rule = .manual
        default:
            log.error(
                "E-CRITERIA-RULE", at: YAMLMapping.location(of: map["rule"] ?? Node(""), file: file), raw: ruleName,
                "“\(map.childPath("rule"))”应为 count、required、rate、per_capita、outcomes 或 manual 之一。")
            return nil
        }
        if case .count(_, let each) = rule, each > maximum {
            log.warning(
                "W-CRITERIA-EACH", at: YAMLMapping.location(of: map.mapping, file: file),
                "指标“\(id)”每次分值 \(each) 大于满分 \(maximum)，一次活动即达上限。")
        }
        return Indicator(
            id: id, name: name, dimension: dimension, source: map.string("source") ?? "", maximum: maximum, rule: rule)
    }

    private static func missing<T>(_ key: String, in map: YAMLMapping, log: inout DiagnosticLog) -> T? {
        log.error("E-CRITERIA-MISSING", at: YAMLMapping.location(of: map.mapping, file: map.file), "缺少“\(map.childPath(key))”。")
        return nil
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
            if let level = ActivityLevel(chineseName: name) {
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
        for key in ["from", "to"] {
            guard let text = map.string(key) else { continue }
            guard let day = MonthDay(parsing: text) else {
                log.error("E-CRITERIA-DATE", at: location, raw: text, "“\(map.childPath(key))”应为“月-日”，如 03-08。")
                continue
            }
            if key == "from" { match.from = day } else { match.to = day }
        }
        return match
    }

    /// Thresholds for a rate ("70%" or 0.7) or a per-capita count (2.5), scaled by 1000.
    private static func parseThreshold(_ text: String, percent: Bool) -> Int? {
        let trimmed = text.trimmingWhitespace()
        if trimmed.hasSuffix("%") {
            guard percent, let value = ScaledDecimal.parse(String(trimmed.dropLast()), scale: 1), value >= 0 else { return nil }
            return value
        }
        guard let value = ScaledDecimal.parse(trimmed, scale: 3), value >= 0 else { return nil }
        if percent && value > 1000 { return nil }
        return value
    }

    private static func parseScale(
        _ map: YAMLMapping, maximum: Points, percent: Bool, log: inout DiagnosticLog
    ) -> RateScale? {
        let unit = percent ? "比例（如 70% 或 0.7）" : "数值（如 2.5）"
        if let target = map.string("linear_target") {
            guard let value = parseThreshold(target, percent: percent), value > 0 else {
                log.error(
                    "E-CRITERIA-NUMBER", at: YAMLMapping.location(of: map.mapping, file: map.file), raw: target,
                    "“\(map.childPath("linear_target"))”应为大于 0 的\(unit)。")
                return nil
            }
            return .linear(target: value)
        }
        guard let sequence = map["bands"]?.sequence, !sequence.isEmpty else {
            log.error(
                "E-CRITERIA-MISSING", at: YAMLMapping.location(of: map.mapping, file: map.file),
                "“\(map.path)”需要 bands（分档）或 linear_target（线性目标）之一。")
            return nil
        }
        var bands: [RateScale.Band] = []
        for (position, node) in sequence.enumerated() {
            guard let band = YAMLMapping(node, path: map.childPath("bands[\(position)]"), file: map.file, log: &log) else {
                continue
            }
            band.rejectUnknownKeys(allowed: ["min", "points"], log: &log)
            let location = YAMLMapping.location(of: node, file: map.file)
            guard let minimumText = band.string("min"), let minimum = parseThreshold(minimumText, percent: percent) else {
                log.error("E-CRITERIA-NUMBER", at: location, raw: band.string("min"), "“\(band.childPath("min"))”应为\(unit)。")
                continue
            }
            guard let points = band.points("points", log: &log) else { continue }
            if points > maximum {
                log.error("E-CRITERIA-BAND", at: location, raw: points.description, "分档分值 \(points) 超过该指标满分 \(maximum)。")
            }
            bands.append(RateScale.Band(minimum: minimum, points: points))
        }
        return .bands(bands.sorted { $0.minimum > $1.minimum })
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
            guard let level = ActivityLevel(chineseName: levelName) else {
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
