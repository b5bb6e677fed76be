/// `results.json`: the evaluation for scripts and other systems.
public struct ResultsDocument: Sendable, Codable {
    public struct UnitResult: Sendable, Codable {
        public var rank: Int
        public var union: String
        public var members: Int
        public var total: Points
        public var dimensions: [String: Points]
        public var indicators: [String: IndicatorResult]
        public var bonus: Points
        public var deduction: Points
        public var vetoReasons: [String]
        public var decision: AwardDecision
        public var decisionLabel: String
        public var remark: String
        public var ledgerSubmitted: Bool
    }

    public struct IndicatorResult: Sendable, Codable {
        public var points: Points
        public var measured: String
    }

    public struct NominationResult: Sendable, Codable {
        public var union: String
        public var staffID: String
        public var name: String
        public var points: Points
        public var organized: Int
        public var participated: Int
        public var reason: String
    }

    public struct QuotaResult: Sendable, Codable {
        public var union: String
        public var quota: Int
        public var nominated: Int
        public var tied: Int
    }

    public struct Accounting: Sendable, Codable {
        public var files: [FileAccounting]
        public var rowsRead: Int
        public var rowsUsed: Int
        public var rowsRejected: Int
        /// Title, total, signature and note rows around the tables.
        public var rowsLayout: Int
    }

    public var title: String
    public var year: Int?
    public var generatedAt: String
    public var criteriaFile: String
    public var criteriaSHA256: String
    public var places: Int
    public var units: [UnitResult]
    public var accounting: Accounting
    public var errorCount: Int
    public var warningCount: Int
    public var nominations: [NominationResult]?
    public var activistQuotas: [QuotaResult]?

    public init(
        data: YearData, criteria: Criteria, evaluation: Evaluation, ranking: Ranking, diagnostics: [Diagnostic],
        context: RunContext, nomination: ActivistNomination? = nil
    ) {
        title = criteria.title
        year = criteria.year
        generatedAt = context.runTime
        criteriaFile = context.criteriaPath
        criteriaSHA256 = context.criteriaSHA256
        places = ranking.places
        units = ranking.order.map { union in
            let unit = evaluation.units[union]
            let standing = ranking.standings[union]
            return UnitResult(
                rank: standing.rank, union: data.unions[union].name, members: unit.memberCount, total: unit.total,
                dimensions: Dictionary(uniqueKeysWithValues: zip(criteria.dimensions.map(\.name), unit.dimensionTotals)),
                indicators: Dictionary(
                    uniqueKeysWithValues: zip(
                        criteria.indicators.map(\.id),
                        unit.indicators.map { IndicatorResult(points: $0.points, measured: $0.measured) })),
                bonus: unit.adjustmentBonus, deduction: unit.deduction, vetoReasons: unit.vetoReasons,
                decision: standing.decision, decisionLabel: standing.decision.chineseLabel, remark: standing.remark,
                ledgerSubmitted: !data.unionsWithoutLedger.contains(union))
        }
        let totals = data.accountingTotals
        accounting = Accounting(files: data.accounting, rowsRead: totals.read, rowsUsed: totals.used, rowsRejected: totals.rejected, rowsLayout: totals.layout)
        errorCount = diagnostics.count { $0.severity == .error }
        warningCount = diagnostics.count - errorCount
        nominations = nomination.map { nomination in
            nomination.nominees.map { member in
                let person = data.members[member]
                let score = nomination.scores[member]
                return NominationResult(
                    union: data.unions[person.union].name, staffID: person.staffID, name: person.name, points: score.points,
                    organized: score.organized, participated: score.participated,
                    reason: NominationReason.text(for: score, data: data, criteria: criteria))
            }
        }
        activistQuotas = nomination?.quotas.map {
            QuotaResult(union: data.unions[$0.union].name, quota: $0.quota, nominated: $0.nominated, tied: $0.tied)
        }
    }
}
