/// Composition limits on the final list (`activists.composition`), one after another. A list starts as
/// the quota cut made it; while a limit does not hold, one nominee of the side that is too large is
/// replaced by the best eligible candidate of the other side in the same unit: for a `max`, the
/// lowest-scoring nominee of the group; for a `min`, the lowest-scoring nominee outside it. Of several
/// possible swaps the one taking off the lowest nominee wins, then the one bringing in the best
/// candidate; when two swaps are still equal on points, organising and taking part, the choice is the
/// committee's and the limit is reported unmet. A swap that would break another limit which holds is
/// not made. Each swap is noted for both people; a limit that cannot be met says why.
struct CompositionStep: SelectionStep {
    let limits: [CompositionLimit]
    let scores: [PersonScore]
    let unionOfMember: [Int]
    /// Per limit, per member: whether the member is in the limit's group.
    let inGroup: [[Bool]]
    /// Per limit: the roster has no such column, so the group cannot be told.
    let columnMissing: [Bool]
    /// "姓名（工号）" for the notes.
    let describe: (Int) -> String

    init(
        limits: [CompositionLimit], scores: [PersonScore], unionOfMember: [Int], inGroup: [[Bool]], columnMissing: [Bool],
        describe: @escaping (Int) -> String
    ) {
        self.limits = limits
        self.scores = scores
        self.unionOfMember = unionOfMember
        self.inGroup = inGroup
        self.columnMissing = columnMissing
        self.describe = describe
    }

    /// The limits of `rules` over the roster of `data`.
    init(rules: ActivistRules, data: YearData, scores: [PersonScore]) {
        let limits = rules.composition
        self.init(
            limits: limits, scores: scores, unionOfMember: data.members.map(\.union),
            inGroup: limits.map { limit in
                let values = Set(limit.values)
                return (data.rosterValues[limit.column] ?? []).map { values.contains($0) }
            },
            columnMissing: limits.map { !data.rosterColumnsPresent.contains($0.column) },
            describe: { PeopleSelection.describe($0, in: data) })
    }

    typealias Key = (Points, Int, Int)

    func key(_ member: Int) -> Key { QuotaCutStep.key(scores[member]) }

    /// Enforces every limit on the list as it stands. Run again after the ballot and objections, it
    /// carries on each limit's record: the final list is what the limits are about.
    func apply(to selection: inout PeopleSelection) {
        guard !limits.isEmpty else { return }
        var outcomes: [CompositionOutcome] = []
        for index in limits.indices {
            for scope in scopes(of: limits[index], in: selection) {
                var outcome = selection.limits.first { $0.limit == limits[index] && $0.union == scope }
                    ?? CompositionOutcome(limit: limits[index], union: scope, total: 0, count: 0, bound: 0)
                outcome.problem = nil
                enforce(index, &outcome, on: &selection)
                outcomes.append(outcome)
            }
        }
        selection.limits = outcomes
        recount(&selection)
        selection.recountQuotas()
    }

    /// Each limit's final count on its list; one that no longer holds (a later limit's swap) says so.
    func recount(_ selection: inout PeopleSelection) {
        selection.limits = selection.limits.map { outcome in
            var outcome = outcome
            guard let index = limits.firstIndex(of: outcome.limit) else { return outcome }
            outcome.recount(listed(in: outcome.union, selection), inGroup: columnMissing[index] ? nil : inGroup[index])
            return outcome
        }
    }

    /// The school's list, or each unit's that has nominees.
    func scopes(of limit: CompositionLimit, in selection: PeopleSelection) -> [Int?] {
        guard limit.scope == .unit else { return [nil] }
        return selection.ranked.indices.filter { union in selection.ranked[union].contains { selection.decisions[$0] == .nominated } }
    }

    func listed(in scope: Int?, _ selection: PeopleSelection) -> [Int] {
        let units = scope.map { [$0] } ?? Array(selection.ranked.indices)
        return units.flatMap { selection.ranked[$0].filter { selection.decisions[$0] == .nominated } }
    }

    /// One possible swap: `out` off the list, `replacement` on; `ambiguous` when another candidate of the
    /// unit is equal to the replacement on every count, so which of them comes on is not ours to say.
    struct Swap {
        var out: Int
        var replacement: Int
        var ambiguous: Bool
    }

