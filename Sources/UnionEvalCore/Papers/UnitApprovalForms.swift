/// 先进基层工会申报审批表: one A4 form per unit of the final list (in the 公示's order), with its scores,
/// rank and grade, the drafted 主要工作成绩 and boxes for the opinions, then a 成绩依据 sheet giving the
/// ledger rows behind every clause.
public struct UnitApprovalForms {
    public static let fileName = "先进基层工会申报审批表.xlsx"

    let run: EvaluationRun
    let criteria: Criteria
    let context: RunContext

    public init(run: EvaluationRun, criteria: Criteria, context: RunContext) {
        self.run = run
        self.criteria = criteria
        self.context = context
    }

    public func achievements() -> [(union: Int, text: DraftedText)] {
        AwardDecisionDraft.recommended(run.ranking, order: criteria.award.noticeOrder).map {
            ($0, UnitAchievements.draft(union: $0, run: run, criteria: criteria))
        }
    }

    public func workbook() -> ReportWorkbook {
        let data = run.data
        let drafted = achievements()
        let title = "\(criteria.yearText)\(AwardDecisionDraft.unitTitle)申报审批表"
        var trace = ReportSheet(name: "成绩依据", columns: ["二级工会", "分句", "主要工作成绩分句", "依据（文件:行）"])
        trace.title("\(title)·主要工作成绩依据", context: context)
        for (union, text) in drafted {
            for (position, clause) in text.clauses.enumerated() {
                trace.rows.append([
                    .text(data.unions[union].name), .integer(position + 1), .text(clause.text),
                    .text(DraftedText.references(clause.sources, in: data, roster: "参评单位表、会员名册")),
                ])
            }
        }
        trace.noteLines = ["每份申报审批表的“主要工作成绩”只由本单位计入评分的台账记录写成，每一分句一行，列出它所依据的台账行；记录不足的如实写短，不补写。"]
        var workbook = ReportWorkbook(fileName: Self.fileName, title: title, sheets: [trace])
        workbook.forms = drafted.map { form(union: $0.union, text: $0.text, title: title) }
        workbook.createdAt = context.asOf
        return workbook
    }

    func form(union: Int, text: DraftedText, title: String) -> PaperForm {
        let data = run.data
        let unit = run.evaluation.units[union]
        let standing = run.ranking.standings[union]
        let name = data.unions[union].name
        var form = PaperForm.approval(name: name, title: title, sender: "申报单位（盖章）：\(name)", date: context.paperDate)
        var fields: [PaperForm.Field] = [
            .init(label: "单位名称", value: name, wide: true), .init(label: "分工会主席", value: data.unions[union].chair ?? ""),
            .init(label: "会员人数", value: "\(unit.memberCount)人"),
            .init(label: "总分", value: "\(unit.total)"), .init(label: "名次", value: "\(run.ranking.groupLabel(of: union, in: criteria))第\(standing.rank)名（共\(run.ranking.peers(of: union))个单位）", wide: true),
        ]
        for (kind, value) in run.grading.names(of: union, in: criteria).sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            fields.append(.init(label: kind.label, value: value))
        }
        for (index, dimension) in criteria.dimensions.enumerated() {
            fields.append(.init(label: dimension.name, value: "\(unit.dimensionTotals[index])分"))
        }
        if unit.adjustmentBonus > .zero { fields.append(.init(label: "校工会加分", value: "\(unit.adjustmentBonus)分")) }
        if unit.deduction > .zero { fields.append(.init(label: "校工会扣分", value: "\(unit.deduction)分")) }
        var row = form.placeFields(fields, from: 2)
        row = form.placeText("主要工作\n成绩", text, at: row)
        row = form.placeOpinions(["所在单位\n党组织意见", "校工会\n审批意见"], from: row)
        form.placeNote(
            "注：本表由 UnionEval 根据\(criteria.yearText)评选结果和活动台账生成；“主要工作成绩”每一句所依据的台账行见“成绩依据”表，请核对、修改后打印。",
            at: row)
        return form
    }
}
