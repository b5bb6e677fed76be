/// 各单位得分反馈: a printable sheet per unit, to send back to it. Its score indicator by indicator
/// beside the school's average and best, the rows of its own ledgers each indicator counted, the rows
/// that did not count and why, the required events it missed and the office's entries about it, with
/// a chart of the unit against the average. Of the other units it shows only the school's averages
/// and bests, never their names, records or people.
public struct UnitFeedbackReport: Sendable {
    public static let fileName = "各单位得分反馈.xlsx"

    let data: YearData
    let criteria: Criteria
    let evaluation: Evaluation
    let ranking: Ranking
    let grading: Grading
    let margins: [DecisionMargin]
    let context: RunContext

    public init(run: EvaluationRun, criteria: Criteria, context: RunContext) {
        data = run.data
        self.criteria = criteria
        evaluation = run.evaluation
        ranking = run.ranking
        grading = run.grading
        margins = run.margins
        self.context = context
    }

    static let columns = ["一级指标", "二级指标", "满分", "本单位得分", "全校平均", "全校最高", "得分依据与计入的台账行"]

    /// "85%", of a maximum.
    static func percent(_ points: Points, of maximum: Points) -> String {
        "\(Int((Double(points.tenths) * 100 / Double(maximum.tenths)).rounded()))%"
    }
    static let unitColor = 0xC0_00_00
    static let averageColor = 0x7F_7F_7F

    public func workbook() -> ReportWorkbook {
        let school = SchoolStatistics(evaluation, criteria: criteria)
        // Each unit's records and rejected rows, in one pass over the year.
        var records = [[Int]](repeating: [], count: data.unions.count)
        for index in data.records.indices { records[data.records[index].union].append(index) }
        var rejected = [[Int]](repeating: [], count: data.unions.count)
        for index in data.rejectedLedgerRows.indices {
            if let union = data.rejectedLedgerRows[index].union { rejected[union].append(index) }
        }
        let texts = CreditTexts(evaluation.recordCredits, criteria: criteria)
        var workbook = ReportWorkbook(fileName: Self.fileName, title: "\(criteria.title)各单位得分反馈", sheets: [])
        // A sheet at a time, as it is written: a thousand units' sheets are never all in memory.
        let (report, unitRecords, unitRejected) = (self, records, rejected)
        workbook.generatedSheets = ReportWorkbook.GeneratedSheets(count: data.unions.count) { union in
            report.sheet(for: union, records: unitRecords[union], rejected: unitRejected[union], school: school, texts: texts)
        }
        workbook.createdAt = context.asOf
        return workbook
    }

