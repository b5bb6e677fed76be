import Yams

/// Reads a criteria YAML file into `Criteria`, collecting every problem (with line and column)
/// instead of stopping at the first one. Any error makes the criteria unusable (exit status 2).
public enum CriteriaParser {
    static let topLevelKeys: Set<String> = [
        "title", "year", "year_start", "basis", "total", "categories", "outcomes", "dimensions", "adjustments", "award",
        "activists", "columns", "levels", "grades", "titles", "total_weights", "self_assessment", "reporting", "groups",
    ]
    static let dimensionKeys: Set<String> = ["id", "name", "bonus", "cap", "indicators", "weights"]
    static let matchKeys: Set<String> = ["categories", "levels", "outcomes", "any_outcome", "months", "from", "to"]

    public static func parse(_ text: String, file: String) -> (criteria: Criteria?, diagnostics: [Diagnostic]) {
        var log = DiagnosticLog()
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            log.append(syntaxDiagnostic(error, file: file))
            return (nil, log.diagnostics)
        } catch {
            log.error("E-CRITERIA-SYNTAX", at: SourceLocation(file: file), "评分标准文件无法读取：\(error)")
            return (nil, log.diagnostics)
        }
        guard let top = YAMLMapping(root, path: "", file: file, log: &log) else {
            if root == nil { log.error("E-CRITERIA-EMPTY", at: SourceLocation(file: file), "评分标准文件为空。") }
            return (nil, log.diagnostics)
        }
        let criteria = parseTop(top, log: &log)
        return (log.hasErrors ? nil : criteria, log.diagnostics)
    }

    private static func syntaxDiagnostic(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return Diagnostic(
                .error, code: "E-CRITERIA-SYNTAX", at: SourceLocation(file: file, line: mark.line, column: mark.column),
                "YAML 语法错误：\(problem)。请检查缩进、冒号后的空格和引号。")
        default:
            return Diagnostic(
                .error, code: "E-CRITERIA-SYNTAX", at: SourceLocation(file: file), "YAML 语法错误：\(error)")
        }
    }

    private static func parseTop(_ top: YAMLMapping, log: inout DiagnosticLog) -> Criteria {
        top.rejectUnknownKeys(allowed: topLevelKeys, log: &log)
        let file = top.file
        let categories = parseCategories(top, log: &log)
        let outcomes = top.strings("outcomes", log: &log)
        var dimensions: [Dimension] = []
        var indicators: [Indicator] = []
        let levels = parseLevels(top, log: &log)
        var year: Int? = nil
        if top["year"] != nil { year = top.integer("year", log: &log) }
        let yearStart = parseYearStart(top, log: &log)
        // Groups first: an indicator may say which of them it applies to.
        let groups = parseGroups(top, log: &log)
        var vocabulary = Vocabulary(
            categories: categories, outcomes: outcomes, levels: levels, yearStart: yearStart,
            evaluationYear: year.flatMap { EvaluationYear(year: $0, start: yearStart) })
        vocabulary.groups = groups.map(\.name)
        for (position, node) in (top["dimensions"]?.sequence ?? []).enumerated() {
            guard let map = YAMLMapping(node, path: "dimensions[\(position)]", file: file, log: &log) else { continue }
            map.rejectUnknownKeys(allowed: dimensionKeys, log: &log)
            let isBonus = map.string("bonus").map { ["true", "yes", "是"].contains($0.lowercased()) } ?? false
            var dimension = Dimension(
                id: map.requiredString("id", log: &log) ?? "?", name: map.requiredString("name", log: &log) ?? "?",
                isBonus: isBonus, cap: map.points("cap", log: &log))
            dimension.weights = parseWeights(map, key: "weights", log: &log)
            if dimension.cap != nil && !isBonus {
                log.error(
                    "E-CRITERIA-CAP", at: YAMLMapping.location(of: map.mapping, file: file),
                    "“\(map.childPath("cap"))”只能用于加分类维度（bonus: true）；普通维度的上限由指标分值之和决定。")
            }
            dimensions.append(dimension)
            for (indicatorPosition, indicatorNode) in (map["indicators"]?.sequence ?? []).enumerated() {
                let path = "\(map.path).indicators[\(indicatorPosition)]"
                guard let indicatorMap = YAMLMapping(indicatorNode, path: path, file: file, log: &log) else { continue }
                if let indicator = parseIndicator(
                    indicatorMap, dimension: dimensions.count - 1, isBonus: isBonus, vocabulary: vocabulary, earlier: indicators, log: &log)
                {
                    if indicators.contains(where: { $0.id == indicator.id }) {
                        log.error(
                            "E-CRITERIA-DUPLICATE", at: YAMLMapping.location(of: indicatorMap.mapping, file: file),
                            raw: indicator.id, "指标编号“\(indicator.id)”重复。")
                    }
                    indicators.append(indicator)
                }
            }
        }
        if dimensions.isEmpty {
            log.error("E-CRITERIA-MISSING", at: YAMLMapping.location(of: top.mapping, file: file), "缺少“dimensions”（一级指标列表）。")
        }
        let declaredTotal = top.points("total", log: &log) ?? Points(100)
        let regularTotal = indicators.filter { !dimensions[$0.dimension].isBonus }.reduce(Points.zero) { $0 + $1.maximum }
        if !dimensions.isEmpty && regularTotal != declaredTotal {
            log.error(
                "E-CRITERIA-TOTAL", at: YAMLMapping.location(of: top["total"] ?? Node(""), file: file),
                "各指标满分之和为 \(regularTotal)，与声明的总分 \(declaredTotal) 不一致。")
        }
        var adjustmentBonusCap: Points? = nil
        if let adjustments = YAMLMapping(top["adjustments"], path: "adjustments", file: file, log: &log) {
            adjustments.rejectUnknownKeys(allowed: ["bonus_cap"], log: &log)
            adjustmentBonusCap = adjustments.points("bonus_cap", log: &log)
        }
        let award = parseAward(top, dimensions: dimensions, indicators: indicators, log: &log)
        let activists = parseActivists(top, vocabulary: vocabulary, log: &log)
        var criteria = Criteria(
            title: top.string("title") ?? "先进基层工会评选", year: year, declaredTotal: declaredTotal,
            categories: categories, outcomes: outcomes, dimensions: dimensions, indicators: indicators,
            adjustmentBonusCap: adjustmentBonusCap, award: award, basis: top.string("basis") ?? "", activists: activists)
        criteria.yearStart = yearStart
        criteria.columnAliases = parseColumnAliases(top, log: &log)
        criteria.levels = levels
        criteria.gradeScales = parseGradeScales(top, log: &log)
        criteria.totalWeights = parseWeights(top, key: "total_weights", log: &log)
        criteria.reporting = parseReporting(top, evaluationYear: vocabulary.evaluationYear, log: &log)
        criteria.groups = groups
        if !groups.isEmpty && !award.composition.isEmpty {
            log.error(
                "E-CRITERIA-KEY", at: YAMLMapping.location(of: top["groups"]!, file: file),
                "“award.composition”和“groups”暂不能同时使用：分组后各组名额各自评选，请用分组的名额代替比例限制。")
        }
        if let selfAssessment = YAMLMapping(top["self_assessment"], path: "self_assessment", file: file, log: &log) {
            selfAssessment.rejectUnknownKeys(allowed: ["margin"], log: &log)
            criteria.selfScoreMargin = selfAssessment.points("margin", log: &log)
        }
        return criteria
    }

    private static func parseCategories(_ top: YAMLMapping, log: inout DiagnosticLog) -> [ActivityCategory] {
        var categories: [ActivityCategory] = []
        var seen: [String: Int] = [:]
        for (position, node) in (top["categories"]?.sequence ?? []).enumerated() {
            let category: ActivityCategory
            if let name = node.string {
                category = ActivityCategory(name: name.trimmingWhitespace())
            } else if let map = YAMLMapping(node, path: "categories[\(position)]", file: top.file, log: &log) {
                map.rejectUnknownKeys(allowed: ["name", "aliases"], log: &log)
                category = ActivityCategory(
                    name: map.requiredString("name", log: &log) ?? "?", aliases: map.strings("aliases", log: &log))
            } else {
                continue
            }
            for name in [category.name] + category.aliases {
                if let previous = seen[name] {
                    log.error(
                        "E-CRITERIA-DUPLICATE", at: YAMLMapping.location(of: node, file: top.file), raw: name,
                        "类别名称或别名“\(name)”已在第 \(previous + 1) 个类别中使用。")
                }
                seen[name] = categories.count
            }
            categories.append(category)
        }
        if categories.isEmpty {
            log.error("E-CRITERIA-MISSING", at: YAMLMapping.location(of: top.mapping, file: top.file), "缺少“categories”（活动类别列表）。")
        }
        return categories
    }
}
