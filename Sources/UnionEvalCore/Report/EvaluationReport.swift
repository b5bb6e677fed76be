/// Builds the 先进基层工会评选结果 workbook model from the pipeline's outputs.
public struct EvaluationReport: Sendable {
    public static let fileName = "先进基层工会评选结果.xlsx"

    let data: YearData
    let criteria: Criteria
    let evaluation: Evaluation
    let ranking: Ranking
    let diagnostics: [Diagnostic]
    let context: RunContext
    let grading: Grading
    let history: History
    /// Per unit; empty when not worked out.
    let margins: [DecisionMargin]
    /// Each unit's notes for 排名说明 (and whether 排名汇总 points there), made once.
    private(set) var rankingNotes: [[RankingNote]] = []

    public init(
        data: YearData, criteria: Criteria, evaluation: Evaluation, ranking: Ranking, grading: Grading,
        history: History = History(), margins: [DecisionMargin] = [], diagnostics: [Diagnostic], context: RunContext
    ) {
        self.grading = grading
        self.history = history
        self.margins = margins
        self.data = data
        self.criteria = criteria
        self.evaluation = evaluation
        self.ranking = ranking
        self.diagnostics = diagnostics
        self.context = context
        rankingNotes = unitNotes()
    }

    /// The report of a whole run.
    public init(run: EvaluationRun, criteria: Criteria, context: RunContext) {
        self.init(
            data: run.data, criteria: criteria, evaluation: run.evaluation, ranking: run.ranking, grading: run.grading,
            history: run.history, margins: run.margins, diagnostics: run.diagnostics, context: context)
    }

    public func workbook() -> ReportWorkbook {
        var workbook = ReportWorkbook(
            fileName: Self.fileName, title: criteria.title,
            sheets: [summarySheet(), rankingNotesSheet(), indicatorSheet(), measuredSheet()] + (data.selfScores.isEmpty ? [] : [selfAssessmentSheet()])
                + [totalsChartSheet(), profileChartSheet(), evidenceSheet(), problemSheet(), rubricSheet(), publicNoticeSheet(), aboutSheet()])
        workbook.createdAt = context.asOf
        return workbook
    }

