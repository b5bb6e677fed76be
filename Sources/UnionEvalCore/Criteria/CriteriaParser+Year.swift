import Yams

extension CriteriaParser {
    /// `year_start: 12-01`: the evaluation year runs from that day of the year before `year` to the
    /// day before it in `year` (信息工作按 12 月 1 日至次年 11 月 30 日计). 1月1日 when absent.
    static func parseYearStart(_ top: YAMLMapping, log: inout DiagnosticLog) -> MonthDay {
        guard let node = top["year_start"], let text = top.string("year_start") else { return .newYear }
        guard let start = MonthDay(parsing: text), !(start.month == 2 && start.day == 29) else {
            log.error(
                "E-CRITERIA-DATE", at: YAMLMapping.location(of: node, file: top.file), raw: text,
                "“year_start”应为评选年度第一天的“月-日”，如 12-01（2月29日不是每年都有，不能作为年度的第一天）。")
            return .newYear
        }
        return start
    }

    /// A `match` whose dates can never hold a record of the evaluation year scores nothing for every
    /// unit while the totals still look plausible, so it is an error with the key's line, never a
    /// silent 0: a window open at one end when the year does not start on 1 January (to its end, or
    /// to 31 December?), a window whose `to` comes before its `from` in the year's order (a span
    /// across the year's start), a month outside the window, and dates that name no day of the year.
    static func checkWindow(_ match: RecordMatch, in map: YAMLMapping, vocabulary: Vocabulary, log: inout DiagnosticLog) {
        guard match.hasDates else { return }
        let start = vocabulary.yearStart
        let yearWords = vocabulary.evaluationYear.map { "\($0.year) 评选年度（\($0.spanDescription)）" }
            ?? "评选年度（从\(start.chineseDescription)开始）"
        func location(_ key: String) -> SourceLocation {
            map[key].map { YAMLMapping.location(of: $0, file: map.file) } ?? YAMLMapping.location(of: map.mapping, file: map.file)
        }
        if start != .newYear, (match.from == nil) != (match.to == nil) {
            let key = match.from != nil ? "from" : "to"
            log.error(
                "E-CRITERIA-WINDOW", at: location(key), raw: map.string(key),
                "评选年度从\(start.chineseDescription)开始，只写“\(map.childPath(key))”含义不明"
                    + "（到年度的最后一天，还是到 12 月 31 日？）。请同时写明“from”和“to”。")
            return
        }
        if let from = match.from, let to = match.to, from.position(inYearFrom: start) > to.position(inYearFrom: start) {
            let hint = start == .newYear
                ? "评选年度从 1月1日 开始，时段不能跨越 12 月 31 日；如评选年度另有起止（如 12 月 1 日至次年 11 月 30 日，或 9 月 1 日开始的学年），请在顶层写明“year_start: 12-01”或“year_start: 09-01”。"
                : "时段按评选年度的先后理解：本年度从 \(start.chineseDescription) 开始、到 \(MonthDay.dayBefore(start).chineseDescription) 结束，"
                    + "跨年的时段须在这之内。如指从 \(from.chineseDescription) 到年度最后一天，请写“to: \(MonthDay.dayBefore(start).yamlText)”。"
            log.error(
                "E-CRITERIA-WINDOW", at: location("from"), raw: "\(map.string("from") ?? "") 至 \(map.string("to") ?? "")",
                "“\(map.childPath("from"))” \(from.chineseDescription) 在 \(yearWords)中晚于 “\(map.childPath("to"))” \(to.chineseDescription)，"
                    + "这个时段一天也匹配不到，此项没有单位能得分。\(hint)")
            return
        }
        let days = vocabulary.evaluationYear.map { $0.days.map(MonthDay.init) } ?? MonthDay.everyDayOfALeapYear
        let open = days.filter { match.isInWindow(month: $0.month, day: $0.day) }
        if match.from != nil || match.to != nil {
            let deadMonths = match.monthsInYearOrder.filter { month in !open.contains { $0.month == month } }
            if !deadMonths.isEmpty {
                log.error(
                    "E-CRITERIA-WINDOW", at: location("months"), raw: deadMonths.map(String.init).joined(separator: ", "),
                    "“\(map.childPath("months"))”中的 \(deadMonths.map { "\($0)月" }.joined(separator: "、")) 不在“from”“to”的时段内，"
                        + "这些月份的记录永远不计。请删去这些月份，或改正时段。")
                return
            }
        }
        if open.isEmpty {
            log.error(
                "E-CRITERIA-WINDOW", at: location(match.from != nil ? "from" : "months"),
                "“\(map.path)”的日期条件在\(yearWords)中一天也匹配不到，此项没有单位能得分。请改正日期。")
        }
    }
}

extension MonthDay {
    /// The day before `day` in a year that is not a leap year (11月30日 before 12月1日; 12月31日 before 1月1日).
    static func dayBefore(_ day: MonthDay) -> MonthDay {
        MonthDay(CalendarDate(daysSinceEpoch: CalendarDate(year: 2001, month: day.month, day: day.day)!.daysSinceEpoch - 1))
    }

    /// "11-30", as the criteria file writes it.
    var yamlText: String { "\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)" }

    /// 1月1日 to 12月31日 with 2月29日, for windows of a rubric that names no year.
    static let everyDayOfALeapYear: [MonthDay] = (1...12).flatMap { month in
        (1...CalendarDate.daysIn(month: month, year: 2000)).map { MonthDay(month: month, day: $0)! }
    }
}
