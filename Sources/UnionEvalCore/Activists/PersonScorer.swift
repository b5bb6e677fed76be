/// Per-person points from the ledgers: organising and taking part, per-category caps, a cap on all
/// participation points, and award points counted once per achievement at its best level.
/// Aggregates live in flat arrays indexed by member, so a large roster costs no per-person objects.
public struct PersonScorer: Sendable {
    let data: YearData
    let criteria: Criteria
    let rules: ActivistRules

    public init(data: YearData, criteria: Criteria, rules: ActivistRules) {
        self.data = data
        self.criteria = criteria
        self.rules = rules
    }

    /// Each member's running totals are one row of a flat `Int32` array: points, times taken part,
    /// participation tenths, times organised, then the tenths used per capped category. Rows are a
    /// power of two wide, so a record's visit to a member touches one cache line, where a million
    /// records visit a large roster in no particular order.
    private struct TallyLayout {
        static let points = 0
        static let participated = 1
        static let participationTenths = 2
        static let organized = 3
        static let firstCapped = 4

        /// Per category, its column among the capped categories, or -1.
        let cappedColumn: [Int]
        let capTenths: [Int32]
        let participationCap: Int32
        let stride: Int

        init(capTenths: [Int?], participationCap: Int?) {
            var columns: [Int] = []
            var count = 0
            for cap in capTenths {
                columns.append(cap == nil ? -1 : count)
                if cap != nil { count += 1 }
            }
            cappedColumn = columns
            self.capTenths = capTenths.map { Int32(clamping: $0 ?? Int.max) }
            self.participationCap = Int32(clamping: participationCap ?? Int.max)
            var stride = 4
            while stride < Self.firstCapped + count { stride *= 2 }
            self.stride = stride
        }

        /// Grants `wanted` tenths to a member's row within the category cap and, for taking part, the
        /// participation cap. Returns the tenths granted and which cap cut them (1: category, 2: participation).
        func grant(_ wanted: Int32, to row: UnsafeMutablePointer<Int32>, category: Int, isParticipation: Bool) -> (Int32, capped: Int?) {
            var granted = wanted
            var capped: Int? = nil
            let column = cappedColumn[category]
            if column >= 0 {
                granted = min(wanted, max(capTenths[category] - row[Self.firstCapped + column], 0))
                if granted < wanted { capped = 1 }
            }
            if isParticipation {
                let room = max(participationCap - row[Self.participationTenths], 0)
                if granted > room {
                    granted = room
                    capped = 2
                }
                row[Self.participationTenths] += granted
            }
            if column >= 0 { row[Self.firstCapped + column] += granted }
            row[Self.points] += granted
            return (granted, capped)
        }
    }

    /// The most notable record a member organised so far, with what the comparison needs, so finding
    /// it does not fetch the earlier record from a million.
    private struct NotableOrganized {
        var record: Int32 = -1
        var day: Int32 = 0
        var level: ActivityLevel = .college

        /// Highest level first, then earliest; on a tie the record met first in scoring order stays.
        func isOutranked(by record: ActivityRecord) -> Bool {
            guard self.record >= 0 else { return true }
            return (level, record.day) < (record.level, day)
        }
    }

    /// How many records ahead the walk reads the rows it will update.
    private static let lookAhead = 8

