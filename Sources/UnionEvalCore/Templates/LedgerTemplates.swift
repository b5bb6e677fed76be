/// The workbooks the union office hands out in January, made from the same criteria that score them
/// in December: a ledger per unit (the contract's columns, drop-downs of the criteria's categories,
/// levels and outcomes, dates checked to be in the year, a hint on every column, the unit's members to
/// pick from and a 填写说明 that says what counts and how much), and the office's own files.
/// Filled in, they read back with no problem at all.
public struct LedgerTemplates: Sendable {
    let data: YearData
    let criteria: Criteria

    public init(data: YearData, criteria: Criteria) {
        self.data = data
        self.criteria = criteria
    }

    var yearText: String { criteria.year.map { "\($0)年" } ?? "" }

    /// The evaluation year in the 日期 column's hint: "2023年", or "2023年度（2022年12月1日至2023年11月30日）"
    /// when it does not start on 1 January.
    var yearSpanText: String {
        guard let year = criteria.evaluationYear else { return "评选年度" }
        return year.startsOnNewYear ? yearText : "\(year.year)年度（\(year.spanDescription)）"
    }

    /// The first day of the year the templates are for, as their creation time: the same criteria and
    /// roster give the same bytes.
    var createdAt: Int? { criteria.evaluationYear.map { $0.first.daysSinceEpoch * 86_400 } }

    /// `activities/管理学院分工会2024年活动台账.xlsx`: the file name names the unit, which is how a
    /// ledger without a 二级工会 column is assigned.
    public func ledgerFileName(for union: Int) -> String {
        "activities/\(data.unions[union].name)\(yearText)活动台账.xlsx"
    }

    /// A column of the ledger: its header, width, what it may hold and what it is, in words.
    struct Column {
        var header: String
        var width: Int
        var explanation: String
        var rule: CellValidation.Rule
        var refusesOthers = true
    }

    func ledgerColumns(members: Int) -> [Column] {
        let (categories, levels, outcomes) = (choiceRules[0], choiceRules[1], choiceRules[2])
        var columns: [Column] = []
        let yearRange: CellValidation.Rule = criteria.evaluationYear.map { .date(from: $0.first, through: $0.last) } ?? .any
        columns.append(Column(
            header: "日期", width: 12, explanation: "活动开展的日期，如 \(criteria.year ?? 2024)-03-08；须在\(yearSpanText)内。",
            rule: yearRange))
        columns.append(Column(header: "活动名称", width: 30, explanation: "活动的名称，如“三八节健步走”。", rule: .any))
        columns.append(Column(
            header: "类别", width: 14, explanation: "从下拉列表中选择；每个类别计入哪些指标、得多少分见“填写说明”。", rule: categories))
        columns.append(Column(header: "级别", width: 10, explanation: "从下拉列表中选择；不填按“\(criteria.levels.levels.first?.name ?? "院级")”。", rule: levels))
        columns.append(Column(
            header: "参与人数", width: 10, explanation: "整数；不填时按“参与者工号”中的人数计。", rule: .wholeNumber(minimum: 0)))
        columns.append(Column(
            header: "组织者工号", width: 16,
            explanation: "从下拉列表中选组织者的工号（见“会员名单”表）；多人时用分号隔开，出现提示时选“是”继续。",
            rule: .list(sheet: TemplateSheets.roster, column: 0, rows: 2...max(members + 1, 2)), refusesOthers: false))
        columns.append(Column(
            header: "参与者工号", width: 40, explanation: "参加者的工号，用分号隔开，如 T01001;T01002；也可写姓名或“姓名(工号)”。", rule: .any))
        columns.append(Column(header: "成果", width: 10, explanation: "获奖或立项时从下拉列表中选择，没有则不填。", rule: outcomes))
        columns.append(Column(header: "备注", width: 20, explanation: "佐证材料：文号、照片存档位置或链接。", rule: .any))
        if criteria.reporting?.withinDays != nil {
            columns.append(Column(
                header: "上报日期", width: 12, explanation: "本条记录填入台账的日期；活动后 \(criteria.reporting!.withinDays!) 天内上报才计分。",
                rule: yearRange))
        }
        return columns
    }

    /// The drop-down lists of a ledger: categories, levels and outcomes of the criteria.
    var choiceLists: [(header: String, values: [String])] {
        [("类别", criteria.categories.map(\.name)), ("级别", criteria.levels.levels.map(\.name)), ("成果", criteria.outcomes)]
    }

    var choiceRules: [CellValidation.Rule] { TemplateSheets.choices(choiceLists).rules }

