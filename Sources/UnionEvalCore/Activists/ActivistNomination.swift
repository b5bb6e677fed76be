/// The 工会工作积极分子 pipeline: person points → eligibility → quotas → nominations per unit.
public struct ActivistNomination: Sendable {
    public var rules: ActivistRules
    /// Indexed by member.
    public var scores: [PersonScore]
    /// Indexed by member.
    public var decisions: [NominationDecision]
    /// Indexed by union.
    public var quotas: [UnitQuota]
    /// Nominated members, in unions.csv order then rank within the unit.
    public var nominees: [Int]
    /// The earlier years `not_awarded_within_years` looked at, and those it could not.
    public var honours: HonourHistory
    /// The two years before this one, for the 近三年获评名单 sheet.
    public var recentHonours: HonourHistory

    /// `scores` are the members' points from `PersonScorer`, which needs no unit scores and so can be
    /// computed alongside them; `history` holds earlier years' final lists.
    public init(
        data: YearData, criteria: Criteria, rules: ActivistRules, evaluation: Evaluation, ranking: Ranking,
        scores: [PersonScore], history: History = History()
    ) {
        var quotas = QuotaAllocator.allocate(
            rules: rules.quota, data: data, evaluation: evaluation, ranking: ranking, criteria: criteria)
        let exclusions = Dictionary(grouping: data.exclusions, by: \.member)
        let honours = HonourHistory(checking: rules, history: history, year: criteria.year)
        let ineligibility = data.members.indices.map {
            Self.ineligibility(
                of: $0, data: data, rules: rules, score: scores[$0], exclusions: exclusions[$0] ?? [],
                honours: honours.awards[data.members[$0].staffID] ?? [])
        }
        var decisions = ineligibility.map { $0.isEmpty ? NominationDecision.quotaFull : .ineligible($0) }
        var candidatesByUnion = [[Int]](repeating: [], count: data.unions.count)
        for member in data.members.indices where ineligibility[member].isEmpty {
            candidatesByUnion[data.members[member].union].append(member)
        }
        var nominees: [Int] = []
        for union in data.unions.indices {
            // Points, then organising, then taking part (uncapped); never ID or name.
            let key = { (member: Int) in (scores[member].points, scores[member].organized, scores[member].participated) }
            let ranked = candidatesByUnion[union].sorted { key($0) > key($1) }
            var taken = 0
            var start = 0
            let places = quotas[union].quota
            while start < ranked.count {
                var end = start + 1
                while end < ranked.count && key(ranked[end]) == key(ranked[start]) { end += 1 }
                let group = ranked[start..<end]
                let decision: NominationDecision
                if taken + group.count <= places {
                    decision = .nominated
                    taken += group.count
                    nominees.append(contentsOf: group)
                } else if taken < places {
                    decision = .tied
                    quotas[union].tied += group.count
                    taken = places
                } else if !quotas[union].revokedReasons.isEmpty {
                    decision = .quotaRevoked(quotas[union].revokedReasons)
                } else {
                    decision = .quotaFull
                }
                for member in group { decisions[member] = decision }
                start = end
            }
            quotas[union].nominated = ranked.filter { decisions[$0] == .nominated }.count
        }
        self.rules = rules
        self.scores = scores
        self.quotas = quotas
        self.decisions = decisions
        self.nominees = nominees
        self.honours = honours
        recentHonours = HonourHistory(history: history, before: criteria.year, count: HonourHistory.summaryYears)
    }

    /// Every rule a member fails, each with its reason.
    static func ineligibility(
        of member: Int, data: YearData, rules: ActivistRules, score: PersonScore, exclusions: [Exclusion],
        honours: [HonourHistory.Award]
    ) -> [Ineligibility] {
        let person = data.members[member]
        var reasons: [Ineligibility] = []
        if rules.membersOnly && !person.isMember { reasons.append(.notMember) }
        for exclusion in exclusions {
            reasons.append(.excluded(reason: exclusion.reason))
        }
        if let role = person.role, rules.excludedRoles.contains(role) { reasons.append(.excludedRole(role)) }
        if score.activityCount < rules.minimumActivities {
            reasons.append(.tooFewActivities(count: score.activityCount, minimum: rules.minimumActivities))
        } else if score.points <= .zero {
            reasons.append(.noPoints)
        }
        if let minimum = rules.minimumTenureMonths, let joined = person.joinDate, let reference = rules.tenureReferenceDate {
            let months = joined.wholeMonths(until: reference)
            if months < minimum { reasons.append(.tenure(months: months, minimum: minimum)) }
        }
        if let latest = honours.last {
            reasons.append(.honouredBefore(years: honours.map(\.year), title: latest.honour.title))
        }
        return reasons
    }
}
