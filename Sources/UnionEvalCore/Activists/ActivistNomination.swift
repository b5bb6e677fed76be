/// The 工会工作积极分子 pipeline: person points, then the selection's named steps (eligibility, quota cut,
/// composition, ballot, objection, and composition again on the final list), each recording its
/// decisions on the list.
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
    /// Member → what a selection step changed for them and why (composition swaps).
    public var notes: [Int: [String]]
    /// How each composition limit came out.
    public var limits: [CompositionOutcome]
    /// What the ballot and 公示 did to the list, in sentences.
    public var statements: [String]

    /// `scores` are the members' points from `PersonScorer`, which needs no unit scores and so can be
    /// computed alongside them; `history` holds earlier years' final lists.
    public init(
        data: YearData, criteria: Criteria, rules: ActivistRules, evaluation: Evaluation, ranking: Ranking,
        scores: [PersonScore], history: History = History()
    ) {
        let scores = Self.withVotePoints(scores, rules: rules, data: data)
        let honours = HonourHistory(checking: rules, history: history, year: criteria.year)
        var selection = PeopleSelection(
            scores: scores,
            quotas: QuotaAllocator.allocate(rules: rules.quota, data: data, evaluation: evaluation, ranking: ranking, criteria: criteria))
        let composition = CompositionStep(rules: rules, data: data, scores: scores)
        let steps: [any SelectionStep] = [
            EligibilityStep(data: data, rules: rules, scores: scores, honours: honours),
            QuotaCutStep(scores: scores, unionOfMember: data.members.map(\.union)),
            composition,
            BallotStep(rules: rules, data: data),
            ObjectionStep(rules: rules, data: data),
            // The final list, after the ballot and 公示 took people off and 递补 put others on.
            composition,
        ]
        for step in steps { step.apply(to: &selection) }
        self.rules = rules
        self.scores = scores
        self.quotas = selection.quotas
        self.decisions = selection.decisions
        self.nominees = selection.nominees
        self.notes = selection.notes
        self.limits = selection.limits
        self.statements = selection.statements
        self.honours = honours
        recentHonours = HonourHistory(history: history, before: criteria.year, count: HonourHistory.summaryYears)
    }

    /// The points with what the ballot adds (`activists.votes.weight`): the share of 赞成 votes of the
    /// weight, noted on the score so `explain` can say it.
    static func withVotePoints(_ scores: [PersonScore], rules: ActivistRules, data: YearData) -> [PersonScore] {
        guard let rule = rules.votes, rule.weight != nil, let voters = BallotStep.voters(rule, data) else { return scores }
        var scores = scores
        for ballot in data.ballots {
            let added = rule.points(approve: ballot.approve, of: voters)
            scores[ballot.candidate].points += added
            scores[ballot.candidate].votePoints = added
        }
        return scores
    }
}