    public func ledger(for union: Int) -> ReportWorkbook {
        let name = data.unions[union].name
        let members = data.members.indices.filter { data.members[$0].union == union }
        let columns = ledgerColumns(members: members.count)
        var ledger = ReportSheet(name: "活动台账", columns: columns.map(\.header))
        ledger.titleLines = [
            "\(name)\(yearText)活动台账",
            "每次活动填一行；类别、级别、成果从下拉列表中选；各列怎么填、怎样计分见“填写说明”表。",
        ]
        ledger.preferredWidths = columns.map(\.width)
        ledger.validatedRows = TemplateSheets.rowsToFill
        ledger.dateColumns = Set(columns.indices.filter { columns[$0].header.hasSuffix("日期") })
        ledger.validations = columns.enumerated().map { index, column in
            CellValidation(
                column: index, rule: column.rule, title: column.header, message: column.explanation, refusesOthers: column.refusesOthers)
        }

        var roster = ReportSheet(name: TemplateSheets.roster, columns: ["工号", "姓名", "工会职务"], orientation: .portrait)
        roster.titleLines = ["\(name)会员名单（供填写组织者、参与者时查对）"]
        roster.rows = members.map { member in
            [.text(data.members[member].staffID), .text(data.members[member].name), .text(data.members[member].role ?? "")]
        }

        var workbook = ReportWorkbook(
            fileName: ledgerFileName(for: union), title: "\(name)\(yearText)活动台账",
            sheets: [ledger, instructions(for: name, group: data.unions[union].group, columns: columns), roster, TemplateSheets.choices(choiceLists).sheet])
        workbook.createdAt = createdAt
        return workbook
    }

    /// 填写说明: how to fill each column, what each indicator counts and how much, the required events
    /// with their months, and the activists' points; all from the criteria.
    /// `group`: the unit's group, whose required events it is held to.
    func instructions(for unit: String, group: Int?, columns: [Column]) -> ReportSheet {
        var sheet = ReportSheet(name: TemplateSheets.instructions, columns: ["项目", "说明"], orientation: .portrait)
        sheet.titleLines = ["\(unit)\(yearText)活动台账填写说明"]
        var rows: [(String, String)] = [
            ("怎么填", "每开展一次活动，在“活动台账”表中填一行，活动后及时填写。不要合并单元格，不要改动表头；表头上方的标题可以保留。"),
            ("交给谁", "年底把本文件原样交给校工会（不要改文件名，文件名中的单位名称用于识别单位）。"),
        ]
        if let year = criteria.evaluationYear, !year.startsOnNewYear {
            rows.append(("评选年度", "\(year.year)年度从 \(year.first.chineseDescription) 到 \(year.last.chineseDescription)：这期间开展的活动都填入本台账，之后的活动计入下一年度。"))
        }
        rows += columns.map { ("列：\($0.header)", $0.explanation) }
        for dimension in criteria.dimensions.indices {
            for index in criteria.indicators(in: dimension) {
                let indicator = criteria.indicators[index]
                rows.append(("\(indicator.label)（\(indicator.maximumText)）", indicator.ruleDescription(in: criteria)))
            }
        }
        let required = criteria.requiredEvents(for: group).map { criteria.indicators[$0] }
        if !required.isEmpty {
            rows.append(("必办活动", "以下活动每年必须开展，按规定月份填入台账：" + required.map { "\($0.label)（\($0.ruleDescription(in: criteria))）" }.joined(separator: "；")))
        }
        if let activists = criteria.activists {
            rows.append(("\(activists.title)", "按台账中本人组织、参与的活动计分：\(activists.pointsDescription)。组织者、参与者请写准工号。"))
        }
        if let reporting = criteria.reporting { rows.append(("上报与提交", reporting.chineseDescription)) }
        rows.append(("注意", "台账记录须真实，年终不得突击新造、补送材料；有疑问请与校工会联系。"))
        sheet.rows = rows.map { [.text($0.0), .text($0.1)] }
        sheet.preferredWidths = [24, 60]
        return sheet
    }

