/// What changed between two runs (`unioneval compare OLD NEW`, `run --compare-with`), explained from
/// the two results.json files alone: per unit the rank, total and decision, the total's change split
/// by dimension and office points; per indicator that moved, what moved it (ledger rows, office
/// entries, the rubric); the people who joined or left the list and why; the input files that changed.
/// Where a cause cannot be found in the runs' data it says so rather than guess.
public struct RunComparison: Sendable {
    public struct Side: Sendable {
        public var folder: String
        public var document: ResultsDocument
        /// The run's results-ledger.tsv, when it has one.
        public var ledger: LedgerTrail.Reader?

        public init(folder: String, document: ResultsDocument, ledger: LedgerTrail.Reader? = nil) {
            self.folder = folder
            self.document = document
            self.ledger = ledger
        }
    }

    public struct UnitChange: Sendable {
        public var unit: String
        public var old: ResultsDocument.UnitResult?
        public var new: ResultsDocument.UnitResult?
        public var totalChange: Points
        /// Per dimension (in `dimensionNames` order), the change of its subtotal.
        public var dimensionChanges: [Points]
        public var bonusChange: Points
        public var deductionChange: Points
        /// What the dimensions and office points leave unexplained: the rubric's weighting of dimensions.
        public var weightingChange: Points
        /// The largest indicator changes, in words.
        public var mainCauses: String
    }

    public struct Cause: Sendable {
        public var kind: String
        public var text: String
        /// Points of this cause alone, when they are its own (a per-record point, an office score).
        public var points: Points?
        public var oldPlace: String
        public var newPlace: String
    }

    public struct IndicatorChange: Sendable {
        public var unit: String
        public var indicator: String
        public var old: Points?
        public var new: Points?
        public var change: Points
        public var causes: [Cause]
    }

    public struct LedgerChange: Sendable {
        public var unit: String
        public var change: LedgerDiff.Change
        /// Its effect on each indicator, in words ("D4 +1.0 分（每次 1.0 分）；A3 本次计入参与率").
        public var effects: String
    }

    public struct PersonChange: Sendable {
        public var unit: String
        public var staffID: String
        public var name: String
        public var change: String
        public var oldPoints: Points?
        public var newPoints: Points?
        public var oldDecision: String
        public var newDecision: String
        public var reason: String
    }

    public struct InputChange: Sendable {
        public var file: String
        public var role: String
        public var change: String
        public var oldSHA256: String
        public var newSHA256: String
        public var oldRows: Int?
        public var newRows: Int?
    }

    public struct DefinitionChange: Sendable {
        public var indicator: String
        public var change: String
        public var old: String
        public var new: String
    }

    public var old: Side
    public var new: Side
    /// The two runs are of different years: units are matched by name, people by 工号, and ledger rows
    /// are not compared one by one.
    public var acrossYears: Bool
    public var criteriaChanged: Bool
    public var definitionChanges: [DefinitionChange] = []
    public var dimensionNames: [String] = []
    public var units: [UnitChange] = []
    public var indicators: [IndicatorChange] = []
    public var ledger: [LedgerChange] = []
    public var people: [PersonChange] = []
    public var inputs: [InputChange] = []
    /// What the comparison could not do, and why.
    public var notes: [String] = []

    public init(old: Side, new: Side) {
        self.old = old
        self.new = new
        acrossYears = old.document.year != nil && new.document.year != nil && old.document.year != new.document.year
        criteriaChanged = old.document.criteriaSHA256 != new.document.criteriaSHA256
        for (side, label) in [(old, "上次"), (new, "本次")] {
            if side.document.trail == nil {
                notes.append("\(label)运行（\(side.folder)）的 results.json 由较早版本生成，没有逐条记录和校工会数据，指标变化的原因无法逐条确定。")
            } else if side.ledger == nil {
                notes.append("\(label)运行（\(side.folder)）缺少 \(LedgerTrail.fileName)，台账记录无法逐条对照。")
            }
        }
        if acrossYears {
            notes.append("两次运行属于不同年度（\(old.document.year!) 年、\(new.document.year!) 年）：单位按名称、人员按工号对应；台账不逐条对照，评分标准的不同列在“评分标准变化”中，不算作单位的变化。")
        }
        definitionChanges = Self.definitionChanges(old.document.trail, new.document.trail, criteriaChanged: criteriaChanged)
        compareUnits()
        comparePeople()
        compareInputs()
    }

    /// The line `run --compare-with` and `compare` print.
    public var summary: String {
        let rankMoves = units.count { $0.old != nil && $0.new != nil && $0.old!.rank != $0.new!.rank }
        // Whether recommended, not which kind of "not": 未推荐 → 未达最低分 changes nobody's result.
        let decisionMoves = units.count { ($0.old?.decision == .recommended) != ($0.new?.decision == .recommended) }
        let peopleMoves = people.count
        var parts = ["名次变化 \(rankMoves) 个单位", "推荐结果变化 \(decisionMoves) 个单位、\(peopleMoves) 人"]
        let changedInputs = inputs.count { $0.change != "未变" }
        parts.append("输入文件变化 \(changedInputs) 个")
        if criteriaChanged { parts.append("评分标准有变化") }
        return "与上次相比：" + parts.joined(separator: "，")
    }
}