    func summarySheet() -> ReportSheet {
        var table = ReportTable<Int>()
        let units = evaluation.units
        let standings = ranking.standings
        addRankAndUnit(to: &table) { $0 }
        if !criteria.groups.isEmpty {
            let groups = criteria.groups
            table.column("组别") { .text(standings[$0].group.map { groups[$0].name } ?? "（未分组）") }
        }
        var dimensionColumns: [(column: Int, isBonus: Bool)] = []
        for (index, dimension) in criteria.dimensions.enumerated() {
            dimensionColumns.append((table.nextColumn, dimension.isBonus))
            table.column(dimension.name) { .points(units[$0].dimensionTotals[index]) }
        }
        // With total_weights the regular dimensions count through their weighted combination.
        var weightedColumn: Int? = nil
        if criteria.totalWeights != nil || criteria.scalesGroupTotals {
            // The weights are on the 评分标准 and 说明 sheets: a header as long as they are would widen the column.
            weightedColumn = table.nextColumn
            table.column(criteria.totalWeights != nil ? "加权合成" : "折算合计") { .points(units[$0].weightedRegularTotal ?? .zero) }
        }
        let bonusColumn = table.nextColumn
        table.column("加分") { .points(units[$0].adjustmentBonus) }
        table.column("扣分") { .points(units[$0].deduction) }
        let (summed, weighted) = (dimensionColumns, weightedColumn)
        table.column("总分") { union, row in
            let cell = { CellReference.cell(row: row, column: $0) }
            let parts = weighted.map { [cell($0)] + summed.filter(\.isBonus).map { cell($0.column) } }
                ?? ["SUM(\(cell(summed.first!.column)):\(cell(summed.last!.column)))"]
            let formula = "=\(parts.joined(separator: "+"))+\(cell(bonusColumn))-\(cell(bonusColumn + 1))"
            return .formula(formula, cached: units[union].total)
        }
        if let previous = previousYear {
            table.column("\(previous.year)年名次") { previous.units[data.unions[$0].name].map { .integer($0.rank) } ?? .text("—") }
            table.column("名次变化") { union in
                guard let earlier = previous.units[data.unions[union].name] else { return .text("新参评") }
                let change = earlier.rank - standings[union].rank
                return .text(change > 0 ? "↑\(change)" : change < 0 ? "↓\(-change)" : "持平")
            }
        }
        // One line per unit: reasons, remarks and the smallest flips are on 排名说明, referenced by unit.
        table.column("否决") { .text(units[$0].isVetoed ? "是" : "否") }
        for (scale, result) in zip(criteria.gradeScales, grading.scales) {
            table.column(scale.kind.label) { result.units[$0].grade.map { .text(scale.rules[$0].name) } ?? .text("—") }
        }
        if !data.unitBallots.isEmpty {
            let ballots = Dictionary(data.unitBallots.map { ($0.candidate, $0.approve) }, uniquingKeysWith: { first, _ in first })
            table.column("赞成票") { ballots[$0].map { .integer($0) } ?? .text("未投票") }
        }
        table.column("评选结果") { .text(standings[$0].decision.shortLabel) }
        if !margins.isEmpty {
            let margins = margins
            table.column("距名额线") { margins[$0].margin.map { .points($0) } ?? .empty }
        }
        let notes = rankingNotes
        var sheet = ReportSheet(name: "排名汇总", columns: table.headers)
        sheet.title("\(criteria.title)得分排名表", context: context)
        sheet.rows = table.cells(for: ranking.order, firstRow: sheet.headerRow + 1)
        sheet.repeatedColumns = 2
        sheet.pageLimit = 1
        sheet.noteLines = zip(criteria.gradeScales, grading.scales).flatMap { scale, result in
            result.vacant.map { "“\(scale.rules[$0].name)”：本年度空缺，没有单位符合全部条件（见“评分标准”表）。" }
        } + groupLines + ranking.statements + marginsNote
            + (notes.contains { !$0.isEmpty } ? ["各单位的否决原因、校工会加分和扣分的事由、改变结果的最小单项变化和备注见“排名说明”表。"] : [])
        return sheet
    }

    /// With groups, each group's places and award line: "院系组：14 个单位，名额 2 个（20%，向下取整），名额线 71.9 分".
    var groupLines: [String] {
        criteria.groups.indices.map { group in
            let members = ranking.order.filter { ranking.standings[$0].group == group }
            let line = members.last { ranking.standings[$0].decision == .recommended }.map { "，名额线 \(evaluation.units[$0].total) 分" } ?? "，无单位推荐"
            return "\(criteria.groups[group].label)：\(members.count) 个单位，名额 \(ranking.groupPlaces[group]) 个（\(criteria.groups[group].quotaText)）\(line)。"
        }
    }

    /// The margins are the scores' (`DecisionMargins`): when composition limits, the ballot or 公示 changed
    /// the list, the sheet says which list they measure.
    var marginsNote: [String] {
        guard !margins.isEmpty, ranking.standings.contains(where: { $0.decision != $0.scoreDecision }) else { return [] }
        return ["“距名额线”和“改变结果的最小单项变化”按得分排名计算，不含名单构成限制、投票和公示异议对名单的调整（调整见“排名说明”）。"]
    }

    /// The 排名 and 二级工会 columns a unit's rows start with (and that pages printed across repeat).
    func addRankAndUnit<Row>(to table: inout ReportTable<Row>, union: @escaping @Sendable (Row) -> Int) {
        let (standings, unions) = (ranking.standings, data.unions)
        table.column("排名") { .integer(standings[union($0)].rank) }
        table.column("二级工会") { .text(unions[union($0)].name) }
    }

