extension ActivityRecord {
    /// The fixed order in which records reach caps — date, then activity name, then file and line — so that
    /// the order of rows in a ledger never changes a score. Computed once per year, on integer keys:
    /// names are compared through a hash and only fall back to text when two hashes collide.
    public static func scoringOrder(of records: [ActivityRecord]) -> [Int] {
        let keys = records.map { ($0.date.daysSinceEpoch, stableHash($0.name)) }
        return records.indices.sorted { lhs, rhs in
            if keys[lhs] != keys[rhs] { return keys[lhs] < keys[rhs] }
            let a = records[lhs]
            let b = records[rhs]
            return (a.name, a.file, a.line) < (b.name, b.file, b.line)
        }
    }

    /// FNV-1a over UTF-8: the same on every run and machine, unlike `Hasher`.
    static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    /// Of two entries of the same activity, the one to keep: more people first, then an outcome, then the
    /// higher level, then the ID lists themselves. Decided by content alone, so which entry comes first in
    /// a ledger never changes a score.
    public func isPreferred(over other: ActivityRecord) -> Bool {
        let mine = (organizers.count + participants.count, outcome != nil ? 1 : 0, level.rawValue, outcome ?? -1)
        let theirs = (other.organizers.count + other.participants.count, other.outcome != nil ? 1 : 0, other.level.rawValue, other.outcome ?? -1)
        if mine != theirs { return mine > theirs }
        let myIDs = organizers.sorted() + [-1] + participants.sorted()
        let theirIDs = other.organizers.sorted() + [-1] + other.participants.sorted()
        if myIDs != theirIDs { return myIDs.lexicographicallyPrecedes(theirIDs) }
        return (declaredParticipants ?? -1) > (other.declaredParticipants ?? -1)
    }
}
