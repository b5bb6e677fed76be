/// The 主要工作成绩 of a recommended unit's 申报审批表, drafted from its own counted ledger records: the
/// unit (unions.csv, roster), the year in numbers, then its awards and its activities by level, one clause
/// per ledger row, as many as fit (`award.papers.achievements_length`).
enum UnitAchievements {
    static func draft(union: Int, run: EvaluationRun, criteria: Criteria) -> DraftedText {
        typealias Clause = DraftedText.Clause
        let data = run.data
        let unit = run.evaluation.units[union]
        let standing = run.ranking.standings[union]
        let records = data.records.indices.filter { index in
            data.records[index].union == union && run.evaluation.recordCredits[index].contains { $0.counted }
        }
        let awards = records.filter { data.records[$0].hasOutcome }
        let chair = data.unions[union].chair.map { "，分工会主席\($0)" } ?? ""
        var summary = "\(criteria.yearText)计入评分的活动\(records.count)项"
        if !awards.isEmpty { summary += "，其中有成果（获奖、采纳等）的\(awards.count)项" }
        summary += "；按《\(criteria.title)》评分标准得\(unit.total)分，在\(run.ranking.groupLabel(of: union, in: criteria))\(run.ranking.peers(of: union))个参评单位中排名第\(standing.rank)"
        if let grade = run.grading.names(of: union, in: criteria)[.grade] { summary += "，考核等次为\(grade)" }
        let opening: [[Clause]] = [
            [Clause(text: "\(data.unions[union].name)现有会员\(unit.memberCount)人\(chair)", sources: [.roster])],
            [Clause(text: summary, sources: records.map(DraftedText.Source.record))],
        ]
        func date(_ record: ActivityRecord) -> String { DraftedText.date(record, year: criteria.year) }
        let details = [
            DraftedText.Details(lead: "获奖和成果：", clauses: DraftedText.byLevel(awards, in: data).map { index in
                let record = data.records[index]
                let prize = record.outcome.map { "\(criteria.levelName(record.level))\(criteria.outcomes[$0])" } ?? ""
                return Clause(text: "\(data.name(of: record))获\(prize)（\(date(record))）", sources: [.record(index)], readingOrder: Int(record.day))
            }),
            DraftedText.Details(lead: "开展的主要活动有：", clauses: DraftedText.byLevel(records.filter { !data.records[$0].hasOutcome }, in: data).map { index in
                let record = data.records[index]
                let people = record.declaredParticipants.map { "，\($0)人参加" } ?? ""
                return Clause(
                    text: "\(date(record))\(data.name(of: record))（\(criteria.categories[record.category].name)，\(criteria.levelName(record.level))\(people)）",
                    sources: [.record(index)], readingOrder: Int(record.day))
            }),
        ]
        return DraftedText(opening: opening, details: details, length: criteria.award.achievementsLength)
    }
}
