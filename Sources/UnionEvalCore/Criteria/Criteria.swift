/// The rubric as loaded from the criteria file: vocabulary, dimensions, indicators and award rule.
public struct Criteria: Sendable {
    public var title: String
    /// The evaluation year's name: the calendar year it ends in (see `EvaluationYear`).
    public var year: Int?

    /// "2023年度", as titles and papers name the year; empty when the criteria name none.
    public var yearText: String { year.map { "\($0)年度" } ?? "" }
    /// The first day of the evaluation year (`year_start`), 1月1日 unless the rubric says otherwise.
    public var yearStart = MonthDay.newYear
    /// The points the non-bonus indicators must add up to (usually 100).
    public var declaredTotal: Points
    /// Fixed after parsing: the lookup tables are built from them.
    public let categories: [ActivityCategory]
    public let outcomes: [String]
    public var dimensions: [Dimension]
    public var indicators: [Indicator]
    /// Cap on the office's 加分 items per unit; nil means uncapped.
    public var adjustmentBonusCap: Points?
    public var award: AwardRule
    /// The document the rubric was derived from, shown on the 评分标准 sheet.
    public var basis: String
    /// Name or alias → category index, and outcome → index: every ledger row looks these up.
    private let categoryLookup: [String: Int]
    private let outcomeLookup: [String: Int]

    /// Rules for nominating 工会工作积极分子; nil when the criteria file has no `activists` section.
    public var activists: ActivistRules?
    /// More header wordings for the contract's columns (`columns` in the criteria file), by column name.
    public var columnAliases: [String: [String]] = [:]
    /// The levels (级别), lowest first: the university's six, with more names or a list of the
    /// union's own from `levels` in the criteria file.
    public var levels = LevelVocabulary.university
    /// The 等次 (`grades`) and 称号 (`titles`) lists the rubric has, in that order.
    public var gradeScales: [GradeScale] = []
    /// When set, the regular total combines these sources (评审会现场评分 40% + 全年工作 60%).
    public var totalWeights: ScoreWeights?
    /// A unit's self-score may exceed the score on evidence by this much before it is flagged.
    public var selfScoreMargin: Points?
    /// Reporting windows and the ledger deadline; nil when the rubric sets none.
    public var reporting: ReportingRules?
    /// Groups of units ranked and awarded each on its own (`groups`); empty for one ranking of all.
    public var groups: [UnitGroup] = []

    public init(
        title: String, year: Int?, declaredTotal: Points, categories: [ActivityCategory], outcomes: [String],
        dimensions: [Dimension], indicators: [Indicator], adjustmentBonusCap: Points?, award: AwardRule,
        basis: String, activists: ActivistRules? = nil
    ) {
        self.title = title
        self.year = year
        self.declaredTotal = declaredTotal
        self.categories = categories
        self.outcomes = outcomes
        var categoryLookup: [String: Int] = [:]
        for (index, category) in categories.enumerated() {
            for name in [category.name] + category.aliases where categoryLookup[name] == nil { categoryLookup[name] = index }
        }
        self.categoryLookup = categoryLookup
        var outcomeLookup: [String: Int] = [:]
        for (index, outcome) in outcomes.enumerated() where outcomeLookup[outcome] == nil { outcomeLookup[outcome] = index }
        self.outcomeLookup = outcomeLookup
        self.dimensions = dimensions
        self.indicators = indicators
        self.adjustmentBonusCap = adjustmentBonusCap
        self.award = award
        self.basis = basis
        self.activists = activists
    }

    /// The twelve months that count; nil when the rubric names no year (then no date is out of the year).
    public var evaluationYear: EvaluationYear? { year.flatMap { EvaluationYear(year: $0, start: yearStart) } }

    public func indicators(in dimension: Int) -> [Int] {
        indicators.indices.filter { indicators[$0].dimension == dimension }
    }

    /// Category index for a ledger's text: the name or any alias, after trimming.
    public func categoryIndex(for text: String) -> Int? {
        categoryLookup[text.trimmingWhitespace()]
    }

    public func outcomeIndex(for text: String) -> Int? {
        outcomeLookup[text.trimmingWhitespace()]
    }

    /// An outcome as a ledger writes it: `一等奖（团体）` is 一等奖 with a note in brackets.
    public func outcomeIndex(forLedgerText text: String) -> Int? {
        if let index = outcomeIndex(for: text) { return index }
        guard let open = text.firstIndex(where: { $0 == "(" || $0 == "（" }), open > text.startIndex else { return nil }
        return outcomeIndex(for: String(text[..<open]))
    }

    /// A level by its name or any of its other names.
    public func level(for text: String) -> ActivityLevel? { levels.level(for: text) }

    /// The level's name in this rubric, e.g. 市级.
    public func levelName(_ level: ActivityLevel) -> String { levels.name(of: level) }

    /// Indicator by id or by name, as reviews.csv may use either.
    public func indicatorIndex(for text: String) -> Int? {
        let key = text.trimmingWhitespace()
        return indicators.firstIndex { $0.id == key || $0.name == key || $0.label == key }
    }
}
