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
        /// The unit's group (unions.csv 组别) when the criteria rank in groups; its `rank` is within it.
        public var group: String?
        /// 等次 and 称号 when the rubric has `grades` or `titles`; nil when the unit met none (or the rubric has none).
        public var grade: String?
        public var title: String?
        /// Why not each better 等次 or 称号, best first.
        public var gradeShortOf: [String]?
        public var titleShortOf: [String]?
        /// Last year's rank and total, when the history has them.
        public var previousRank: Int?
        public var previousTotal: Points?
        /// The regular dimensions combined by `total_weights`, when the rubric has them.
        public var weightedRegularTotal: Points?
        /// Items the office zeroed (不得分), with the reason.
        public var zeroed: [String]
        /// Points ahead of the first unit left out (recommended) or behind the last one in (the others).
        public var marginToAwardLine: Points?
        /// For units at the award line: the smallest single change that would flip the decision.
        public var smallestFlip: String?
    }

    public struct IndicatorResult: Sendable, Codable {
        public var points: Points
        public var measured: String
        /// The unit's self-score, the score on evidence it is compared with, and whether it exceeds the margin.
        public var selfScore: Points?
        public var assessed: Points?
        public var selfScoreExceedsMargin: Bool?
    }

    public struct NominationResult: Sendable, Codable {
        public var union: String
        public var staffID: String
        public var name: String
        public var points: Points
        public var organized: Int
        public var participated: Int
        public var reason: String
        /// Why a selection step put this person on the list (a composition swap); nil when none did.
        public var adjustment: String?
        /// 赞成 votes, when there was a ballot.
        public var approvals: Int?
    }

    public struct QuotaResult: Sendable, Codable {
        public var union: String
        public var quota: Int
        public var nominated: Int
        public var tied: Int
        public var revokedReasons: [String]
    }

    public struct Accounting: Sendable, Codable {
        public var files: [FileAccounting]
        public var rowsRead: Int
        public var rowsUsed: Int
        public var rowsRejected: Int
        /// Title, total, signature and note rows around the tables.
        public var rowsLayout: Int
    }

    /// The evaluation year's first and last day, when it does not start on 1 January.
    public struct Period: Sendable, Codable {
        public var from: String
        public var to: String
    }

    public var title: String
    public var year: Int?
    public var period: Period?
    public var generatedAt: String
    public var criteriaFile: String
    public var criteriaSHA256: String
    public var places: Int
    public var units: [UnitResult]
    public var accounting: Accounting
    public var errorCount: Int
    public var warningCount: Int
    /// Grades with a rank threshold nobody reached this year (本年度空缺).
    public var vacantGrades: [String]?
    public var nominations: [NominationResult]?
    /// What the people on `nominations` were named (工会工作积极分子), for next year's history.
    public var activistTitle: String?
    /// How each composition limit came out on each list, in words; nil when the rubric has none.
    public var compositionLimits: [String]?
    /// What the ballot and 公示 did to the list ("公示期满，无异议。"); nil when neither happened.
    public var listStatements: [String]?
    /// The same for the units' list.
    public var awardStatements: [String]?
    public var activistQuotas: [QuotaResult]?
    /// What `compare` reads beside the results (see `RunTrail`); nil in documents of earlier versions.
    public var trail: RunTrail?

    /// The document of a whole run; `nomination` when the activists were nominated apart from it.
    public init(run: EvaluationRun, criteria: Criteria, context: RunContext, nomination: ActivistNomination? = nil) {
        self.init(
            data: run.data, criteria: criteria, evaluation: run.evaluation, ranking: run.ranking, grading: run.grading,
            history: run.history, margins: run.margins, diagnostics: run.diagnostics, context: context,
            nomination: nomination ?? run.nomination)
        trail = RunTrail(run: run, criteria: criteria, context: context, nomination: nomination ?? run.nomination)
    }

    public init(
        data: YearData, criteria: Criteria, evaluation: Evaluation, ranking: Ranking, grading: Grading, history: History,
        margins: [DecisionMargin] = [], diagnostics: [Diagnostic], context: RunContext, nomination: ActivistNomination? = nil
    ) {
        let previous = history.year(before: criteria.year)
        title = criteria.title
        year = criteria.year
        period = criteria.evaluationYear.flatMap {
            $0.startsOnNewYear ? nil : Period(from: $0.first.description, to: $0.last.description)
        }
        generatedAt = context.runTime
        criteriaFile = context.criteriaPath
        criteriaSHA256 = context.criteriaSHA256
        places = ranking.places
        units = ranking.order.map { union in
            let unit = evaluation.units[union]
            let standing = ranking.standings[union]
            let names = grading.names(of: union, in: criteria)
            return UnitResult(
                rank: standing.rank, union: data.unions[union].name, members: unit.memberCount, total: unit.total,
                dimensions: Dictionary(uniqueKeysWithValues: zip(criteria.dimensions.map(\.name), unit.dimensionTotals)),
                indicators: Dictionary(
                    uniqueKeysWithValues: zip(
                        criteria.indicators.map(\.id),
                        unit.indicators.indices.map { index in
                            let comparison = unit.selfComparisons.first { $0.indicator == index }
                            return IndicatorResult(
                                points: unit.indicators[index].points, measured: unit.indicators[index].measured,
                                selfScore: comparison?.claimed, assessed: comparison?.assessed,
                                selfScoreExceedsMargin: comparison?.exceedsMargin)
                        })),
                bonus: unit.adjustmentBonus, deduction: unit.deduction, vetoReasons: unit.vetoReasons,
                decision: standing.decision, decisionLabel: standing.decision.chineseLabel, remark: standing.remark,
                ledgerSubmitted: !data.unionsWithoutLedger.contains(union),
                group: standing.group.map { criteria.groups[$0].name },
                grade: names[.grade], title: names[.title],
                gradeShortOf: grading.shortOf(union, on: .grade, in: criteria),
                titleShortOf: grading.shortOf(union, on: .title, in: criteria),
                previousRank: previous?.units[data.unions[union].name]?.rank,
                previousTotal: previous?.units[data.unions[union].name]?.total,
                weightedRegularTotal: unit.weightedRegularTotal, zeroed: data.zeroedItems(of: union, criteria: criteria),
                marginToAwardLine: margins.isEmpty ? nil : margins[union].margin,
                smallestFlip: margins.isEmpty ? nil : margins[union].smallestFlip)
        }
        vacantGrades = criteria.gradeScales.isEmpty
            ? nil : zip(criteria.gradeScales, grading.scales).flatMap { scale, result in result.vacant.map { scale.rules[$0].name } }
        let totals = data.accountingTotals
        accounting = Accounting(files: data.accounting, rowsRead: totals.read, rowsUsed: totals.used, rowsRejected: totals.rejected, rowsLayout: totals.layout)
        errorCount = diagnostics.count { $0.severity == .error }
        warningCount = diagnostics.count - errorCount
        let ballots = BallotStep.ballots(data)
        nominations = nomination.map { nomination in
            nomination.nominees.map { member in
                let person = data.members[member]
                let score = nomination.scores[member]
                return NominationResult(
                    union: data.unions[person.union].name, staffID: person.staffID, name: person.name, points: score.points,
                    organized: score.organized, participated: score.participated,
                    reason: NominationReason.text(for: score, data: data, criteria: criteria),
                    adjustment: nomination.notes[member]?.joined(separator: "；"),
                    approvals: ballots[member]?.approve)
            }
        }
        activistTitle = nomination?.rules.title
        awardStatements = ranking.statements.isEmpty ? nil : ranking.statements
        listStatements = nomination.flatMap { $0.statements.isEmpty ? nil : $0.statements }
        compositionLimits = nomination.flatMap { nomination in
            nomination.limits.isEmpty ? nil : nomination.limits.map { $0.summary(unionName: $0.union.map { data.unions[$0].name }) }
        }
        activistQuotas = nomination?.quotas.map {
            QuotaResult(
                union: data.unions[$0.union].name, quota: $0.quota, nominated: $0.nominated, tied: $0.tied,
                revokedReasons: $0.revokedReasons)
        }
    }
}
