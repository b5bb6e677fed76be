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
        let categoryCount = max(criteria.categories.count, 1)
        var scores = (0..<memberCount).map { PersonScore(member: $0) }
        var points = [Int](repeating: 0, count: memberCount)
        var categoryTenths = [Int](repeating: 0, count: memberCount * categoryCount)
        var participationTenths = [Int](repeating: 0, count: memberCount)
        var bestAward: [AwardKey: (record: Int, points: Points)] = [:]
        var traced: [PersonContribution] = []
        // Rules per category as flat tenths, looked up per contribution without hashing.
        let organizeTenths = criteria.categories.indices.map { rules.organize($0).tenths }
        let participateTenths = criteria.categories.indices.map { rules.participate($0).tenths }
        let capTenths = criteria.categories.indices.map { rules.categoryPoints[$0]?.cap?.tenths ?? Int.max }
        let participationCap = rules.participationCap?.tenths ?? Int.max

        /// Grants `wanted` tenths within the category cap and, for taking part, the participation cap.
        func grant(_ wanted: Int, member: Int, category: Int, isParticipation: Bool) -> (Int, capped: Int?) {
            let slot = member * categoryCount + category
            var granted = min(wanted, max(capTenths[category] - categoryTenths[slot], 0))
            var capped: Int? = granted < wanted ? 1 : nil
            if isParticipation {
                let room = max(participationCap - participationTenths[member], 0)
                if granted > room {
                    granted = room
                    capped = 2
                }
                participationTenths[member] += granted
            }
            categoryTenths[slot] += granted
            return (granted, capped)
        }

        func note(_ capped: Int?, category: Int) -> String {
            switch capped {
            case 1: return "已达“\(criteria.categories[category].name)”类上限 \(rules.categoryPoints[category]!.cap!) 分"
            case 2: return "参与得分已达上限 \(rules.participationCap!) 分"
            default: return ""
            }
        }

        for index in order ?? ActivityRecord.scoringOrder(of: data.records) {
            let category = data.records[index].category
            let organizers = data.records[index].organizers
            for member32 in organizers {
                let member = Int(member32)
                scores[member].organized += 1
                scores[member].organizedRecords.append(index)
                let (granted, capped) = grant(organizeTenths[category], member: member, category: category, isParticipation: false)
                points[member] += granted
                if member == trace {
                    traced.append(PersonContribution(record: index, role: .organizer, points: Points(tenths: granted), note: note(capped, category: category)))
                }
            }
            // Organiser lists are short: a linear check beats building a set per record.
            for member32 in data.records[index].participants where !organizers.contains(member32) {
                let member = Int(member32)
                scores[member].participated += 1
                let (granted, capped) = grant(participateTenths[category], member: member, category: category, isParticipation: true)
                points[member] += granted
                if member == trace {
                    traced.append(PersonContribution(record: index, role: .participant, points: Points(tenths: granted), note: note(capped, category: category)))
                }
            }
            let record = data.records[index]
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
        for member in scores.indices { scores[member].points = Points(tenths: points[member]) }
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
}
