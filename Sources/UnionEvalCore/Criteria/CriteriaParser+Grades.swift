import Yams

extension CriteriaParser {
    static let gradeKeys: Set<String> = ["name", "min_total", "dimension_floor", "top", "requires", "allow_vetoed"]

    /// `grades` (等次) and `titles` (称号), each a list best first, e.g. `{name: 合格, min_total: 85, dimension_floor: 70%}`.
    static func parseGradeScales(_ top: YAMLMapping, log: inout DiagnosticLog) -> [GradeScale] {
        let scales = GradeScale.Kind.allCases.compactMap { kind in
            parseGrades(top, key: kind.rawValue, label: kind.label, log: &log).map { GradeScale(kind: kind, rules: $0) }
        }
        let names = scales.flatMap { $0.rules.map(\.name) }
        for name in Set(names) where names.count(where: { $0 == name }) > 1 {
            log.error(
                "E-CRITERIA-DUPLICATE", at: YAMLMapping.location(of: top.mapping, file: top.file), raw: name,
                "“\(name)”同时出现在 grades 和 titles 中：等次和称号的名称须不同，往年结果才能对应。")
        }
        return scales
    }

    private static func parseGrades(_ top: YAMLMapping, key: String, label: String, log: inout DiagnosticLog) -> [GradeRule]? {
        guard let sequence = top[key] else { return nil }
        guard let nodes = sequence.sequence else {
            log.error("E-CRITERIA-TYPE", at: YAMLMapping.location(of: sequence, file: top.file), "“\(key)”应为列表，从高到低列出各\(label)。")
            return nil
        }
        var grades: [GradeRule] = []
        for (position, node) in nodes.enumerated() {
            guard let map = YAMLMapping(node, path: "\(key)[\(position)]", file: top.file, log: &log) else { continue }
            map.rejectUnknownKeys(allowed: gradeKeys, log: &log)
            guard let name = map.requiredString("name", log: &log) else { continue }
            if grades.contains(where: { $0.name == name }) {
                log.error("E-CRITERIA-DUPLICATE", at: YAMLMapping.location(of: node, file: top.file), raw: name, "\(label)“\(name)”重复。")
            }
            var grade = GradeRule(name: name)
            grade.minimumTotal = map.points("min_total", allowNegative: true, log: &log)
            grade.dimensionFloorPermille = map.fraction("dimension_floor", log: &log)
            if map["top"] != nil { grade.topRanks = map.integer("top", log: &log).map { max($0, 1) } }
            grade.allowsVetoed = map.flag("allow_vetoed") ?? (position == nodes.count - 1 && map["min_total"] == nil)
            for (index, requirement) in (map["requires"]?.sequence ?? map["requires"].map { [$0] } ?? []).enumerated() {
                let path = map.childPath("requires") + "[\(index)]"
                guard let entry = YAMLMapping(requirement, path: path, file: top.file, log: &log) else { continue }
                entry.rejectUnknownKeys(allowed: ["grade", "awarded", "years"], log: &log)
                let years = max(entry.integer("years", log: &log) ?? 1, 1)
                if let earlier = entry.string("grade") {
                    grade.prerequisites.append(.init(earlier: .grade(earlier), years: years))
                } else if entry.flag("awarded") == true {
                    grade.prerequisites.append(.init(earlier: .awarded, years: years))
                } else {
                    log.error(
                        "E-CRITERIA-MISSING", at: YAMLMapping.location(of: requirement, file: top.file),
                        "“\(path)”需要 grade（往年获得的等次或称号名称）或 awarded: true（往年被推荐为先进）。")
                }
            }
            grades.append(grade)
        }
        return grades
    }
}
