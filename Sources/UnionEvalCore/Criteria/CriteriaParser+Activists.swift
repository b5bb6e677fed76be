import Yams

extension CriteriaParser {
    static func parseActivists(_ top: YAMLMapping, vocabulary: Vocabulary, log: inout DiagnosticLog) -> ActivistRules? {
        guard let map = YAMLMapping(top["activists"], path: "activists", file: top.file, log: &log) else { return nil }
        map.rejectUnknownKeys(allowed: ["title", "points", "eligibility", "quota", "publicity", "composition", "votes", "vacancy", "papers"], log: &log)
        var rules = ActivistRules()
        rules.title = map.string("title") ?? rules.title
        if let points = YAMLMapping(map["points"], path: "activists.points", file: map.file, log: &log) {
            points.rejectUnknownKeys(allowed: ["organize", "participate", "participation_cap", "categories", "outcomes"], log: &log)
            rules.organizePoints = points.points("organize", log: &log) ?? rules.organizePoints
            rules.participatePoints = points.points("participate", log: &log) ?? rules.participatePoints
            rules.participationCap = points.points("participation_cap", log: &log)
            if let categories = YAMLMapping(points["categories"], path: points.childPath("categories"), file: map.file, log: &log) {
                for (key, _) in categories.mapping {
                    let name = key.string ?? ""
                    guard let index = vocabulary.categories.firstIndex(where: { $0.name == name || $0.aliases.contains(name) }) else {
                        log.error(
                            "E-CRITERIA-REFERENCE", at: YAMLMapping.location(of: key, file: map.file), raw: name,
                            "“\(categories.path)”引用了未定义的类别“\(name)”。")
                        continue
                    }
                    guard let entry = YAMLMapping(categories[name], path: categories.childPath(name), file: map.file, log: &log) else { continue }
                    entry.rejectUnknownKeys(allowed: ["organize", "participate", "cap"], log: &log)
                    rules.categoryPoints[index] = ActivistRules.CategoryPoints(
                        organize: entry.points("organize", log: &log), participate: entry.points("participate", log: &log),
                        cap: entry.points("cap", log: &log))
                }
            }
            if points["outcomes"] != nil {
                rules.outcomePoints = parseOutcomeTable(points, key: "outcomes", vocabulary: vocabulary, log: &log)
            }
        }
        if let eligibility = YAMLMapping(map["eligibility"], path: "activists.eligibility", file: map.file, log: &log) {
            eligibility.rejectUnknownKeys(
                allowed: [
                    "members_only", "excluded_roles", "minimum_activities", "minimum_tenure_months", "tenure_reference_date",
                    "not_awarded_within_years", "exclude",
                ],
                log: &log)
            rules.membersOnly = eligibility.string("members_only").map { !["false", "no", "否"].contains($0.lowercased()) } ?? true
            rules.excludedRoles = eligibility.strings("excluded_roles", log: &log)
            rules.minimumActivities = eligibility.integer("minimum_activities", log: &log) ?? 0
            rules.minimumTenureMonths = eligibility.integer("minimum_tenure_months", log: &log)
            rules.tenureReferenceDate = eligibility.date("tenure_reference_date", log: &log) ?? vocabulary.evaluationYear?.last
            if let exclude = YAMLMapping(eligibility["exclude"], path: eligibility.childPath("exclude"), file: map.file, log: &log) {
                for (key, _) in exclude.mapping {
                    let column = key.string?.trimmingWhitespace() ?? ""
                    guard checkRosterColumn(column, at: key, path: exclude.path, file: map.file, log: &log) else { continue }
                    rules.columnExclusions[column] = exclude.strings(column, log: &log)
                }
            }
            if let node = eligibility["not_awarded_within_years"] {
                let years = eligibility.integer("not_awarded_within_years", log: &log)
                if let years, years < 1 {
                    log.error(
                        "E-CRITERIA-NUMBER", at: YAMLMapping.location(of: node, file: map.file), raw: "\(years)",
                        "“activists.eligibility.not_awarded_within_years”应为正整数（近几年获评的不再推荐），如 3。")
                } else if years != nil && vocabulary.evaluationYear == nil {
                    log.error(
                        "E-CRITERIA-MISSING", at: YAMLMapping.location(of: node, file: map.file),
                        "“activists.eligibility.not_awarded_within_years”须知道本次是哪一年：请在顶层写“year”。")
                } else {
                    rules.notAwardedWithinYears = years
                }
            }
            if rules.minimumTenureMonths != nil && rules.tenureReferenceDate == nil && eligibility["tenure_reference_date"] == nil {
                log.error(
                    "E-CRITERIA-MISSING", at: YAMLMapping.location(of: eligibility["minimum_tenure_months"]!, file: map.file),
                    "“activists.eligibility.minimum_tenure_months”须知道入会时间算到哪一天：请写“tenure_reference_date”，"
                        + "或在顶层写“year”（按评选年度的最后一天计）。")
            }
        }
        if let quota = YAMLMapping(map["quota"], path: "activists.quota", file: map.file, log: &log) {
            quota.rejectUnknownKeys(
                allowed: ["rate", "rounding", "minimum", "extra_for_advanced", "extra_for_all_required", "overall_cap", "base"], log: &log)
            rules.quota = ActivistRules.Quota(
                permille: quota.fraction("rate", log: &log) ?? 80,
                rounding: quota.rounding("rounding", default: .halfUp, log: &log),
                minimum: quota.integer("minimum", log: &log) ?? 1,
                extraForAdvancedPermille: quota.fraction("extra_for_advanced", log: &log) ?? 0,
                extraForAllRequiredPermille: quota.fraction("extra_for_all_required", log: &log) ?? 0,
                overallCap: quota.integer("overall_cap", log: &log))
            if let text = quota.string("base") {
                switch text {
                case "members", "会员": rules.quota.base = .members
                case "dues_paying", "缴费会员": rules.quota.base = .duesPaying
                default:
                    log.error(
                        "E-CRITERIA-KEY", at: YAMLMapping.location(of: quota["base"]!, file: map.file), raw: text,
                        "“activists.quota.base”应为 members（全部会员）或 dues_paying（缴纳会费的会员）。")
                }
            }
        }
        rules.composition = parseComposition(map, section: "activists", columns: rosterAttributeColumns, table: "名册", log: &log)
        rules.votes = parseVotes(map, acceptsWeight: true, log: &log)
        rules.vacancy = parseVacancy(map, log: &log)
        if let length = parseDeedsLength(map, log: &log) { rules.deedsLength = length }
        if let publicity = YAMLMapping(map["publicity"], path: "activists.publicity", file: map.file, log: &log) {
            publicity.rejectUnknownKeys(allowed: ["days", "start", "contact"], log: &log)
            rules.publicityDays = publicity.integer("days", log: &log) ?? 5
            rules.publicityStart = publicity.date("start", log: &log)
            rules.contact = publicity.string("contact") ?? ""
        }
        return rules
    }

    /// Roster columns a rule may name: the roster's own columns but the three that say who someone is.
    static let rosterAttributeColumns = Schemas.members.columns.map(\.name).filter { !["工号", "姓名", "二级工会"].contains($0) }

    /// Whether `column` is one the roster can have; an error naming the ones it can when not.
    static func checkRosterColumn(_ column: String, at node: Node, path: String, file: String, log: inout DiagnosticLog) -> Bool {
        checkColumn(column, of: rosterAttributeColumns, table: "名册", at: node, path: path, file: file, log: &log)
    }

    /// Whether `column` is one of `columns` the input `table` can have; an error naming them when not.
    static func checkColumn(
        _ column: String, of columns: [String], table: String, at node: Node, path: String, file: String, log: inout DiagnosticLog
    ) -> Bool {
        guard columns.contains(column) else {
            log.error(
                "E-CRITERIA-REFERENCE", at: YAMLMapping.location(of: node, file: file), raw: column,
                "“\(path)”中的“\(column)”不是\(table)的列。可用的列：\(columns.joined(separator: "、"))。")
            return false
        }
        return true
    }
}
