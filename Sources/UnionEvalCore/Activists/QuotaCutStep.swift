/// The quota cut: within each unit, eligible candidates by points, then organising, then taking part
/// (never ID or name), nominated while the unit's quota lasts; a group of equal candidates across the
/// line is 并列待定 for the unit to decide.
struct QuotaCutStep: SelectionStep {
    let scores: [PersonScore]
    let unionOfMember: [Int]

    /// How candidates are ordered: points, then organising, then taking part (uncapped).
    static func key(_ score: PersonScore) -> (Points, Int, Int) { (score.points, score.organized, score.participated) }

    func apply(to selection: inout PeopleSelection) {
        var candidates = [[Int]](repeating: [], count: selection.quotas.count)
        for member in unionOfMember.indices where !selection.decisions[member].isIneligible {
            candidates[unionOfMember[member]].append(member)
        }
        for union in candidates.indices {
            let key = { (member: Int) in Self.key(scores[member]) }
            let ranked = candidates[union].sorted { key($0) > key($1) }
            selection.ranked[union] = ranked
            var taken = 0
            var start = 0
            let places = selection.quotas[union].quota
            while start < ranked.count {
                var end = start + 1
                while end < ranked.count && key(ranked[end]) == key(ranked[start]) { end += 1 }
                let group = ranked[start..<end]
                let decision: NominationDecision
                if taken + group.count <= places {
                    decision = .nominated
                    taken += group.count
                } else if taken < places {
                    decision = .tied
                    selection.quotas[union].tied += group.count
                    taken = places
                } else if !selection.quotas[union].revokedReasons.isEmpty {
                    decision = .quotaRevoked(selection.quotas[union].revokedReasons)
                } else {
                    decision = .quotaFull
                }
                for member in group { selection.decisions[member] = decision }
                start = end
            }
            selection.quotas[union].nominated = ranked.filter { selection.decisions[$0] == .nominated }.count
        }
    }
}
