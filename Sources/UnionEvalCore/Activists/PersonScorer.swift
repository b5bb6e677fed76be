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
    /// participation tenths, times organised, the most notable record organised so far (index + 1, 0
    /// for none) and its rank, then the tenths used per capped category. Rows are a power of two wide,
    /// so a record's visit to a member touches one cache line, where a million records visit a large
    /// roster in no particular order.
    private struct TallyLayout {
        static let points = 0
        static let participated = 1
        static let participationTenths = 2
        static let organized = 3
        static let notableRecord = 4
        static let notableRank = 5
        static let firstCapped = 6

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
            var stride = 8
            while stride < Self.firstCapped + count { stride *= 2 }
            self.stride = stride
        }

        /// What a record grants each person, worked out once per record: the tenths wanted, and the
        /// row offset and limit of the category's cap (offset 0 when the category has none).
        struct Grant {
            var wanted: Int32
            var capOffset: Int
            var capTenths: Int32
        }

        func grant(_ wanted: Int32, category: Int) -> Grant {
            let column = cappedColumn[category]
            return Grant(wanted: wanted, capOffset: column >= 0 ? Self.firstCapped + column : 0, capTenths: capTenths[category])
        }

        /// Grants tenths to a member's row within the category cap and, for taking part, the
        /// participation cap. Returns the tenths granted and which cap cut them (1: category, 2: participation).
        @inline(__always)
        func apply(_ grant: Grant, to row: UnsafeMutablePointer<Int32>, isParticipation: Bool) -> (Int32, capped: Int?) {
            var granted = grant.wanted
            var capped: Int? = nil
            if grant.capOffset != 0 {
                granted = min(granted, max(grant.capTenths - row[grant.capOffset], 0))
                if granted < grant.wanted { capped = 1 }
            }
            if isParticipation {
                let room = max(participationCap - row[Self.participationTenths], 0)
                if granted > room {
                    granted = room
                    capped = 2
                }
                row[Self.participationTenths] += granted
            }
            if grant.capOffset != 0 { row[grant.capOffset] += granted }
            row[Self.points] += granted
            return (granted, capped)
        }
    }

    /// How notable an organised record is, as one positive number: highest level first, then earliest
    /// date. Dates run from 1900 to 2999 (`CalendarDate.parse`), well within the 22 bits given to them.
    /// Kept in the member's row, so comparing costs no fetch of the earlier record from a million.
    static func notableRank(level: ActivityLevel, day: Int32) -> Int32 {
        let dayBits: Int32 = 1 << 22 - 1
        let lateness = min(max(day + 1 << 20, 0), dayBits)
        return Int32(level.rawValue) << 22 | (dayBits - lateness)
    }

    /// How many records ahead the walk reads the rows it will update.
    private static let lookAhead = 8

    /// Scores every member. With `trace`, also returns that one member's record-by-record contributions.
    /// Records are taken in `YearData.records` order, which is the scoring order.
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
        // Rules per category as flat tenths, looked up per contribution without hashing.
        let organizeTenths = criteria.categories.indices.map { Int32(clamping: rules.organize($0).tenths) }
        let participateTenths = criteria.categories.indices.map { Int32(clamping: rules.participate($0).tenths) }
        let layout = TallyLayout(
            capTenths: criteria.categories.indices.map { rules.categoryPoints[$0]?.cap?.tenths },
            participationCap: rules.participationCap?.tenths)
        // At least one element, so the buffer has an address even with an empty roster.
        // One spare row at the end: the look-ahead stores what it read there.
        var tallies = [Int32](repeating: 0, count: (members.count + 1) * layout.stride)
        var found = Found()
        // Room for every award candidate from the start: growing a million-entry array would hold it
        // twice for a moment, at the time of a run when memory is fullest.
        found.awardCandidates.reserveCapacity(data.records.reduce(0) { total, record in
            guard let outcome = record.outcome, (rules.outcomePoints[record.level]?[outcome] ?? .zero) > .zero else { return total }
            return total + data.people(of: record).count { members.contains(Int($0)) }
        })
        // Through buffer pointers: the walk updates tens of millions of tallies, each update otherwise
        // checking that the array is not shared.
        tallies.withUnsafeMutableBufferPointer { tallies in
            data.records.withUnsafeBufferPointer { records in
                data.memberPool.withUnsafeBufferPointer { pool in
                    let tallies = Tallies(rows: tallies.baseAddress.unsafelyUnwrapped, members: members, layout: layout)
                    walk(
                        records, pool: pool, tallies: tallies, organizeTenths: organizeTenths,
                        participateTenths: participateTenths, trace: trace, into: &found)
                }
            }
        }
        var awardCandidates = found.awardCandidates
        found.awardCandidates = []
        let traced = found.traced
        var scores = members.map { member in
            var score = PersonScore(member: member)
            let row = (member - members.lowerBound) * layout.stride
            score.points = Points(tenths: Int(tallies[row + TallyLayout.points]))
            score.organized = Int(tallies[row + TallyLayout.organized])
            score.participated = Int(tallies[row + TallyLayout.participated])
            let notable = Int(tallies[row + TallyLayout.notableRecord])
            score.mostNotableOrganized = notable > 0 ? notable - 1 : nil
            return score
        }
        // Per achievement the most points; on a tie the record met first (records are in scoring order),
        // exactly as a walk that replaces only on more points would keep.
        awardCandidates.sort { ($0.key, -$0.tenths, $0.record) < ($1.key, -$1.tenths, $1.record) }
        // The first of each key wins; winners are moved to the front, in place.
        var winners = 0
        var previousKey: UInt64? = nil
        for position in awardCandidates.indices where awardCandidates[position].key != previousKey {
            previousKey = awardCandidates[position].key
            awardCandidates[winners] = awardCandidates[position]
            winners += 1
        }
        awardCandidates.removeLast(awardCandidates.count - winners)
        // Winners are grouped by member already (the key starts with it); each member's are listed by record.
        var start = 0
        while start < winners {
            let member = Int(awardCandidates[start].key >> 32)
            var end = start + 1
            while end < winners && Int(awardCandidates[end].key >> 32) == member { end += 1 }
            awardCandidates[start..<end].sort { $0.record < $1.record }
            // One array of the right size per member: a million awards appended one by one would
            // grow a hundred thousand arrays step by step.
            let position = member - members.lowerBound
            scores[position].awards = awardCandidates[start..<end].map { winner in
                let record = data.records[Int(winner.record)]
                return PersonScore.Award(
                    activity: data.name(of: record), level: record.level, outcome: record.outcome!, points: Points(tenths: Int(winner.tenths)))
            }
            scores[position].points += scores[position].awards.reduce(Points.zero) { $0 + $1.points }
            start = end
        }
        return (scores, traced)
    }

    /// What the walk finds besides the tallies.
    private struct Found {
        /// Every award a person may get, keyed by member and activity name packed into one integer; the
        /// best per key is chosen after the walk, by sorting, which holds a million candidates in a
        /// fraction of a dictionary's memory.
        var awardCandidates: [(key: UInt64, record: Int32, tenths: Int32)] = []
        /// The traced member's best so far, to explain each award as the walk meets it.
        var tracedBest: [UInt64: (record: Int, points: Points)] = [:]
        var traced: [PersonContribution] = []
    }

    /// The running totals the walk updates, as raw memory: one row per member of `members`, then a spare.
    private struct Tallies {
        let rows: UnsafeMutablePointer<Int32>
        let members: Range<Int>
        let layout: TallyLayout

        /// Whether the member is one of those scored here; one unsigned compare.
        @inline(__always)
        func owns(_ member: Int32) -> Bool { UInt(bitPattern: Int(member) &- members.lowerBound) < UInt(members.count) }

        func row(_ member: Int) -> UnsafeMutablePointer<Int32> { rows + (member - members.lowerBound) * layout.stride }

        var spare: UnsafeMutablePointer<Int32> { rows + members.count * layout.stride }
    }

    /// Takes every record in scoring order and credits its organisers and participants.
    private func walk(
        _ records: UnsafeBufferPointer<ActivityRecord>, pool: UnsafeBufferPointer<Int32>, tallies: Tallies,
        organizeTenths: [Int32], participateTenths: [Int32], trace: Int?, into found: inout Found
    ) {
        let layout = tallies.layout
        let spare = tallies.spare
        for index in records.indices {
            // Read the rows a record a few ahead will update: their cache misses then overlap this
            // record's work instead of stalling it. The sum is stored so the reads stay.
            if index + Self.lookAhead < records.count {
                let ahead = records[index + Self.lookAhead]
                var touched: Int32 = 0
                for member in pool[ahead.poolStart..<ahead.poolStart + Int(ahead.organizerCount + ahead.participantCount)]
                where tallies.owns(member) {
                    touched &+= tallies.row(Int(member))[0]
                }
                spare[0] = touched
            }
            let record = records[index]
            let category = record.category
            let participantsStart = record.poolStart + Int(record.organizerCount)
            let organizers = pool[record.poolStart..<participantsStart]
            let organizing = layout.grant(organizeTenths[category], category: category)
            let rank = Self.notableRank(level: record.level, day: record.day)
            for member32 in organizers where tallies.owns(member32) {
                let member = Int(member32)
                let row = tallies.row(member)
                row[TallyLayout.organized] += 1
                // Strictly higher: on a tie the record met first in scoring order stays.
                if rank > row[TallyLayout.notableRank] {
                    row[TallyLayout.notableRecord] = Int32(index) + 1
                    row[TallyLayout.notableRank] = rank
                }
                let (granted, capped) = layout.apply(organizing, to: row, isParticipation: false)
                if member == trace {
                    found.traced.append(
                        PersonContribution(
                            record: index, role: .organizer, points: Points(tenths: Int(granted)), note: note(capped, category: category)))
                }
            }
            let participating = layout.grant(participateTenths[category], category: category)
            // Organiser lists are short: a linear check beats building a set per record.
            let participants = pool[participantsStart..<participantsStart + Int(record.participantCount)]
            for member32 in participants where tallies.owns(member32) && !organizers.contains(member32) {
                let member = Int(member32)
                let row = tallies.row(member)
                row[TallyLayout.participated] += 1
                let (granted, capped) = layout.apply(participating, to: row, isParticipation: true)
                if member == trace {
                    found.traced.append(
                        PersonContribution(
                            record: index, role: .participant, points: Points(tenths: Int(granted)), note: note(capped, category: category)))
                }
            }
            guard let outcome = record.outcome, let points = rules.outcomePoints[record.level]?[outcome], points > .zero else {
                continue
            }
            var people = pool[record.poolStart..<participants.endIndex].filter { tallies.owns($0) }
            people.sort()
            for (position, member32) in people.enumerated() where position == 0 || people[position - 1] != member32 {
                let member = Int(member32)
                let key = UInt64(UInt32(member32)) << 32 | UInt64(UInt32(record.nameID))
                found.awardCandidates.append((key, Int32(index), Int32(clamping: points.tenths)))
                guard member == trace else { continue }
                if let current = found.tracedBest[key], current.points >= points {
                    found.traced.append(PersonContribution(record: index, role: .award, points: .zero, note: "同一成果已按更高级别计分"))
                    continue
                }
                if let current = found.tracedBest[key] {
                    found.traced.append(PersonContribution(record: current.record, role: .award, points: -current.points, note: "改按更高级别计分"))
                }
                found.tracedBest[key] = (index, points)
                found.traced.append(PersonContribution(record: index, role: .award, points: points, note: "获奖加分"))
            }
        }
    }

    private func note(_ capped: Int?, category: Int) -> String {
        switch capped {
        case 1: return "已达“\(criteria.categories[category].name)”类上限 \(rules.categoryPoints[category]!.cap!) 分"
        case 2: return "参与得分已达上限 \(rules.participationCap!) 分"
        default: return ""
        }
    }
}
