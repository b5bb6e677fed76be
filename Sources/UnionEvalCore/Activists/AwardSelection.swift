/// The awards people may get from the records they organised or took part in, and the choice of one
/// per person and achievement: the one worth most, and on equal points the record met first in scoring
/// order. Kept as a flat list keyed by member and activity name packed into one integer, chosen by
/// sorting, which holds a million candidates in a fraction of a dictionary's memory.
struct AwardSelection {
    struct Candidate {
        /// Member in the high half, activity name in the low half.
        var key: UInt64
        var record: Int32
        var tenths: Int32

        var member: Int { Int(key >> 32) }
    }

    private(set) var candidates: [Candidate] = []

    init(reservingCapacity capacity: Int) {
        candidates.reserveCapacity(capacity)
    }

    mutating func add(member: Int32, activityName: Int32, record: Int, tenths: Int32) {
        candidates.append(Candidate(key: UInt64(UInt32(member)) << 32 | UInt64(UInt32(activityName)), record: Int32(record), tenths: tenths))
    }

    /// Every member's winning awards, grouped by member and listed by record. With `trace`, also that
    /// member's candidates in record order, each with whether it won: the same choice, explained.
    mutating func select(trace: Int?) -> (winners: [Candidate], traced: [(candidate: Candidate, won: Bool)]) {
        candidates.sort { ($0.key, -$0.tenths, $0.record) < ($1.key, -$1.tenths, $1.record) }
        var traced: [(candidate: Candidate, won: Bool)] = []
        // The first of each key wins; winners are moved to the front, in place.
        var winners = 0
        var previousKey: UInt64? = nil
        for position in candidates.indices {
            let candidate = candidates[position]
            let won = candidate.key != previousKey
            if candidate.member == trace { traced.append((candidate, won)) }
            guard won else { continue }
            previousKey = candidate.key
            candidates[winners] = candidate
            winners += 1
        }
        candidates.removeLast(candidates.count - winners)
        // Grouped by member already (the key starts with it); each member's listed by record.
        var start = 0
        while start < candidates.count {
            var end = start + 1
            while end < candidates.count && candidates[end].member == candidates[start].member { end += 1 }
            candidates[start..<end].sort { $0.record < $1.record }
            start = end
        }
        traced.sort { $0.candidate.record < $1.candidate.record }
        let chosen = candidates
        candidates = []
        return (chosen, traced)
    }
}
