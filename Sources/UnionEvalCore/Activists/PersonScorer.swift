/// Per-person points from the ledgers: organising and taking part, per-category caps, a cap on all
/// participation points, and award points counted once per achievement at its best level. Totals
/// live in `PersonTallies`; awards are chosen by `AwardSelection`, which also explains the choice
/// for `unioneval explain --person`.
public struct PersonScorer: Sendable {
    let data: YearData
    let criteria: Criteria
    let rules: ActivistRules

    public init(data: YearData, criteria: Criteria, rules: ActivistRules) {
        self.data = data
        self.criteria = criteria
        self.rules = rules
    }

    /// How notable an organised record is, as one positive number: highest level first, then earliest
    /// date. Dates run from 1900 to 2999 (`CalendarDate.parse`), well within the 22 bits given to them.
    /// Kept in the member's row, so comparing costs no fetch of the earlier record from a million.
    static func notableRank(level: ActivityLevel, day: Int32) -> Int32 {
        let dayBits: Int32 = 1 << 22 - 1
        let lateness = min(max(day + 1 << 20, 0), dayBits)
        return Int32(level.rawValue) << 22 | (dayBits - lateness)
    }

    /// How many records ahead the walk reads the rows it will update: their cache misses then overlap
    /// the current record's work instead of stalling it.
    private static let lookAhead = 8

    /// Scores every member. With `trace`, also returns that one member's record-by-record contributions,
    /// in record order; they add up to the member's points.
    public func score(trace: Int? = nil) -> (scores: [PersonScore], trace: [PersonContribution]) {
        score(members: 0..<data.members.count, trace: trace)
    }

    /// The roster in two halves that can be scored side by side (`score(members:trace:)`): a member's
    /// points depend only on that member's own records, so each half walks every record and credits
    /// only its own members, in half the memory.
    var memberHalves: [Range<Int>] {
        let count = data.members.count
        return [0..<count / 2, count / 2..<count].filter { !$0.isEmpty }
    }

    /// Scores the members of `members` (the scores come back in that order).
    func score(members: Range<Int>, trace: Int?) -> (scores: [PersonScore], trace: [PersonContribution]) {
        let layout = PersonTallies.Layout(
            capTenths: criteria.categories.indices.map { rules.categoryPoints[$0]?.cap?.tenths },
            participationCap: rules.participationCap?.tenths)
        var tallies = PersonTallies(members: members, layout: layout)
        // Room for every award candidate from the start: growing a million-entry array would hold it
        // twice for a moment, at the time of a run when memory is fullest.
        var awards = AwardSelection(reservingCapacity: data.records.reduce(0) { total, record in
            guard awardTenths(record) > 0 else { return total }
            return total + data.people(of: record).count { members.contains(Int($0)) }
        })
        var traced: [PersonContribution] = []
        tallies.withRows { rows in walk(rows, layout: layout, trace: trace, awards: &awards, traced: &traced) }

        var scores = members.map { member in
            let totals = tallies.totals(of: member)
            var score = PersonScore(member: member)
            score.points = Points(tenths: Int(totals.points))
            score.organized = Int(totals.organized)
            score.participated = Int(totals.participated)
            score.mostNotableOrganized = totals.notableRecord > 0 ? Int(totals.notableRecord) - 1 : nil
            return score
        }
        let (winners, tracedAwards) = awards.select(trace: trace)
        var start = 0
        while start < winners.count {
            let member = winners[start].member
            var end = start + 1
            while end < winners.count && winners[end].member == member { end += 1 }
            // One array of the right size per member: a million awards appended one by one would
            // grow a hundred thousand arrays step by step.
            let position = member - members.lowerBound
            scores[position].awards = winners[start..<end].map { winner in
                let record = data.records[Int(winner.record)]
                return PersonScore.Award(
                    activity: data.name(of: record), level: record.level, outcome: record.outcome!, points: Points(tenths: Int(winner.tenths)))
            }
            scores[position].points += scores[position].awards.reduce(Points.zero) { $0 + $1.points }
            start = end
        }
        traced += tracedAwards.map { candidate, won in
            PersonContribution(
                record: Int(candidate.record), role: .award, points: won ? Points(tenths: Int(candidate.tenths)) : .zero,
                note: won ? "获奖加分" : "同一成果已按更高级别计分")
        }
        // By record; within one record organising or taking part comes before the award.
        let ordered = traced.enumerated().sorted { ($0.element.record, $0.offset) < ($1.element.record, $1.offset) }.map(\.element)
        return (scores, ordered)
    }

