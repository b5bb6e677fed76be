/// 表彰决定（草稿）: the decision that awards the final lists, with the lists as attachments — units in
/// the 公示's order (`award.publicity.order`), people by unit in unions.csv order, names only. The
/// opening and closing come from `award.papers.decision` (issuer, purpose, closing), with Chinese
/// defaults; the sentence that awards is made from the lists and their counts.
public struct AwardDecisionDraft {
    public static let fileName = "表彰决定（草稿）.docx"

    let data: YearData
    let criteria: Criteria
    let ranking: Ranking
    let nomination: ActivistNomination?
    let context: RunContext

    public init(data: YearData, criteria: Criteria, ranking: Ranking, nomination: ActivistNomination?, context: RunContext) {
        self.data = data
        self.criteria = criteria
        self.ranking = ranking
        self.nomination = nomination
        self.context = context
    }

    static let unitTitle = "先进基层工会"

    /// The recommended units in the order the 公示 lists them: by rank, or in unions.csv's order.
    static func recommended(_ ranking: Ranking, order: AwardRule.NoticeOrder) -> [Int] {
        let recommended = ranking.order.filter { ranking.standings[$0].decision == .recommended }
        return order == .unit ? recommended.sorted() : recommended
    }

    var units: [Int] { Self.recommended(ranking, order: criteria.award.noticeOrder) }

    public var title: String {
        let people = nomination.map { "和\($0.rules.title)" } ?? ""
        return "关于表彰\(criteria.yearText)\(Self.unitTitle)\(people)的决定"
    }

    public func document() -> WordDocument {
        let text = criteria.award.decisionText
        let units = self.units
        let people = nomination?.nominees ?? []
        var grants: [String] = []
        if let first = units.first {
            grants.append("授予\(data.unions[first].name)\(units.count > 1 ? "等\(units.count)个单位" : "")“\(Self.unitTitle)”称号")
        }
        if let nomination, let first = people.first {
            grants.append("授予\(data.members[first].name)\(people.count > 1 ? "等\(people.count)名同志" : "同志")“\(nomination.rules.title)”称号")
        }
        let decided = grants.isEmpty ? "本年度无表彰对象。" : "决定\(grants.joined(separator: "，"))。"
        let basis = text.basis ?? DecisionText.basis(from: criteria.basis)
        var paragraphs: [WordDocument.Paragraph] = [
            .title(title), .plain("各二级工会："),
            .body("\(text.purpose)根据\(basis)，按照《\(criteria.title)》评分标准，经各二级工会申报、校工会评审、公示，\(decided)"),
            .body(text.closing), .plain(""),
        ]
        var attachments: [(title: String, content: [WordDocument.Paragraph])] = [
            ("\(criteria.yearText)\(Self.unitTitle)名单", unitLines(units).map { .plain($0) })
        ]
        if let nomination { attachments.append(("\(criteria.yearText)\(nomination.rules.title)名单", peopleParagraphs(people))) }
        // 附件：1. …, the next ones aligned under the first.
        for (position, attachment) in attachments.enumerated() {
            paragraphs.append(.plain((position == 0 ? "附件：" : "　　　") + "\(position + 1). \(attachment.title)"))
        }
        paragraphs += [.plain(""), .right(text.issuer), .right(context.paperDate)]
        for (position, attachment) in attachments.enumerated() {
            paragraphs.append(.pageBreak)
            paragraphs.append(.plain("附件\(position + 1)"))
            paragraphs.append(.heading(attachment.title))
            paragraphs += attachment.content.isEmpty ? [.body("（无）")] : attachment.content
        }
        var document = WordDocument(fileName: Self.fileName, title: title, paragraphs: paragraphs)
        document.createdAt = context.asOf
        return document
    }

    /// "1. 管理学院分工会", one per line.
    func unitLines(_ units: [Int]) -> [String] {
        units.enumerated().map { "\($0.offset + 1). \(data.unions[$0.element].name)" }
    }

    /// Per unit in unions.csv order, "管理学院分工会（10人）" and its names in a grid, five to a row.
    func peopleParagraphs(_ people: [Int]) -> [WordDocument.Paragraph] {
        let byUnit = Dictionary(grouping: people) { data.members[$0].union }
        return data.unions.indices.flatMap { union -> [WordDocument.Paragraph] in
            guard let members = byUnit[union] else { return [] }
            return [.plain("\(data.unions[union].name)（\(members.count)人）"), .names(members.map { data.members[$0].name }, columns: 5)]
        }
    }
}
