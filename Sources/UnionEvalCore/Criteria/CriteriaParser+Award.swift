import Yams

extension CriteriaParser {
    static func parseAward(
        _ top: YAMLMapping, dimensions: [Dimension], indicators: [Indicator], log: inout DiagnosticLog
    ) -> AwardRule {
        let fallback = AwardRule(quota: .fraction(permille: 200, rounding: .down))
        guard let map = YAMLMapping(top["award"], path: "award", file: top.file, log: &log) else {
            log.error("E-CRITERIA-MISSING", at: YAMLMapping.location(of: top.mapping, file: top.file), "缺少“award”（评选名额规则）。")
            return fallback
        }
        map.rejectUnknownKeys(allowed: ["quota", "rounding", "count", "minimum_total", "tie_breaks", "publicity", "votes", "vacancy", "composition", "papers"], log: &log)
        let location = YAMLMapping.location(of: map.mapping, file: map.file)
        var rule = fallback
        if let count = map.integer("count", log: &log) {
            rule.quota = .count(count)
        } else if map["quota"] != nil {
            guard let permille = map.fraction("quota", log: &log) else { return rule }
            let rounding = map.rounding("rounding", default: .down, log: &log)
            rule.quota = .fraction(permille: permille, rounding: rounding)
        } else {
            log.error("E-CRITERIA-MISSING", at: location, "“award”需要 quota（比例）或 count（固定名额）之一。")
        }
        rule.minimumTotal = map.points("minimum_total", log: &log)
        rule.votes = parseVotes(map, acceptsWeight: false, log: &log)
        rule.vacancy = parseVacancy(map, log: &log)
        parseAwardPapers(map, into: &rule, log: &log)
        rule.composition = parseComposition(map, section: "award", columns: Schemas.unionAttributeColumns, table: "参评单位表（unions）", log: &log)
        if let publicity = YAMLMapping(map["publicity"], path: "award.publicity", file: map.file, log: &log) {
            publicity.rejectUnknownKeys(allowed: ["days", "start", "contact", "order"], log: &log)
            rule.publicity = Publicity(
                days: publicity.integer("days", log: &log) ?? 5, start: publicity.date("start", log: &log),
                contact: publicity.string("contact") ?? "")
            switch publicity.string("order") {
            case nil, "rank", "名次": rule.noticeOrder = .rank
            case "unit", "单位": rule.noticeOrder = .unit
            case let other?:
                log.error(
                    "E-CRITERIA-KEY", at: YAMLMapping.location(of: publicity["order"]!, file: map.file), raw: other,
                    "“award.publicity.order”应为 rank（按名次）或 unit（按 unions.csv 中的单位顺序）。")
            }
        }
        for node in map["tie_breaks"]?.sequence ?? [] {
            let nodeLocation = YAMLMapping.location(of: node, file: map.file)
            if node.string == "participation_rate" {
                rule.tieBreaks.append(.participationRate)
            } else if let entry = node.mapping, let (key, value) = entry.first.map({ ($0.key.string ?? "", $0.value.string ?? "") }) {
                if key == "dimension", let index = dimensions.firstIndex(where: { $0.id == value || $0.name == value }) {
                    rule.tieBreaks.append(.dimension(index))
                } else if key == "indicator", let index = indicators.firstIndex(where: { $0.id == value || $0.name == value }) {
                    rule.tieBreaks.append(.indicator(index))
                } else {
                    log.error("E-CRITERIA-REFERENCE", at: nodeLocation, raw: "\(key): \(value)", "“award.tie_breaks”引用了未定义的\(key == "dimension" ? "维度" : "指标")“\(value)”。")
                }
            } else {
                log.error("E-CRITERIA-TIEBREAK", at: nodeLocation, "“award.tie_breaks”的每一项应为 participation_rate、{dimension: 编号} 或 {indicator: 编号}。")
            }
        }
        return rule
    }
}
