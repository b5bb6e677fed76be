/// The whole pure pipeline for one year: load → score → rank, with every diagnostic collected.
public struct EvaluationRun: Sendable {
    public var data: YearData
    public var evaluation: Evaluation
    public var ranking: Ranking
    public var diagnostics: [Diagnostic]
    /// 工会工作积极分子 nominations, when the criteria have an `activists` section (and, with
    /// `scoresPeople: false`, once `nominate` has been called).
    public var nomination: ActivistNomination?
    /// 等次 and 称号 (empty units when the rubric has no `grades`).
    public var grading: Grading
    /// Earlier years' results the run was compared with.
    public var history: History
    /// Per unit, how far it is from the award line and what would flip its decision; empty when the run
    /// keeps no record trail (`validate`), which writes no report.
    public var margins: [DecisionMargin]

    public init(inputs: YearInputs, criteria: Criteria, history: History = History()) {
        let (data, loadDiagnostics) = YearDataLoader.load(inputs, criteria: criteria)
        self.init(data: data, loadDiagnostics: loadDiagnostics, criteria: criteria, history: history)
    }

    /// Scores, ranks and nominates data that was already loaded. With `scoresPeople: false` it stops
    /// after ranking: units decide the evaluation workbook, so a writer can start on it while
    /// `nominate` scores the people. With `keepsRecordTrail: false` (nothing will be written) the
    /// evaluation has no per-record credits; scores, ranking and problems are the same.
    public init(
        data: YearData, loadDiagnostics: [Diagnostic], criteria: Criteria, history: History = History(), scoresPeople: Bool = true,
        keepsRecordTrail: Bool = true
    ) {
        // Unit scores and person points read the same records and nothing of each other: side by side,
        // as one set of jobs for both cores (work nested in a job would run on that job's core alone).
        // The people's halves go first, as the longer jobs; each core then ends on a run of units.
        let units = Scorer.Plan(data: data, criteria: criteria, keepsRecordTrail: keepsRecordTrail)
        let people = scoresPeople ? criteria.activists.map { PersonScorer(data: data, criteria: criteria, rules: $0) } : nil
        let memberHalves = people?.memberHalves ?? []
        enum Part: Sendable {
            case units(units: [UnitScore], credits: RecordCredits)
            case people([PersonScore])
        }
        let parts = ConcurrentMap.map(0..<(memberHalves.count + units.runs.count)) { job -> Part in
            if let people, job < memberHalves.count { return .people(people.score(members: memberHalves[job], trace: nil).scores) }
            let (scores, credits) = units.score(run: job - memberHalves.count)
            return .units(units: scores, credits: credits)
        }
        let evaluation = units.evaluation(of: parts.compactMap {
            if case .units(let scores, let credits) = $0 { return (scores, credits) }
            return nil
        })
        self.data = data
        self.evaluation = evaluation
        // The margins are about the scores: they are measured on the ranking before the ballot and 公示.
        let scoreRanking = Ranking.rank(evaluation, criteria: criteria)
        var ranking = scoreRanking
        AwardReview.apply(to: &ranking, data: data, criteria: criteria, evaluation: evaluation)
        self.ranking = ranking
        let grading = Grading(data: data, criteria: criteria, evaluation: evaluation, ranking: ranking, history: history)
        self.grading = grading
        self.history = history
        self.margins = keepsRecordTrail
            ? DecisionMargins.compute(data: data, criteria: criteria, evaluation: evaluation, ranking: scoreRanking) : []
        self.diagnostics = loadDiagnostics + ExpectedEvidence.diagnostics(data: data, criteria: criteria) + evaluation.diagnostics
            + grading.diagnostics + UnitComposition.diagnostics(data: data, award: criteria.award)
            + (criteria.activists.map {
                HonourHistory(checking: $0, history: history, year: criteria.year).missingYearWarnings(rules: $0, folder: history.folder)
                    + RosterColumnCheck.diagnostics(data: data, rules: $0)
            } ?? [])
        if let people {
            let personScores = parts.flatMap { part -> [PersonScore] in
                if case .people(let scores) = part { return scores }
                return []
            }
            nomination = ActivistNomination(
                data: data, criteria: criteria, rules: people.rules, evaluation: evaluation, ranking: ranking, scores: personScores,
                history: history)
        }
    }

    /// Scores the people of `data` (which must still hold its member ID lists) and nominates, for a run
    /// made with `scoresPeople: false`; nil when the criteria have no `activists` section.
    public func nominate(from data: YearData, criteria: Criteria) -> ActivistNomination? {
        guard let rules = criteria.activists, let scores = Self.personScores(data, criteria: criteria) else { return nil }
        return ActivistNomination(
            data: data, criteria: criteria, rules: rules, evaluation: evaluation, ranking: ranking, scores: scores, history: history)
    }

    private static func personScores(_ data: YearData, criteria: Criteria) -> [PersonScore]? {
        criteria.activists.map { PersonScorer(data: data, criteria: criteria, rules: $0).score().scores }
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
