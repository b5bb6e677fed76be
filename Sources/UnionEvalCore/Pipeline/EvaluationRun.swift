/// The whole pure pipeline for one year: load → score → rank, with every diagnostic collected.
public struct EvaluationRun: Sendable {
    public var data: YearData
    public var evaluation: Evaluation
    public var ranking: Ranking
    public var diagnostics: [Diagnostic]
    /// 工会工作积极分子 nominations, when the criteria have an `activists` section.
    public var nomination: ActivistNomination?

    public init(inputs: YearInputs, criteria: Criteria) {
        let (data, loadDiagnostics) = YearDataLoader.load(inputs, criteria: criteria)
        self.init(data: data, loadDiagnostics: loadDiagnostics, criteria: criteria)
    }

    /// Scores, ranks and nominates data that was already loaded.
    public init(data: YearData, loadDiagnostics: [Diagnostic], criteria: Criteria) {
        // Unit scores and person points read the same records and nothing of each other: one core each.
        enum Part: Sendable {
            case units(Evaluation)
            case people([PersonScore])
        }
        let parts = ConcurrentMap.map(0..<2) { part -> Part in
            if part == 0 { return .units(Scorer.evaluate(data, criteria: criteria)) }
            let scores = criteria.activists.map { PersonScorer(data: data, criteria: criteria, rules: $0).score().scores }
            return .people(scores ?? [])
        }
        guard case .units(let evaluation) = parts[0], case .people(let personScores) = parts[1] else {
            preconditionFailure("parts come back in order")
        }
        self.data = data
        self.evaluation = evaluation
        let ranking = Ranking.rank(evaluation, criteria: criteria)
        self.ranking = ranking
        self.nomination = criteria.activists.map {
            ActivistNomination(
                data: data, criteria: criteria, rules: $0, evaluation: evaluation, ranking: ranking, scores: personScores)
        }
        self.diagnostics = loadDiagnostics + evaluation.diagnostics
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