    func sheet(for union: Int, records: [Int], rejected: [Int], school: SchoolStatistics, texts: CreditTexts) -> ReportSheet {
        let unit = evaluation.units[union]
        let name = data.unions[union].name
        // The indicators below share the summary's columns, so that the header repeated on the second page
        // names them too.
        var sheet = ReportSheet(name: name, columns: Self.columns, orientation: .portrait)
        // Two pages: the summary and its chart on the first, the indicators and the rows not counted after.
        sheet.pageLimit = 2
        sheet.columnLimits = [1: 20]
        sheet.lastColumnFillsPage = true
        sheet.title("\(name)\(criteria.title)得分反馈", context: context)

        // Which of the unit's rows each indicator counted, from the same credits as 计分依据.
        var counted = [[Int]](repeating: [], count: criteria.indicators.count)
        for record in records {
            for credit in evaluation.recordCredits[record] where credit.counted { counted[credit.indicator].append(record) }
        }
        // The first page: the unit's standing by dimension beside the school's, with its chart; the
        // indicators, item by item with the rows each counted, follow as the first section.
        let group = data.unions[union].group
        for (dimension, info) in criteria.dimensions.enumerated() {
            let items = criteria.indicators(in: dimension).filter { criteria.indicators[$0].applies(to: group) }
            let sum = items.reduce(Points.zero) { total, item in
                criteria.indicators[item].maximum.isUncapped ? .unbounded : min(total + criteria.indicators[item].maximum, .unbounded)
            }
            let maximum = info.cap.map { min($0, sum) } ?? sum
            let rates = maximum.isUncapped || maximum == .zero
                ? ""
                : "得分率 \(Self.percent(unit.dimensionTotals[dimension], of: maximum))，全校平均 \(Self.percent(school.dimensionAverages[dimension], of: maximum))"
            sheet.rows.append([
                .text(info.name), .text("\(items.count) 项合计"), maximum.isUncapped ? .text("不封顶") : .points(maximum),
                .points(unit.dimensionTotals[dimension]), .points(school.dimensionAverages[dimension]), .points(school.dimensionBests[dimension]),
                .text(rates),
            ])
        }
        let dimensionRows = criteria.dimensions.count
        let entries = data.adjustments.filter { $0.union == union }
        sheet.rows.append([
            .text("校工会"), .text("加分"), criteria.adjustmentBonusCap.map(ReportCell.points) ?? .text(""), .points(unit.adjustmentBonus),
            .points(school.bonusAverage), .points(school.bonusBest), .text(reasons(of: entries, kind: .bonus)),
        ])
        sheet.rows.append([
            .text("校工会"), .text("扣分"), .text(""), .points(unit.deduction), .points(school.deductionAverage),
            .points(school.deductionBest), .text(reasons(of: entries, kind: .deduction)),
        ])
        if criteria.scalesGroupTotals, let combined = unit.weightedRegularTotal {
            // The total counts the regular items through a group's scaling, not their sum.
            sheet.rows.append([
                .text("折算合计"), .text(""), .text(""), .points(combined), .text(""), .text(""),
                .text(unit.weightedRegularTotalWords),
            ])
        }
        sheet.rows.append([
            .text("总分"), .text(""), .text(""), .points(unit.total), .points(school.totalAverage), .points(school.totalBest),
            .text(standingText(union)),
        ])

        sheet.sections.append(
            ReportSheet.Section(
                heading: "各指标得分与依据", columns: Self.columns,
                rows: criteria.indicators.indices.map { index in
                    let score = unit.indicators[index]
                    let rows = counted[index].isEmpty ? "" : "；计入：\(rowList(counted[index]))"
                    return criteria.scoreCells(indicator: index, points: score.points) + [
                        .points(school.indicatorAverages[index]), .points(school.indicatorBests[index]), .text(score.measured + rows),
                    ]
                }))

        let missed = criteria.requiredEvents(for: data.unions[union].group).filter { index in
            unit.indicators[index].points < criteria.indicators[index].maximum
        }
        if !missed.isEmpty {
            sheet.sections.append(
                ReportSheet.Section(
                    heading: "必办活动未完成", columns: ["一级指标", "二级指标", "满分", "本单位得分", "全校完成单位数", "参评单位数", "要求"],
                    rows: missed.map { index in
                        criteria.scoreCells(indicator: index, points: unit.indicators[index].points) + [
                            .integer(school.requiredCompletions[index]),
                            .integer(data.unions.count { criteria.indicators[index].applies(to: $0.group) }),
                            .text(criteria.indicators[index].ruleDescription(in: criteria)),
                        ]
                    }))
        }
        if !entries.isEmpty {
            sheet.sections.append(
                ReportSheet.Section(
                    heading: "校工会加分、扣分、否决和其他决定", columns: ["类型", "登记位置", "", "分值", "", "", "事由"],
                    rows: entries.map { entry in
                        [
                            .text(entry.kind.rawValue), .text("\(entry.location.file) \(entry.location.place)"), .empty,
                            entry.kind == .bonus || entry.kind == .deduction ? .points(entry.points) : .empty, .empty, .empty,
                            .text(entry.kind == .zeroed ? "\(entry.target.map { $0.label(in: criteria) } ?? "")：\(entry.reason)" : entry.reason),
                        ]
                    }))
        }
        sheet.sections += notCountedSections(records: records, rejected: rejected, texts: texts)

        sheet.charts = [
            ReportChart(
                title: "本单位各一级指标得分与全校平均", categoryColumn: 0, rows: 0..<dimensionRows,
                series: [
                    .init(name: "本单位", column: 3, kind: .bar, color: Self.unitColor),
                    .init(name: "全校平均", column: 4, kind: .bar, color: Self.averageColor),
                ],
                valueAxisTitle: "分", width: 600, height: 110 + 34 * dimensionRows),
        ]
        sheet.chartsBelowTable = true
        sheet.noteLines = [
            "本表只列本单位的台账和登记；“全校平均”“全校最高”是全部 \(data.unions.count) 个参评单位的统计，不含其他单位的明细。",
            "台账行号与“先进基层工会评选结果.xlsx”的“计分依据”表一致；对得分有疑问请与校工会联系。",
        ]
        return sheet
    }