    /// Last year's results, when the history has them.
    var previousYear: History.Year? {
        history.year(before: criteria.year)
    }

    func indicatorSheet() -> ReportSheet {
        var table = ReportTable<Int>()
        let units = evaluation.units
        addRankAndUnit(to: &table) { $0 }
        table.column("会员人数") { .integer(units[$0].memberCount) }
        for (index, indicator) in criteria.indicators.enumerated() {
            table.column("\(indicator.label)（\(indicator.maximumText)）") { .points(units[$0].indicators[index].points) }
        }
        table.column("总分") { .points(units[$0].total) }
        // Last year's totals beside this year's (the ranking shows the ranks).
        if let previous = previousYear {
            table.column("\(previous.year)年总分") { previous.units[data.unions[$0].name].map { .points($0.total) } ?? .text("—") }
            table.column("总分变化") { union in
                previous.units[data.unions[union].name].map { .points(units[union].total - $0.total) } ?? .text("新参评")
            }
        }
        var sheet = ReportSheet(name: "指标得分", columns: table.headers, rows: table.cells(for: ranking.order))
        sheet.title("\(criteria.title)各指标得分表", context: context)
        sheet.repeatedColumns = 2
        return sheet
    }

    /// 指标依据: what each unit's indicator score rests on (counts, rates, committee scores), a row per
    /// unit and indicator, so that it reads down a page instead of across forty columns.
    func measuredSheet() -> ReportSheet {
        typealias Row = (union: Int, indicator: Int)
        var table = ReportTable<Row>()
        let units = evaluation.units
        addRankAndUnit(to: &table) { $0.union }
        table.column("指标") { .text(criteria.indicators[$0.indicator].label) }
        table.column("满分") { criteria.indicators[$0.indicator].maximumCell }
        table.column("得分") { .points(units[$0.union].indicators[$0.indicator].points) }
        table.column("依据") { .text(units[$0.union].indicators[$0.indicator].measured) }
        let rows = ranking.order.flatMap { union in criteria.indicators.indices.map { (union, $0) } }
        var sheet = ReportSheet(name: "指标依据", columns: table.headers, rows: table.cells(for: rows), orientation: .portrait)
        sheet.title("\(criteria.title)各指标得分依据", context: context)
        sheet.repeatedColumns = 2
        return sheet
    }

    /// 自评 | 考评 | 差额 per unit and indicator with a self-score, claims beyond the margin flagged.
    func selfAssessmentSheet() -> ReportSheet {
        typealias Row = (union: Int, comparison: SelfComparison)
        var table = ReportTable<Row>()
        addRankAndUnit(to: &table) { $0.union }
        table.column("指标") { .text(criteria.indicators[$0.comparison.indicator].label) }
        table.column("满分") { .points(criteria.indicators[$0.comparison.indicator].maximum) }
        table.column("自评分") { .points($0.comparison.claimed) }
        table.column("考评分") { .points($0.comparison.assessed) }
        table.column("差额（自评−考评）") { .points($0.comparison.difference) }
        let margin = criteria.selfScoreMargin
        table.column("核对提示") { row in
            guard row.comparison.exceedsMargin, let margin else { return .empty }
            return .text("自评高出考评 \(row.comparison.difference) 分，超过允许差额 \(margin) 分，请核对佐证材料")
        }
        let rows = ranking.order.flatMap { union in evaluation.units[union].selfComparisons.map { (union, $0) } }
        var sheet = ReportSheet(name: "自评对照", columns: table.headers, rows: table.cells(for: rows))
        sheet.title("\(criteria.title)自评与考评对照表", context: context)
        sheet.repeatedColumns = 2
        return sheet
    }

    static let recommendedColor = 0xC0_00_00
    static let otherColor = 0x5B_9B_D5
    static let averageColor = 0x7F_7F_7F
    /// At most this many recommended units in the profile chart: more bars per dimension cannot be read.
    static let profileUnits = 10

