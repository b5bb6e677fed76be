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
        var points = [Int](repeating: 0, count: memberCount)
        var organized = [Int32](repeating: 0, count: memberCount)
        var participated = [Int32](repeating: 0, count: memberCount)
        var mostNotable = [Int32](repeating: -1, count: memberCount)
        var categoryTenths = [Int](repeating: 0, count: memberCount * categoryCount)
        var participationTenths = [Int](repeating: 0, count: memberCount)
        /// Keyed by member and activity name, packed into one integer.
        var bestAward: [UInt64: (record: Int, points: Points)] = [:]
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

        /// Highest level first, then earliest; on a tie the record met first in scoring order stays.
        func isMoreNotable(_ index: Int, than current: Int32) -> Bool {
            guard current >= 0 else { return true }
            let a = data.records[index]
            let b = data.records[Int(current)]
            return (b.level, a.day) < (a.level, b.day)
        }

        for index in order ?? data.scoringOrder() {
            let record = data.records[index]
            let category = record.category
            let organizers = data.organizers(of: record)
            for member32 in organizers {
                let member = Int(member32)
                organized[member] += 1
                if isMoreNotable(index, than: mostNotable[member]) { mostNotable[member] = Int32(index) }
                let (granted, capped) = grant(organizeTenths[category], member: member, category: category, isParticipation: false)
                points[member] += granted
                if member == trace {
                    traced.append(PersonContribution(record: index, role: .organizer, points: Points(tenths: granted), note: note(capped, category: category)))
                }
            }
            // Organiser lists are short: a linear check beats building a set per record.
            for member32 in data.participants(of: record) where !organizers.contains(member32) {
                let member = Int(member32)
                participated[member] += 1
                let (granted, capped) = grant(participateTenths[category], member: member, category: category, isParticipation: true)
                points[member] += granted
                if member == trace {
                    traced.append(PersonContribution(record: index, role: .participant, points: Points(tenths: granted), note: note(capped, category: category)))
                }
            }
            guard let outcome = record.outcome, let points = rules.outcomePoints[record.level]?[outcome], points > .zero else {
                continue
            }
            var people = Array(data.people(of: record))
            people.sort()
            for (position, member32) in people.enumerated() where position == 0 || people[position - 1] != member32 {
                let member = Int(member32)
                let key = UInt64(UInt32(member32)) << 32 | UInt64(UInt32(record.nameID))
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
        var scores = (0..<memberCount).map { member in
            var score = PersonScore(member: member)
            score.points = Points(tenths: points[member])
            score.organized = Int(organized[member])
            score.participated = Int(participated[member])
            score.mostNotableOrganized = mostNotable[member] >= 0 ? Int(mostNotable[member]) : nil
            return score
        }
        for (key, best) in bestAward.sorted(by: { ($0.key >> 32, $0.value.record) < ($1.key >> 32, $1.value.record) }) {
            let member = Int(key >> 32)
            let record = data.records[best.record]
            scores[member].points += best.points
            scores[member].awards.append(
                PersonScore.Award(activity: data.name(of: record), level: record.level, outcome: record.outcome!, points: best.points))
        }
        return (scores, traced)
    }
}
