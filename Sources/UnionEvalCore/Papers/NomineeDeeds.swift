/// The 主要事迹 of a nominee's 审批表, drafted from that person's own ledger records only: who they are
/// (the roster), what they did in the year in numbers, then what they organised, the awards, and what they
/// took part in, one clause per ledger row, as many as fit (`activists.papers.deeds_length`).
enum NomineeDeeds {
    static func draft(
        member: Int, data: YearData, criteria: Criteria, score: PersonScore, rankInUnit: Int, records: NomineeRecords,
        length: ClosedRange<Int>
    ) -> DraftedText {
        typealias Clause = DraftedText.Clause
        let person = data.members[member]
        let role = person.role.flatMap { $0 == "会员" ? nil : "，任分工会\($0)" } ?? ""
        let counts = [(records.organized.count, "组织活动"), (records.participated.count, "参与活动")].filter { $0.0 > 0 }
        var summary = criteria.yearText + counts.map { "\($0.1)\($0.0)次" }.joined(separator: "、")
        if !records.awards.isEmpty { summary += "，所组织或参与的活动获奖\(records.awards.count)项" }
        summary += "，按评分标准积\(score.points)分，在本单位排名第\(rankInUnit)"
        let opening: [[Clause]] = [
            [Clause(text: "\(person.name)同志是\(data.unions[person.union].name)会员\(role)", sources: [.roster])],
            [Clause(text: summary, sources: (records.organized + records.participated).sorted().map(DraftedText.Source.record))],
        ]
        func date(_ record: ActivityRecord) -> String { DraftedText.date(record, year: criteria.year) }
        func award(_ record: ActivityRecord) -> String {
            record.outcome.map { "获\(criteria.levelName(record.level))\(criteria.outcomes[$0])" } ?? ""
        }
        let organizedAwards = Set(records.awards).intersection(records.organized)
        let details = [
            DraftedText.Details(lead: "组织开展的活动有：", clauses: DraftedText.byLevel(records.organized, in: data).map { index in
                let record = data.records[index]
                let prize = organizedAwards.contains(index) ? "，\(award(record))" : ""
                return Clause(
                    text: "\(date(record))\(data.name(of: record))（\(criteria.levelName(record.level))\(prize)）", sources: [.record(index)],
                    readingOrder: Int(record.day))
            }),
            DraftedText.Details(
                lead: "获奖情况：",
                clauses: DraftedText.byLevel(records.awards.filter { !organizedAwards.contains($0) }, in: data).map { index in
                    let record = data.records[index]
                    return Clause(text: "\(data.name(of: record))\(award(record))（\(date(record))）", sources: [.record(index)], readingOrder: Int(record.day))
                }),
            DraftedText.Details(lead: "参与的活动有：", clauses: DraftedText.byLevel(records.participated, in: data).map { index in
                let record = data.records[index]
                return Clause(text: "\(date(record))\(data.name(of: record))", sources: [.record(index)], readingOrder: Int(record.day))
            }),
        ]
        return DraftedText(opening: opening, details: details, length: length)
    }
}