    /// 总分图表: every unit's total in rank order, the recommended ones in red, with the award line in the title.
    func totalsChartSheet() -> ReportSheet {
        var table = ReportTable<Int>()
        addRankAndUnit(to: &table) { $0 }
        table.column("总分") { .points(evaluation.units[$0].total) }
        table.column("评选结果") { .text(ranking.standings[$0].decision.chineseLabel) }
        // Portrait: the table and the chart below it share one page for a school's 20 to 40 units.
        var sheet = ReportSheet(name: "总分图表", columns: table.headers, rows: table.cells(for: ranking.order), orientation: .portrait)
        sheet.title("\(criteria.title)各单位总分图", context: context)
        sheet.pageLimit = 1
        let recommended = ranking.order.filter { ranking.standings[$0].decision == .recommended }
        // With groups each has its own line: they are under 排名汇总.
        let line = criteria.groups.isEmpty
            ? recommended.last.map { "；名额线 \(evaluation.units[$0].total) 分，第 \(ranking.standings[$0].rank) 名" } ?? ""
            : "；各组名额线见“排名汇总”表下"
        let colors = ranking.order.map { ranking.standings[$0].decision == .recommended ? Self.recommendedColor : Self.otherColor }
        sheet.charts = [
            ReportChart(
                title: "各单位总分（红色为推荐单位\(line)）", categoryColumn: 1, rows: 0..<ranking.order.count,
                series: [.init(name: "总分", column: 2, kind: .bar, color: Self.otherColor, pointColors: colors)],
                valueAxisTitle: "分", width: 600, height: max(300, 100 + 26 * ranking.order.count)),
        ]
        return sheet
    }

    /// 维度对比: each regular dimension as a share of its maximum, the school's average beside the
    /// recommended units (the first ten by rank).
    func profileChartSheet() -> ReportSheet {
        let dimensions = criteria.dimensions.indices.filter { !criteria.dimensions[$0].isBonus }
        let maxima = dimensions.map { ScoreTarget.dimension($0).maximum(in: criteria) }
        let units = evaluation.units
        let shown = Array(ranking.order.filter { ranking.standings[$0].decision == .recommended }.prefix(Self.profileUnits))
        @Sendable func share(_ points: Points, of maximum: Points) -> ReportCell {
            maximum > .zero ? .points(Points(roundingTenths: points.tenths * 1000, over: maximum.tenths)) : .empty
        }
        var table = ReportTable<Int>()
        table.column("一级指标") { .text(criteria.dimensions[dimensions[$0]].name) }
        table.column("满分") { .points(maxima[$0]) }
        table.column("全校平均（得分率 %）") { position in
            let sum = units.reduce(0) { $0 + $1.dimensionTotals[dimensions[position]].tenths }
            return units.isEmpty ? .empty : share(Points(roundingTenths: sum, over: units.count), of: maxima[position])
        }
        for union in shown {
            table.column("\(data.unions[union].name)（%）") { share(units[union].dimensionTotals[dimensions[$0]], of: maxima[$0]) }
        }
        var sheet = ReportSheet(name: "维度对比", columns: table.headers, rows: table.cells(for: Array(dimensions.indices)))
        sheet.title("\(criteria.title)一级指标得分率对比", context: context)
        let palette = [0xC0_00_00, 0xED_7D_31, 0xFF_C0_00, 0x70_AD_47, 0x44_72_C4, 0x26_44_78, 0x9E_48_0E, 0x63_63_63, 0x99_73_00, 0x43_68_2B]
        sheet.charts = [
            ReportChart(
                title: "推荐单位各一级指标得分率与全校平均", categoryColumn: 0, rows: 0..<dimensions.count,
                series: [.init(name: "全校平均", column: 2, color: Self.averageColor)]
                    + shown.indices.map { .init(name: data.unions[shown[$0]].name, column: 3 + $0, color: palette[$0 % palette.count]) },
                valueAxisTitle: "得分率 %"),
        ]
        let recommendedCount = ranking.standings.filter { $0.decision == .recommended }.count
        if recommendedCount > shown.count {
            sheet.noteLines = ["推荐单位共 \(recommendedCount) 个，图中列出名次最前的 \(shown.count) 个。"]
        }
        return sheet
    }