    /// The office's own files, named as the input contract names them so that, filled in, they go
    /// into the year's folder as they are: adjustments, exclusions, and reviews, occurrences,
    /// self-scores, the activists' ballot and the objections after 公示 where the criteria use them.
    public func officeWorkbooks() -> [ReportWorkbook] {
        let units = data.unions.map(\.name)
        let committee = criteria.indicators.filter(\.rule.acceptsCommitteeScores).map(\.id)
        let counted = criteria.indicators.filter(\.rule.acceptsOccurrences).map(\.id)
        let selfScored = criteria.indicators.filter { $0.weights?.shares.contains { $0.source == .selfScore } == true }.map(\.id)
        var books = [
            officeWorkbook(
                .adjustments, title: "校工会加分、扣分与否决",
                columns: [
                    ("二级工会", 24, .choice(units)), ("类型", 18, .choice(Adjustment.Kind.allCases.map(\.rawValue))),
                    ("分值", 8, .number), ("事由", 40, .text("加分、扣分、否决等的事由，会写在评选结果中。")),
                    ("指标", 12, .choice(criteria.indicators.map(\.id) + criteria.dimensions.map(\.name))),
                ]),
            officeWorkbook(
                .exclusions, title: "不予推荐工会工作积极分子名单",
                columns: [("工号", 14, .text("不予推荐者的工号。")), ("原因", 40, .text("原因只写在候选人明细中，不公示。"))]),
        ]
        if !committee.isEmpty {
            books.append(officeWorkbook(
                .reviews, title: "评审打分",
                columns: [
                    ("二级工会", 24, .choice(units)), ("指标", 12, .choice(committee)), ("得分", 8, .number),
                    ("评委", 12, .text("评委姓名；同一指标有多位评委时各填一行。")), ("说明", 30, .text("打分说明。")),
                ]))
        }
        if !counted.isEmpty {
            books.append(officeWorkbook(
                .occurrences, title: "校工会登记的扣分事项",
                columns: [
                    ("二级工会", 24, .choice(units)), ("指标", 12, .choice(counted)), ("事项", 14, .text("如 缺席、迟到早退。")),
                    ("次数", 8, .number), ("日期", 12, .text("发生日期。")), ("说明", 30, .text("情况说明。")),
                ]))
        }
        if !selfScored.isEmpty {
            books.append(officeWorkbook(
                .selfScores, title: "各单位自评分",
                columns: [
                    ("二级工会", 24, .choice(units)), ("指标", 12, .choice(selfScored)), ("自评分", 8, .number),
                    ("说明", 30, .text("自评依据。")),
                ]))
        }
        // The ballots the rubric asks for, one 评选 per list.
        let balloted = (criteria.award.votes != nil ? [criteria.title] : []) + (criteria.activists?.votes != nil ? [criteria.activists!.title] : [])
        if !balloted.isEmpty {
            books.append(officeWorkbook(
                .votes, title: "投票结果",
                columns: [
                    ("评选", 18, .choice(balloted)), ("对象", 16, .text("候选单位的名称，或候选人的工号（或姓名、“姓名(工号)”）。")),
                    ("赞成", 8, .number), ("反对", 8, .number), ("弃权", 8, .number),
                    ("应到", 8, .number), ("实到", 8, .number),
                ],
                instruction: "每个候选对象一行；每项评选的应到、实到人数写在其任意一行即可。"))
        }
        if let activists = criteria.activists {
            books.append(officeWorkbook(
                .objections, title: "\(activists.title)公示期间的异议",
                columns: [
                    ("对象", 16, .text("被反映人的工号（或姓名、“姓名(工号)”）。")), ("事由", 40, .text("异议的内容。")),
                    ("结论", 10, .choice(["成立", "不成立"])), ("日期", 12, .text("收到异议的日期。")),
                ],
                instruction: "公示期满后填写，每件异议一行；没有异议时把空表放入年度输入目录，名单即注明“公示期满，无异议”。"))
        }
        return books
    }

    enum OfficeColumn {
        case choice([String])
        case number
        case text(String)
    }

    func officeWorkbook(
        _ file: OfficeFile, title: String, columns: [(header: String, width: Int, kind: OfficeColumn)],
        instruction: String = "每项填一行；有下拉列表的列从列表中选。"
    ) -> ReportWorkbook {
        var lists: [(header: String, values: [String])] = []
        var sheet = ReportSheet(name: file.chineseName, columns: columns.map(\.header))
        sheet.titleLines = ["\(yearText)\(title)", instruction]
        sheet.preferredWidths = columns.map(\.width)
        sheet.validatedRows = TemplateSheets.rowsToFill
        var pending: [(column: Int, list: Int, header: String)] = []
        for (index, column) in columns.enumerated() {
            switch column.kind {
            case .choice(let values):
                pending.append((index, lists.count, column.header))
                lists.append((column.header, values))
            case .number:
                sheet.validations.append(CellValidation(column: index, rule: .decimal(minimum: 0), title: column.header, message: "填正数。"))
            case .text(let explanation):
                sheet.validations.append(CellValidation(column: index, rule: .any, title: column.header, message: explanation))
            }
        }
        let choices = TemplateSheets.choices(lists)
        for entry in pending {
            sheet.validations.append(
                CellValidation(column: entry.column, rule: choices.rules[entry.list], title: entry.header, message: "从下拉列表中选择。"))
        }
        var workbook = ReportWorkbook(fileName: "\(file.rawValue).xlsx", title: "\(yearText)\(title)", sheets: [sheet, choices.sheet])
        workbook.createdAt = createdAt
        return workbook
    }
}

extension LedgerTemplates {
    /// Writes the ledgers of `units` and, when `includesOffice`, the office's files, committed together;
    /// returns the paths written.
    public func write(units: [Int], includesOffice: Bool, to outputs: some ReportOutputs) throws -> [String] {
        do {
            var paths = try units.map { try outputs.write(ledger(for: $0), preparesRowsAhead: false) }
            if includesOffice { paths += try officeWorkbooks().map { try outputs.write($0, preparesRowsAhead: false) } }
            try outputs.commit()
            return paths
        } catch {
            outputs.discard()
            throw error
        }
    }
}
