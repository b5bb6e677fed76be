extension ActivityRecord {
    /// Of two entries of the same activity, whether to keep `self` over `other`: more people first, then
    /// an outcome, then the higher level, then the ID lists themselves. Decided by content alone, so which
    /// entry comes first in a ledger never changes a score. `pool` holds both records' ID lists.
    func isPreferred(over other: ActivityRecord, pool: [Int32]) -> Bool {
        func summary(_ r: ActivityRecord) -> (Int32, Int, Int, Int) {
            (r.organizerCount + r.participantCount, r.hasOutcome ? 1 : 0, r.level.rawValue, r.outcome ?? -1)
        }
        let mine = summary(self)
        let theirs = summary(other)
        if mine != theirs { return mine > theirs }
        let myIDs = idsForComparison(pool)
        let theirIDs = other.idsForComparison(pool)
        if myIDs != theirIDs { return myIDs.lexicographicallyPrecedes(theirIDs) }
        return (declaredParticipants ?? -1) > (other.declaredParticipants ?? -1)
    }

    /// Organisers sorted, a separator, participants sorted.
    private func idsForComparison(_ pool: [Int32]) -> [Int32] {
        let participantsStart = poolStart + Int(organizerCount)
        return pool[poolStart..<participantsStart].sorted() + [-1]
            + pool[participantsStart..<participantsStart + Int(participantCount)].sorted()
    }
}