    /// 拟表彰先进基层工会名单公示: the recommended units, names only, with the period and contact.
    func publicNoticeSheet() -> ReportSheet {
        let year = criteria.year.map { "\($0)年度" } ?? ""
        let grouped = !criteria.groups.isEmpty
        var sheet = ReportSheet(
            name: "单位公示", columns: ["序号", "单位名称"] + (grouped ? ["组别"] : []), orientation: .portrait,
            titleLines: ["\(year)拟表彰先进基层工会名单公示"])
        sheet.pageLimit = 1
        // By group (in the criteria's order), and within it by rank or in unions.csv's order.
        var recommended = ranking.order.filter { ranking.standings[$0].decision == .recommended }
        if criteria.award.noticeOrder == .unit {
            recommended.sort { (ranking.standings[$0].group ?? Int.max, $0) < (ranking.standings[$1].group ?? Int.max, $1) }
        }
        for (position, union) in recommended.enumerated() {
            let group = ranking.standings[union].group.map { [ReportCell.text(criteria.groups[$0].name)] } ?? []
            sheet.rows.append([.integer(position + 1), .text(data.unions[union].name)] + group)
        }
        let publicity = criteria.award.publicity ?? criteria.activists?.publicity ?? Publicity()
        var notes = publicity.noteLines(
            announcing: "经评审委员会评审、校工会审定，拟表彰以上 \(recommended.count) 个先进基层工会，现予以公示。")
        let pending = ranking.standings.filter { $0.decision == .committee }.count
        if pending > 0 { notes.insert("另有 \(pending) 个单位同分跨越名额线，待评审委员会裁定后另行公示。", at: 1) }
        sheet.noteLines = notes
        return sheet
    }

    func evidenceSheet() -> ReportSheet {
        // Every ledger row, used or not, in unit order of unions.csv, then file and line, so a secretary
        // finds her rows together; rows of no known unit come last. Rows are made as they are written.
        // Entries are record indices, and -(i + 1) for rejected row i: four bytes a row, keys read as sorted.
        // The keys travel with the entries, so the sort compares what it moves instead of fetching
        // records from a million by index at every comparison.
        var keyed = data.records.indices.map { index in
            let record = data.records[index]
            return EvidenceKey(union: record.union, file: record.file, line: record.line, entry: Int32(index))
        }
        keyed += data.rejectedLedgerRows.indices.map { index in
            let row = data.rejectedLedgerRows[index]
            return EvidenceKey(union: row.union ?? Int(Int32.max), file: row.file, line: row.line, entry: -Int32(index) - 1)
        }
        keyed.sort { ($0.unionAndFile, $0.line) < ($1.unionAndFile, $1.line) }
        let entries = keyed.map(\.entry)
        keyed = []
        let texts = CreditTexts(evaluation.recordCredits, criteria: criteria)
        let table = evidenceTable(texts)
        var sheet = ReportSheet(name: "计分依据", columns: table.headers)
        sheet.title("\(criteria.title)台账逐条计分依据", context: context)
        sheet.repeatedColumns = 1
        sheet.generatedRows = ReportSheet.GeneratedRows(count: entries.count) { position in
            let entry = Int(entries[position])
            return table.cells(of: entry >= 0 ? .record(entry) : .rejected(-entry - 1))
        }
        return sheet
    }

    /// A row of 计分依据: a ledger record with its credits, or a row that was not used.
    enum EvidenceRow {
        case record(Int)
        case rejected(Int)
    }