    /// Scores every member. With `trace`, also returns that one member's record-by-record contributions.
    /// Records are taken in `YearData.records` order, which is the scoring order.
    public func score(trace: Int? = nil) -> (scores: [PersonScore], trace: [PersonContribution]) {
        let memberCount = data.members.count
        // Rules per category as flat tenths, looked up per contribution without hashing.
        let organizeTenths = criteria.categories.indices.map { Int32(clamping: rules.organize($0).tenths) }
        let participateTenths = criteria.categories.indices.map { Int32(clamping: rules.participate($0).tenths) }
        let layout = TallyLayout(
            capTenths: criteria.categories.indices.map { rules.categoryPoints[$0]?.cap?.tenths },
            participationCap: rules.participationCap?.tenths)
        // At least one element, so the buffer has an address even with an empty roster.
        // One spare row at the end: the look-ahead below stores what it read there.
        var tallies = [Int32](repeating: 0, count: (memberCount + 1) * layout.stride)
        var notable = [NotableOrganized](repeating: NotableOrganized(), count: memberCount)
        /// Every award a person may get, keyed by member and activity name packed into one integer; the
        /// best per key is chosen after the walk, by sorting, which holds a million candidates in a
        /// fraction of a dictionary's memory.
        var awardCandidates: [(key: UInt64, record: Int32, tenths: Int32)] = []
        /// The traced member's best so far, to explain each award as the walk meets it.
        var tracedBest: [UInt64: (record: Int, points: Points)] = [:]
        var traced: [PersonContribution] = []

        // Through buffer pointers: the walk updates tens of millions of tallies, each update otherwise
        // checking that the array is not shared.
        tallies.withUnsafeMutableBufferPointer { tallies in
            let tallies = tallies.baseAddress.unsafelyUnwrapped
            notable.withUnsafeMutableBufferPointer { notable in
                for index in data.records.indices {
                    // Read the rows a record a few ahead will update: their cache misses then overlap
                    // this record's work instead of stalling it. The sum is stored so the reads stay.
                    if index + Self.lookAhead < data.records.count {
                        var touched: Int32 = 0
                        for member in data.people(of: data.records[index + Self.lookAhead]) {
                            touched &+= tallies[Int(member) * layout.stride]
                        }
                        tallies[memberCount * layout.stride] = touched
                    }
                    let record = data.records[index]
                    let category = record.category
                    let organizers = data.organizers(of: record)
                    for member32 in organizers {
                        let member = Int(member32)
                        let row = tallies + member * layout.stride
                        row[TallyLayout.organized] += 1
                        if notable[member].isOutranked(by: record) {
                            notable[member] = NotableOrganized(record: Int32(index), day: record.day, level: record.level)
                        }
                        let (granted, capped) = layout.grant(organizeTenths[category], to: row, category: category, isParticipation: false)
                        if member == trace {
                            traced.append(
                                PersonContribution(record: index, role: .organizer, points: Points(tenths: Int(granted)), note: note(capped, category: category)))
                        }
                    }
                    // Organiser lists are short: a linear check beats building a set per record.
                    for member32 in data.participants(of: record) where !organizers.contains(member32) {
                        let member = Int(member32)
                        let row = tallies + member * layout.stride
                        row[TallyLayout.participated] += 1
                        let (granted, capped) = layout.grant(participateTenths[category], to: row, category: category, isParticipation: true)
                        if member == trace {
                            traced.append(
                                PersonContribution(record: index, role: .participant, points: Points(tenths: Int(granted)), note: note(capped, category: category)))
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
                        awardCandidates.append((key, Int32(index), Int32(clamping: points.tenths)))
                        guard member == trace else { continue }
                        if let current = tracedBest[key], current.points >= points {
                            traced.append(PersonContribution(record: index, role: .award, points: .zero, note: "同一成果已按更高级别计分"))
                            continue
                        }
                        if let current = tracedBest[key] {
                            traced.append(PersonContribution(record: current.record, role: .award, points: -current.points, note: "改按更高级别计分"))
                        }
                        tracedBest[key] = (index, points)
                        traced.append(PersonContribution(record: index, role: .award, points: points, note: "获奖加分"))
                    }
                }
            }
        }
        var scores = (0..<memberCount).map { member in
            var score = PersonScore(member: member)
            let row = member * layout.stride
            score.points = Points(tenths: Int(tallies[row + TallyLayout.points]))
            score.organized = Int(tallies[row + TallyLayout.organized])
            score.participated = Int(tallies[row + TallyLayout.participated])
            score.mostNotableOrganized = notable[member].record >= 0 ? Int(notable[member].record) : nil
            return score
        }
        // Per achievement the most points; on a tie the record met first (records are in scoring order),
        // exactly as a walk that replaces only on more points would keep.
        awardCandidates.sort { ($0.key, -$0.tenths, $0.record) < ($1.key, -$1.tenths, $1.record) }
        var winners: [(member: Int, record: Int, points: Points)] = []
        for (position, candidate) in awardCandidates.enumerated() where position == 0 || awardCandidates[position - 1].key != candidate.key {
            winners.append((Int(candidate.key >> 32), Int(candidate.record), Points(tenths: Int(candidate.tenths))))
        }
        awardCandidates = []
        winners.sort { ($0.member, $0.record) < ($1.member, $1.record) }
        for winner in winners {
            let record = data.records[winner.record]
            scores[winner.member].points += winner.points
            scores[winner.member].awards.append(
                PersonScore.Award(activity: data.name(of: record), level: record.level, outcome: record.outcome!, points: winner.points))
        }
        return (scores, traced)
    }

    private func note(_ capped: Int?, category: Int) -> String {
        switch capped {
        case 1: return "已达“\(criteria.categories[category].name)”类上限 \(rules.categoryPoints[category]!.cap!) 分"
        case 2: return "参与得分已达上限 \(rules.participationCap!) 分"
        default: return ""
        }
    }
}
