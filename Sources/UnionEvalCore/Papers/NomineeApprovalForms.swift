/// 工会工作积极分子推荐审批表: one A4 form per nominee of the final list, as the official forms are laid
/// out (fields in bordered boxes, the drafted 主要事迹, and boxes for the opinions with signature and
/// date lines), then a 事迹依据 sheet giving, for every clause of every 事迹, the ledger rows it comes from.
public struct NomineeApprovalForms {
    public static let fileName = "工会工作积极分子推荐审批表.xlsx"

    let data: YearData
    let criteria: Criteria
    let nomination: ActivistNomination
    let context: RunContext

    public init(data: YearData, criteria: Criteria, nomination: ActivistNomination, context: RunContext) {
        self.data = data
        self.criteria = criteria
        self.nomination = nomination
        self.context = context
    }

    /// Eight columns that print one A4 page wide at full size.
    static let columnWidths: [Double] = [11, 13, 9, 11, 11, 13, 10, 12]

    /// Each nominee's 事迹, in the list's order. Needs the year's ID lists.
    public func deeds() -> [(member: Int, deeds: NomineeDeeds)] {
        let records = NomineeRecords.collect(data, members: nomination.nominees)
        return nomination.nominees.map { member in
            (
                member,
                NomineeDeeds(
                    member: member, data: data, criteria: criteria, score: nomination.scores[member], rankInUnit: rankInUnit(member),
                    records: records[member] ?? NomineeRecords(), length: nomination.rules.deedsLength)
            )
        }
    }

    /// Rank by points among the unit's eligible candidates (equal points share a rank), as `explain` says it.
    func rankInUnit(_ member: Int) -> Int {
        let union = data.members[member].union
        let points = nomination.scores[member].points
        return data.members.indices.filter {
            data.members[$0].union == union && nomination.scores[$0].points > points && !nomination.decisions[$0].isIneligible
        }.count + 1
    }

    public func workbook() -> ReportWorkbook {
        let drafted = deeds()
        let title = "\(criteria.yearText)\(nomination.rules.title)推荐审批表"
        var trace = ReportSheet(name: "事迹依据", columns: ["工号", "姓名", "二级工会", "分句", "事迹分句", "依据（文件:行）"])
        trace.title("\(title)·主要事迹依据", context: context)
        for (member, deeds) in drafted {
            let person = data.members[member]
            for (position, clause) in deeds.clauses.enumerated() {
                trace.rows.append([
                    .text(person.staffID), .text(person.name), .text(data.unions[person.union].name), .integer(position + 1),
                    .text(clause.text), .text(clause.sources.map(source).joined(separator: "；")),
                ])
            }
        }
        trace.noteLines = [
            "每份审批表的“主要事迹”只由本人在台账中组织或参与的活动写成，每一分句一行，列出它所依据的台账行；记录不足以写满字数下限的，如实写短，不补写。"
        ]
        var workbook = ReportWorkbook(fileName: Self.fileName, title: title, sheets: [trace])
        workbook.forms = drafted.map { form(member: $0.member, deeds: $0.deeds, title: title) }
        workbook.createdAt = context.asOf
        return workbook
    }

    func source(_ source: NomineeDeeds.Source) -> String {
        switch source {
        case .roster: return "会员名册"
        case .record(let index):
            let record = data.records[index]
            return data.files[record.file].rowReference(record.line)
        }
    }

    func form(member: Int, deeds: NomineeDeeds, title: String) -> PaperForm {
        let person = data.members[member]
        let unionName = data.unions[person.union].name
        var form = PaperForm(name: "\(unionName.replacingOccurrences(of: "分工会", with: ""))-\(person.name)", columnWidths: Self.columnWidths)
        form.place(.init(row: 0, column: 0, columnSpan: 8, text: title, style: .title))
        form.rowHeights[0] = 36
        form.place(.init(row: 1, column: 0, columnSpan: 5, text: "推荐单位（盖章）：\(unionName)", style: .caption))
        form.place(.init(row: 1, column: 5, columnSpan: 3, text: "填表日期：\(context.paperDate)", style: .caption))
        let score = nomination.scores[member]
        var fields: [(label: String, value: String, wide: Bool)] = [
            ("姓名", person.name, false), ("性别", person.gender ?? "", false), ("工号", person.staffID, false),
            ("工会职务", person.role ?? "会员", false), ("二级工会", unionName, true),
            ("入会时间", person.joinDate.map { "\($0.year)年\($0.month)月" } ?? "", false),
        ]
        for column in Schemas.members.columns.map(\.name) where data.rosterColumnsPresent.contains(column) {
            let value = data.rosterValues[column]?[member] ?? ""
            fields.append((column, value, false))
        }
        fields += [
            ("积分", "\(score.points)", false), ("单位内排名", "第\(rankInUnit(member))名", false),
            ("组织活动", "\(score.organized)次", false), ("参与活动", "\(score.participated)次", false),
        ]
        var row = 2
        var slot = 0
        for field in fields {
            let slots = field.wide ? 2 : 1
            if slot + slots > 4 {
                row += 1
                slot = 0
            }
            form.place(.init(row: row, column: slot * 2, text: field.label, style: .label))
            form.place(.init(row: row, column: slot * 2 + 1, columnSpan: slots * 2 - 1, text: field.value, style: .value))
            slot += slots
        }
        if slot > 0 {
            // The row's empty slots stay bordered boxes, as on a printed form.
            for empty in slot..<4 {
                form.place(.init(row: row, column: empty * 2, columnSpan: 2, text: "", style: .value))
            }
        }
        row += 1
        let short = deeds.isShort ? "\n（记录不足，未补写）" : ""
        form.place(.init(row: row, column: 0, text: "主要事迹\n（\(deeds.text.count)字）\(short)", style: .label))
        form.place(.init(row: row, column: 1, columnSpan: 7, text: deeds.text, style: .text))
        // Tall enough to edit in by hand, and to fill the page as the printed forms do.
        form.rowHeights[row] = max(form.rowHeights[row] ?? 0, 300)
        row += 1
        for opinion in ["二级工会\n意见", "党组织\n意见", "校工会\n意见"] {
            form.place(.init(row: row, column: 0, text: opinion, style: .label))
            form.place(.init(row: row, column: 1, columnSpan: 7, text: Self.signatureBox, style: .signature))
            form.rowHeights[row] = 115
            row += 1
        }
        form.place(.init(
            row: row, column: 0, columnSpan: 8,
            text: "注：本表由 UnionEval 根据\(criteria.yearText)活动台账和会员名册生成；“主要事迹”每一句所依据的台账行见“事迹依据”表，请核对、修改后打印，一式两份。",
            style: .note))
        return form
    }

    /// Room for the opinion, then the signature, seal and date lines.
    static let signatureBox = "\n\n\n\n\n　　　　　　　　　　　　　　　负责人签字：　　　　　　（盖章）\n　　　　　　　　　　　　　　　　　　　　　　　　年　　月　　日"
}