    func evidenceTable(_ texts: CreditTexts) -> ReportTable<EvidenceRow> {
        var table = ReportTable<EvidenceRow>()
        let (data, criteria) = (data, criteria)
        @Sendable func text(_ row: EvidenceRow, record: (ActivityRecord) -> String, rejected: (RejectedLedgerRow) -> String) -> ReportCell {
            switch row {
            case .record(let index): .text(record(data.records[index]))
            case .rejected(let index): .text(rejected(data.rejectedLedgerRows[index]))
            }
        }
        table.column("二级工会") { text($0, record: { data.unions[$0.union].name }, rejected: { $0.union.map { data.unions[$0].name } ?? "" }) }
        table.column("文件") { text($0, record: { data.files[$0.file].name }, rejected: { data.files[$0.file].name }) }
        table.column("行号") { row in
            switch row {
            case .record(let index): .integer(data.records[index].line)
            case .rejected(let index): .integer(data.rejectedLedgerRows[index].line)
            }
        }
        table.column("日期") { text($0, record: { $0.date.description }, rejected: \.date) }
        table.column("活动名称") { text($0, record: { data.name(of: $0) }, rejected: \.name) }
        table.column("类别") { text($0, record: { criteria.categories[$0.category].name }, rejected: \.category) }
        table.column("级别") { row in
            guard case .record(let index) = row else { return .empty }
            return .text(criteria.levelName(data.records[index].level))
        }
        table.column("成果") { row in
            guard case .record(let index) = row else { return .empty }
            return .text(data.records[index].outcome.map { criteria.outcomes[$0] } ?? "")
        }
        table.column("计入指标") { row in
            guard case .record(let index) = row else { return .empty }
            return .text(texts.text(forRecord: index).counted)
        }
        table.column("得分") { row in
            guard case .record(let index) = row else { return .points(.zero) }
            return .points(texts.text(forRecord: index).points)
        }
        table.column("未计分原因") { row in
            switch row {
            case .record(let index): .text(texts.text(forRecord: index).reasons)
            case .rejected(let index): .text("未使用：\(data.rejectedLedgerRows[index].reason)")
            }
        }
        return table
    }

    func problemSheet() -> ReportSheet {
        var table = ReportTable<Diagnostic>()
        table.column("严重程度") { .text($0.severity.chineseLabel) }
        table.column("代码") { .text($0.code) }
        table.column("文件") { .text($0.location.file) }
        table.column("工作表") { .text($0.location.sheet ?? "") }
        table.column("位置") { .text($0.location.place) }
        table.column("行") { .integer($0.location.line) }
        table.column("列") { .integer($0.location.column) }
        table.column("原值") { .text($0.rawValue ?? "") }
        table.column("问题说明") { .text($0.message) }
        var sheet = ReportSheet(name: "数据问题", columns: table.headers, rows: table.cells(for: diagnostics))
        sheet.title("\(criteria.title)输入数据问题清单", context: context)
        return sheet
    }

    /// A line of 评分标准: an indicator, or a rule about dimensions, the total, grades, deadlines and the award.
    struct RubricLine: Sendable {
        var group: String
        var id = ""
        var item: String
        var source = ""
        var rule: String
        var maximum: ReportCell = .empty
    }

    func rubricSheet() -> ReportSheet {
        var table = ReportTable<RubricLine>()
        table.column("一级指标") { .text($0.group) }
        table.column("指标编号") { .text($0.id) }
        table.column("二级指标") { .text($0.item) }
        table.column("依据（工作要点）") { .text($0.source) }
        table.column("计分规则") { .text($0.rule) }
        table.column("满分") { $0.maximum }
        var sheet = ReportSheet(name: "评分标准", columns: table.headers, rows: table.cells(for: rubricLines))
        sheet.title("\(criteria.title)评分标准", context: context)
        // With groups: each group's items and whether its totals are scaled to the common total.
        sheet.noteLines = criteria.groups.indices.map { group in
            let maximum = criteria.regularMaximum(of: group)
            let scaled = maximum == criteria.declaredTotal ? "" : "，各项得分合计按 \(criteria.declaredTotal) 分折算（× \(criteria.declaredTotal) ÷ \(maximum)，再加加分项和校工会加减分）"
            return "\(criteria.groups[group].label)：适用的各项满分合计 \(maximum) 分\(scaled)；\(criteria.groups[group].placesText)。"
        }
        return sheet
    }

