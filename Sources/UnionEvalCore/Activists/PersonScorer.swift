/// Per-person points from the ledgers: organising and taking part, per-category caps, a cap on all
/// participation points, and award points counted once per achievement at its best level.
/// Aggregates live in flat arrays indexed by member, so a large roster costs no per-person objects.
public struct PersonScorer {
    let data: YearData
    let criteria: Criteria
    let rules: ActivistRules

    public init(data: YearData, criteria: Criteria, rules: ActivistRules) {
        self.data = data
        self.criteria = criteria
        self.rules = rules
    }

    /// Scores every member. With `trace`, also returns that one member's record-by-record contributions.
    public func score(trace: Int? = nil, order: [Int]? = nil) -> (scores: [PersonScore], trace: [PersonContribution]) {
        let memberCount = data.members.count
        let categoryCount = criteria.categories.count
        var scores = (0..<memberCount).map { PersonScore(member: $0) }
        var categoryTenths = [Int](repeating: 0, count: memberCount * max(categoryCount, 1))
        var participationTenths = [Int](repeating: 0, count: memberCount)
        var bestAward: [AwardKey: (record: Int, points: Points)] = [:]
        var traced: [PersonContribution] = []

        for index in order ?? ActivityRecord.scoringOrder(of: data.records) {
            let record = data.records[index]
            for member in record.organizers.map(Int.init) {
                scores[member].organized += 1
                scores[member].organizedRecords.append(index)
                let (points, note) = capped(
                    rules.organize(record.category), member: member, category: record.category, isParticipation: false,
                    categoryTenths: &categoryTenths, participationTenths: &participationTenths)
                scores[member].points += points
                if member == trace { traced.append(PersonContribution(record: index, role: .organizer, points: points, note: note)) }
            }
            // Organiser lists are short: a linear check beats building a set per record.
            for member in record.participants.map(Int.init) where !record.organizers.contains(Int32(member)) {
                scores[member].participated += 1
                let (points, note) = capped(
                    rules.participate(record.category), member: member, category: record.category, isParticipation: true,
                    categoryTenths: &categoryTenths, participationTenths: &participationTenths)
                scores[member].points += points
                if member == trace { traced.append(PersonContribution(record: index, role: .participant, points: points, note: note)) }
            }
            guard let outcome = record.outcome, let points = rules.outcomePoints[record.level]?[outcome], points > .zero else {
                continue
            }
            for member in Set(record.organizers + record.participants).map(Int.init) {
                let key = AwardKey(member: member, activity: record.name)
                if let current = bestAward[key], current.points >= points {
                    if member == trace { traced.append(PersonContribution(record: index, role: .award, points: .zero, note: "同一成果已按更高级别计分")) }
                    continue
                }
                if member == trace, let current = bestAward[key] {
                    traced.append(PersonContribution(record: current.record, role: .award, points: -current.points, note: "改按更高级别计分"))
                }
                bestAward[key] = (index, points)
                if member == trace { traced.append(PersonContribution(record: index, role: .award, points: points, note: "获奖加分")) }
            }
        }
        for (key, best) in bestAward.sorted(by: { ($0.key.member, $0.value.record) < ($1.key.member, $1.value.record) }) {
            let record = data.records[best.record]
            scores[key.member].points += best.points
            scores[key.member].awards.append(
                PersonScore.Award(activity: record.name, level: record.level, outcome: record.outcome!, points: best.points))
        }
        for member in scores.indices where scores[member].organizedRecords.count > 1 {
            // Highest level first, then earliest: the 推荐理由 names the most notable activity.
            scores[member].organizedRecords.sort { lhs, rhs in
                let a = data.records[lhs]
                let b = data.records[rhs]
                return (b.level, a.date) < (a.level, b.date)
            }
        }
        return (scores, traced)
    }

    private struct AwardKey: Hashable {
        var member: Int
        var activity: String
    }

    /// Applies the category cap and, for participation, the overall participation cap.
    private func capped(
        _ points: Points, member: Int, category: Int, isParticipation: Bool, categoryTenths: inout [Int],
        participationTenths: inout [Int]
    ) -> (Points, String) {
        var granted = points
        var note = ""
        let slot = member * criteria.categories.count + category
        if let cap = rules.categoryPoints[category]?.cap {
            let room = max(cap.tenths - categoryTenths[slot], 0)
            if granted.tenths > room {
                granted = Points(tenths: room)
                note = "已达“\(criteria.categories[category].name)”类上限 \(cap) 分"
            }
        }
        if isParticipation, let cap = rules.participationCap {
            let room = max(cap.tenths - participationTenths[member], 0)
            if granted.tenths > room {
                granted = Points(tenths: room)
                note = "参与得分已达上限 \(cap) 分"
            }
            participationTenths[member] += granted.tenths
        }
        categoryTenths[slot] += granted.tenths
        return (granted, note)
    }
}
