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

    /// Each nominee's 事迹, in the list's order. Needs the year's ID lists.
    public func deeds() -> [(member: Int, deeds: DraftedText)] {
        let records = NomineeRecords.collect(data, members: nomination.nominees, awarding: nomination.rules)
        let ranks = nomination.unitRanks(in: data)
        return nomination.nominees.map { member in
            (
                member,
                NomineeDeeds.draft(
                    member: member, data: data, criteria: criteria, score: nomination.scores[member], rankInUnit: ranks[member],
                    records: records[member] ?? NomineeRecords(), length: nomination.rules.deedsLength)
            )
        }
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
                    .text(clause.text), .text(DraftedText.references(clause.sources, in: data, roster: "会员名册")),
                ])
            }
        }
        trace.noteLines = [
            "每份审批表的“主要事迹”只由本人在台账中组织或参与的活动写成，每一分句一行，列出它所依据的台账行；记录不足以写满字数下限的，如实写短，不补写。"
        ]
        var workbook = ReportWorkbook(fileName: Self.fileName, title: title, sheets: [trace])
        let ranks = nomination.unitRanks(in: data)
        workbook.forms = drafted.map { form(member: $0.member, deeds: $0.deeds, rank: ranks[$0.member], title: title) }
        workbook.createdAt = context.asOf
        return workbook
    }

    func form(member: Int, deeds: DraftedText, rank: Int, title: String) -> PaperForm {
        let person = data.members[member]
        let unionName = data.unions[person.union].name
        var form = PaperForm.approval(
            name: "\(unionName.replacingOccurrences(of: "分工会", with: ""))-\(person.name)", title: title,
            sender: "推荐单位（盖章）：\(unionName)", date: context.paperDate)
        let score = nomination.scores[member]
        var fields: [PaperForm.Field] = [
            .init(label: "姓名", value: person.name), .init(label: "性别", value: person.gender ?? ""),
            .init(label: "工号", value: person.staffID), .init(label: "工会职务", value: person.role ?? "会员"),
            .init(label: "二级工会", value: unionName, wide: true),
            .init(label: "入会时间", value: person.joinDate.map { "\($0.year)年\($0.month)月" } ?? ""),
        ]
        for column in Schemas.memberDisplayColumns where data.rosterValues[column] != nil && data.rosterColumnsPresent.contains(column) {
            fields.append(.init(label: column, value: data.rosterValues[column]?[member] ?? ""))
        }
        fields += [
            .init(label: "积分", value: "\(score.points)", startsRow: true), .init(label: "单位内排名", value: "第\(rank)名"),
            .init(label: "组织活动", value: "\(score.organized)次"), .init(label: "参与活动", value: "\(score.participated)次"),
        ]
        var row = form.placeFields(fields, from: 2)
        row = form.placeText("主要事迹", deeds, at: row)
        row = form.placeOpinions(["二级工会\n意见", "党组织\n意见", "校工会\n意见"], from: row)
        form.placeNote(
            "注：本表由 UnionEval 根据\(criteria.yearText)活动台账和会员名册生成；“主要事迹”每一句所依据的台账行见“事迹依据”表，请核对、修改后打印，一式两份。",
            at: row)
        return form
    }
}