    var rubricLines: [RubricLine] {
        var lines = criteria.indicators.map { indicator in
            let dimension = criteria.dimensions[indicator.dimension]
            return RubricLine(
                group: dimension.isBonus ? "\(dimension.name)（加分项）" : dimension.name, id: indicator.id, item: indicator.name,
                source: indicator.source, rule: indicator.ruleDescription(in: criteria),
                maximum: indicator.maximumCell)
        }
        for dimension in criteria.dimensions {
            if let weights = dimension.weights {
                lines.append(RubricLine(group: dimension.name, item: "一级指标加权合成", rule: "本项得分 = \(weights.chineseDescription)"))
            }
        }
        if let weights = criteria.totalWeights {
            lines.append(RubricLine(
                group: "总分", item: "总分加权合成", rule: "各一级指标（不含加分项）合计按 \(weights.chineseDescription) 合成，再加加分项、校工会加分，减扣分"))
        }
        for dimension in criteria.dimensions where dimension.isBonus {
            if let cap = dimension.cap {
                lines.append(RubricLine(group: dimension.name, item: "加分项合计上限", rule: "本类加分合计不超过 \(cap) 分", maximum: .points(cap)))
            } else {
                lines.append(RubricLine(group: dimension.name, item: "加分项", rule: "逐项累加，上不封顶", maximum: .text("不封顶")))
            }
        }
        for scale in criteria.gradeScales {
            for grade in scale.rules {
                lines.append(RubricLine(group: scale.kind.label, item: grade.name, rule: grade.chineseDescription))
            }
        }
        if let reporting = criteria.reporting {
            lines.append(RubricLine(group: "上报与提交", item: "上报期限与提交截止", rule: reporting.chineseDescription))
        }
        let adjustmentCap = criteria.adjustmentBonusCap.map { "，合计不超过 \($0) 分" } ?? ""
        lines.append(RubricLine(
            group: "校工会调整", item: "加分 / 扣分 / 一票否决", source: "adjustments.csv",
            rule: "加分\(adjustmentCap)；扣分不设上限；被一票否决的单位参与排名但不得评为先进"))
        lines.append(RubricLine(group: "评选规则", item: "名额与同分处理", rule: criteria.award.describe(in: criteria, unitCount: data.unions.count)))
        return lines
    }

    func aboutSheet() -> ReportSheet {
        InputAccountingSheet.make(
            data: data, criteria: criteria, diagnostics: diagnostics, context: context, title: criteria.title,
            notes: [("计分说明", "分数以一位小数精确计算；\(totalFormulaInWords)；同分同名次")])
    }

    /// How the total is made, in words, as the 总分 formula makes it.
    var totalFormulaInWords: String {
        guard let weights = criteria.totalWeights else { return "“总分”= 各一级指标得分之和 + 加分 − 扣分" }
        return "“总分”= 各一级指标（不含加分项）合计按 \(weights.chineseDescription) 加权合成 + 加分项 + 加分 − 扣分"
    }

    /// Where an evidence row sorts: unit (rows of no known unit last), file, line.
    /// Sixteen bytes: a million of them are held while the pool is still in memory.
    private struct EvidenceKey {
        var unionAndFile: UInt64
        var line: Int32
        var entry: Int32

        init(union: Int, file: Int, line: Int, entry: Int32) {
            unionAndFile = UInt64(UInt32(clamping: union)) << 32 | UInt64(UInt32(clamping: file))
            self.line = Int32(clamping: line)
            self.entry = entry
        }
    }
}