    /// The unit's rows no indicator counted, a section per file: the rejected rows with their problem
    /// and the records whose every match was refused (over a cap, outside the months…), with why.
    func notCountedSections(records: [Int], rejected: [Int], texts: CreditTexts) -> [ReportSheet.Section] {
        var rowsByFile: [Int: [(line: Int, cells: [ReportCell])]] = [:]
        for index in rejected {
            let row = data.rejectedLedgerRows[index]
            rowsByFile[row.file, default: []].append(
                (row.line, [.text(row.date), .text(row.name), .integer(row.line), .text(row.category), .empty, .empty, .text("未使用：\(row.reason)")]))
        }
        for record in records where !evaluation.recordCredits[record].contains(where: \.counted) {
            let activity = data.records[record]
            rowsByFile[activity.file, default: []].append(
                (activity.line, [
                    .text(activity.date.description), .text(data.name(of: activity)), .integer(activity.line),
                    .text(criteria.categories[activity.category].name), .text(criteria.levelName(activity.level)),
                    .text(activity.outcome.map { criteria.outcomes[$0] } ?? ""), .text(texts.text(forRecord: record).reasons),
                ]))
        }
        return rowsByFile.keys.sorted().map { file in
            ReportSheet.Section(
                heading: "未计分的台账行：\(data.files[file].name)", columns: ["日期", "活动名称", "行号", "类别", "级别", "成果", "未计分原因"],
                rows: rowsByFile[file]!.sorted { $0.line < $1.line }.map(\.cells))
        }
    }

    /// "管理学院分工会.csv 第 2、5、9–12 行", file by file in the order first met.
    func rowList(_ records: [Int]) -> String {
        var files: [Int] = []
        var lines: [Int: [Int]] = [:]
        for record in records {
            let activity = data.records[record]
            if lines[activity.file] == nil { files.append(activity.file) }
            lines[activity.file, default: []].append(activity.line)
        }
        return files.map { file in
            let table = data.files[file]
            let fileName = String(table.file.split(separator: "/").last ?? Substring(table.file)) + (table.sheet.map { "[\($0)]" } ?? "")
            return "\(fileName) 第 \(Self.ranges(lines[file]!.sorted())) 行"
        }.joined(separator: "；")
    }

    /// "2–9、11、13、14": runs of three or more consecutive numbers as a range, so that a unit's forty rows
    /// are one line instead of ten.
    static func ranges(_ sorted: [Int]) -> String {
        var parts: [String] = []
        var start = 0
        while start < sorted.count {
            var end = start
            while end + 1 < sorted.count && sorted[end + 1] == sorted[end] + 1 { end += 1 }
            if end - start >= 2 {
                parts.append("\(sorted[start])–\(sorted[end])")
            } else {
                parts += sorted[start...end].map(String.init)
            }
            start = end + 1
        }
        return parts.joined(separator: "、")
    }

    func reasons(of entries: [Adjustment], kind: Adjustment.Kind) -> String {
        entries.filter { $0.kind == kind }.map { "\($0.points) 分：\($0.reason)" }.joined(separator: "；")
    }

    /// "第 4 名（共 20 个单位），推荐为先进基层工会；距名额线 1.7 分", with grades and a veto.
    func standingText(_ union: Int) -> String {
        let standing = ranking.standings[union]
        // A unit reading its own sheet is told in words, not with the ranking's dash.
        let result = standing.decision.chineseLabel == "—" ? "未推荐" : standing.decision.chineseLabel
        var parts = [
            "\(ranking.groupLabel(of: union, in: criteria))第 \(standing.rank) 名（共 \(ranking.peers(of: union)) 个单位），评选结果：\(result)"
        ]
        if evaluation.units[union].isVetoed { parts.append("一票否决：" + evaluation.units[union].vetoReasons.joined(separator: "；")) }
        if union < margins.count, let margin = margins[union].margin {
            // Measured on the scores: a unit the list changed for another reason says so.
            let side = standing.scoreDecision == .recommended ? "领先名额线 \(margin) 分" : "距名额线 \(margin) 分"
            parts.append(standing.decision == standing.scoreDecision ? side : "按得分\(side)")
        }
        for (scale, result) in zip(criteria.gradeScales, grading.scales) {
            parts.append("\(scale.kind.label)：\(result.units[union].grade.map { scale.rules[$0].name } ?? "—")")
        }
        if data.unionsWithoutLedger.contains(union) { parts.append("未提交台账") }
        return parts.joined(separator: "；")
    }
}
