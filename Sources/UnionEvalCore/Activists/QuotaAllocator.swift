/// Quotas per unit: a share of members with the stated rounding, a minimum per unit, an extra share for
/// units named 先进 or that held every required event, and an optional cap over all units.
public enum QuotaAllocator {
    public static func allocate(
        rules: ActivistRules.Quota, data: YearData, evaluation: Evaluation, ranking: Ranking, criteria: Criteria
    ) -> [UnitQuota] {
        let bases = quotaBases(rules.base, data: data)
        var quotas = data.unions.indices.map { union -> UnitQuota in
            let members = bases[union]
            let advanced = ranking.standings[union].decision == .recommended
            let required = criteria.requiredEvents(for: data.unions[union].group)
            let allRequired = !required.isEmpty
                && required.allSatisfy { evaluation.units[union].indicators[$0].points == criteria.indicators[$0].maximum }
            // One extra at most: the larger of the two applies when a unit qualifies for both.
            var extraPermille = 0
            var reasons: [String] = []
            if advanced && rules.extraForAdvancedPermille > 0 {
                extraPermille = rules.extraForAdvancedPermille
                reasons.append("推荐为先进基层工会")
            }
            if allRequired && rules.extraForAllRequiredPermille > 0 {
                extraPermille = max(extraPermille, rules.extraForAllRequiredPermille)
                reasons.append("完成全部必办活动")
            }
            let base = places(members: members, permille: rules.permille, rounding: rules.rounding, minimum: rules.minimum)
            let withExtra = places(
                members: members, permille: rules.permille + extraPermille, rounding: rules.rounding, minimum: rules.minimum)
            var quota = UnitQuota(
                union: union, members: members, permille: rules.permille + extraPermille, rounding: rules.rounding,
                base: base, extra: withExtra - base, extraReason: reasons.joined(separator: "、"), reducedByCap: 0,
                quota: withExtra)
            quota.revokedReasons = data.adjustments.filter { $0.union == union && $0.kind == .activistQuotaRevoked }.map(\.reason)
            if !quota.revokedReasons.isEmpty { quota.quota = 0 }
            return quota
        }
        if let cap = rules.overallCap {
            // Take places from the largest quotas first (ties: more members, then fewer places already taken),
            // never below a unit's minimum.
            while quotas.reduce(0, { $0 + $1.quota }) > cap {
                let floor = { (quota: UnitQuota) in quota.members > 0 ? rules.minimum : 0 }
                guard let index = quotas.indices.filter({ quotas[$0].quota > floor(quotas[$0]) }).max(by: { lhs, rhs in
                    (quotas[lhs].quota, quotas[lhs].members, -quotas[lhs].reducedByCap)
                        < (quotas[rhs].quota, quotas[rhs].members, -quotas[rhs].reducedByCap)
                }) else { break }
                quotas[index].quota -= 1
                quotas[index].reducedByCap += 1
            }
        }
        return quotas
    }

    /// Per unit, the members the share is taken of. With `duesPaying`, a unit whose roster says nothing
    /// about dues counts all its members (the loader has warned about it: `W-DUES-MISSING`).
    static func quotaBases(_ base: ActivistRules.QuotaBase, data: YearData) -> [Int] {
        guard base == .duesPaying else { return data.memberCounts }
        var paying = [Int](repeating: 0, count: data.unions.count)
        var stated = [Bool](repeating: false, count: data.unions.count)
        for member in data.members where member.isMember {
            if member.paysDues != nil { stated[member.union] = true }
            if member.paysDues == true { paying[member.union] += 1 }
        }
        return data.unions.indices.map { stated[$0] ? paying[$0] : data.memberCounts[$0] }
    }

    /// members × share, rounded as stated; at least `minimum` for a unit that has members.
    public static func places(members: Int, permille: Int, rounding: AwardRule.Rounding, minimum: Int) -> Int {
        guard members > 0 else { return 0 }
        return max(rounding.apply(toPermille: members * permille), minimum)
    }
}