    /// The award points a record's outcome is worth to each of its people; 0 when none.
    private func awardTenths(_ record: ActivityRecord) -> Int32 {
        guard let outcome = record.outcome, let points = rules.outcomePoints[record.level]?[outcome] else { return 0 }
        return Int32(clamping: points.tenths)
    }

    /// Takes every record in scoring order and credits its organisers and participants.
    private func walk(
        _ rows: PersonTallies.Rows, layout: PersonTallies.Layout, trace: Int?, awards: inout AwardSelection,
        traced: inout [PersonContribution]
    ) {
        // Rules per category as flat tenths, looked up per contribution without hashing.
        let organizeTenths = criteria.categories.indices.map { Int32(clamping: rules.organize($0).tenths) }
        let participateTenths = criteria.categories.indices.map { Int32(clamping: rules.participate($0).tenths) }
        data.records.withUnsafeBufferPointer { records in
            data.memberPool.withUnsafeBufferPointer { pool in
                for index in records.indices {
                    if index + Self.lookAhead < records.count {
                        let ahead = records[index + Self.lookAhead]
                        var touched: Int32 = 0
                        for member in pool[ahead.poolStart..<ahead.poolStart + Int(ahead.organizerCount + ahead.participantCount)]
                        where rows.owns(member) {
                            touched &+= rows.prefetch(member)
                        }
                        rows.spare[0] = touched
                    }
                    let record = records[index]
                    let participantsStart = record.poolStart + Int(record.organizerCount)
                    let organizers = pool[record.poolStart..<participantsStart]
                    let participants = pool[participantsStart..<participantsStart + Int(record.participantCount)]
                    let organizing = layout.grant(organizeTenths[record.category], category: record.category)
                    let rank = Self.notableRank(level: record.level, day: record.day)
                    for member in organizers where rows.owns(member) {
                        let row = rows.row(Int(member))
                        row.countOrganized()
                        // Strictly higher: on a tie the record met first in scoring order stays.
                        if rank > row.notableRank { row.noteNotable(record: index, rank: rank) }
                        let (granted, cappedBy) = row.apply(organizing, participationCap: rows.participationCap, isParticipation: false)
                        if Int(member) == trace { traced.append(contribution(index, .organizer, granted, cappedBy)) }
                    }
                    let participating = layout.grant(participateTenths[record.category], category: record.category)
                    // Organiser lists are short: a linear check beats building a set per record.
                    for member in participants where rows.owns(member) && !organizers.contains(member) {
                        let row = rows.row(Int(member))
                        row.countParticipated()
                        let (granted, cappedBy) = row.apply(participating, participationCap: rows.participationCap, isParticipation: true)
                        if Int(member) == trace { traced.append(contribution(index, .participant, granted, cappedBy)) }
                    }
                    let tenths = awardTenths(record)
                    guard tenths > 0 else { continue }
                    // Each person once, whether organiser, participant or both.
                    var people = pool[record.poolStart..<participants.endIndex].filter { rows.owns($0) }
                    people.sort()
                    for (position, member) in people.enumerated() where position == 0 || people[position - 1] != member {
                        awards.add(member: member, activityName: record.nameID, record: index, tenths: tenths)
                    }
                }
            }
        }
    }

    private func contribution(_ record: Int, _ role: PersonContribution.Role, _ granted: Int32, _ cappedBy: CapReason?) -> PersonContribution {
        PersonContribution(record: record, role: role, points: Points(tenths: Int(granted)), note: note(cappedBy))
    }

    private func note(_ cappedBy: CapReason?) -> String {
        switch cappedBy {
        case .category(let category):
            return "已达“\(criteria.categories[category].name)”类上限 \(rules.categoryPoints[category]!.cap!) 分"
        case .participation:
            return "参与得分已达上限 \(rules.participationCap!) 分"
        case nil:
            return ""
        }
    }
}