    func enforce(_ index: Int, _ outcome: inout CompositionOutcome, on selection: inout PeopleSelection) {
        let limit = limits[index]
        let scope = outcome.union
        let total = listed(in: scope, selection).count
        if columnMissing[index] {
            outcome.problem = "名册没有“\(limit.column)”列，无法核对谁属于这一类"
            return
        }
        // A `max` takes group members off; a `min` takes others off to bring group members on. A swap
        // keeps the list's size and moves the count by one, and the side taken off only shrinks: its
        // members are sorted once, lowest first, and looked at only as far as the lowest who can go.
        let takeOffGroup = limit.isMaximum
        let nominees = listed(in: scope, selection)
        var count = nominees.filter { inGroup[index][$0] }.count
        var outs = nominees.filter { inGroup[index][$0] == takeOffGroup }.sorted { key($0) < key($1) }
        // Units with nobody waiting on the other side stay so: the waiting only ever leave.
        var exhausted = Set<Int>()
        while !limit.holds(count: count, of: total) {
            var swaps: [Swap] = []
            var blockedBy: Set<String> = []
            for out in outs {
                if let first = swaps.first, key(out) != key(first.out) { break }
                let unit = unionOfMember[out]
                guard !exhausted.contains(unit) else { continue }
                let waiting = selection.waiting(in: unit).filter { inGroup[index][$0] != takeOffGroup }
                guard let best = waiting.first else {
                    exhausted.insert(unit)
                    continue
                }
                if let broken = brokenLimit(swapping: out, for: best, except: index, selection) {
                    blockedBy.insert(broken)
                    continue
                }
                swaps.append(Swap(out: out, replacement: best, ambiguous: waiting.dropFirst().first.map { key($0) == key(best) } ?? false))
            }
            guard let chosen = choose(from: swaps) else {
                outcome.problem = problem(swaps: swaps, blockedBy: blockedBy, takeOffGroup: takeOffGroup, limit: limit)
                break
            }
            selection.decisions[chosen.out] = .displaced(limit: limit.label)
            selection.decisions[chosen.replacement] = .nominated
            selection.note(chosen.out, "因“\(limit.label)”未推荐，由 \(describe(chosen.replacement)) 替补")
            selection.note(chosen.replacement, "因“\(limit.label)”推荐，替换 \(describe(chosen.out))")
            outcome.swaps.append(CompositionOutcome.Swap(out: chosen.out, replacement: chosen.replacement))
            outs.removeAll { $0 == chosen.out }
            count += takeOffGroup ? -1 : 1
        }
    }

    /// The swap taking off the lowest nominee, then bringing in the best candidate; nil when there is none,
    /// or when the first two are equal on every count (or the first one's replacement is), which is the
    /// committee's call, not a rule's.
    func choose(from swaps: [Swap]) -> Swap? {
        let ordered = swaps.sorted { a, b in
            key(a.out) != key(b.out) ? key(a.out) < key(b.out) : key(a.replacement) > key(b.replacement)
        }
        guard let first = ordered.first, !first.ambiguous else { return nil }
        if let second = ordered.dropFirst().first, key(second.out) == key(first.out), key(second.replacement) == key(first.replacement) {
            return nil
        }
        return first
    }

    func problem(swaps: [Swap], blockedBy: Set<String>, takeOffGroup: Bool, limit: CompositionLimit) -> String {
        if !swaps.isEmpty { return "可替换的人选得分、组织次数和参与次数都相同，须委员会裁定" }
        if !blockedBy.isEmpty { return "与“\(blockedBy.sorted().joined(separator: "”“"))”冲突：能做的替换都会使其不再满足" }
        return takeOffGroup
            ? "被推荐的\(limit.groupName)所在单位没有其他符合条件的候选人可替补"
            : "没有符合条件的\(limit.groupName)候选人可替补"
    }

    /// The label of another limit that holds now and would not after taking `out` off for `replacement`
    /// (both of one unit, so only counts change).
    func brokenLimit(swapping out: Int, for replacement: Int, except current: Int, _ selection: PeopleSelection) -> String? {
        for other in limits.indices where other != current && !columnMissing[other] {
            let change = (inGroup[other][replacement] ? 1 : 0) - (inGroup[other][out] ? 1 : 0)
            guard change != 0 else { continue }
            let scope: Int? = limits[other].scope == .school ? nil : unionOfMember[out]
            let nominees = listed(in: scope, selection)
            let count = nominees.filter { inGroup[other][$0] }.count
            if limits[other].holds(count: count, of: nominees.count) && !limits[other].holds(count: count + change, of: nominees.count) {
                return limits[other].label
            }
        }
        return nil
    }
}
