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
        let order = data.scoringOrder()
        let evaluation = Scorer.evaluate(data, criteria: criteria, order: order)
        self.data = data
        self.evaluation = evaluation
        let ranking = Ranking.rank(evaluation, criteria: criteria)
        self.ranking = ranking
        self.nomination = criteria.activists.map {
            ActivistNomination(
                data: data, criteria: criteria, rules: $0, evaluation: evaluation, ranking: ranking, order: order)
        }
        self.diagnostics = loadDiagnostics + evaluation.diagnostics
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
