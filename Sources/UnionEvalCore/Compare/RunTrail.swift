/// What a later `compare` needs of a run beyond its results, kept in results.json (`trail`): the rubric's
/// indicator definitions, every ledger row with what it counted toward (or why it was not used), every
/// office entry that moved a score, and the people on or near the list. Two runs' trails are all a
/// comparison reads, so it explains a change from the runs' own data even when the input files have
/// since been edited or moved.
///
/// The ledger rows themselves go to a file of their own beside results.json (`ledgerFile`, see
/// `LedgerTrail`), a line each, written and read as a stream: a million of them would make results.json
/// a hundred megabytes that no JSON reader holds in little memory. The credit lists they point to are
/// stored here, once each.
public struct RunTrail: Sendable, Codable, Equatable {
    public struct IndicatorDefinition: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var dimension: String
        /// 满分 in words ("满分 10.0" / "上不封顶").
        public var maximum: String
        /// The rule in words, as the 评分标准 sheet states it.
        public var rule: String
    }

    /// One thing a record did for an indicator: its points when they are its own, whether it counted.
    public struct Credit: Sendable, Codable, Equatable, Hashable {
        public var indicator: String
        public var points: Points?
        public var counted: Bool
        public var note: String
    }

    /// A ledger table (a CSV file, or one sheet of a workbook), relative to the input folder.
    public struct Table: Sendable, Codable, Equatable {
        public var file: String
        public var sheet: String?
    }

    /// A ledger row that was not used, and why.
    public struct RejectedRow: Sendable, Codable, Equatable {
        public var file: String
        public var sheet: String?
        public var line: Int
        public var unit: String?
        public var date: String
        public var name: String
        public var category: String
        public var reason: String
    }

    /// A row of one of the office's own files (加减分, 评审打分, 自评分, 次数, 投票, 异议, 排除) that touches
    /// a unit or a person: `subject` names what it is about within the unit, `value` what it says.
    public struct OfficeEntry: Sendable, Codable, Equatable, Hashable {
        /// The file's role ("加减分", "评审打分", …).
        public var source: String
        public var unit: String
        /// The indicator's id, when the entry is about one.
        public var indicator: String?
        public var subject: String
        public var value: String
        /// Points as they count in the unit's total (加分 positive, 扣分 negative); nil for other entries.
        public var points: Points?
        /// The person's 工号, for an entry about a person (排除, 投票, 异议).
        public var person: String?
        public var file: String
        public var line: Int
    }

    /// The people scored, by columns: everyone with points or a place on the list.
    public struct People: Sendable, Codable, Equatable {
        public var staffIDs: [String] = []
        public var names: [String] = []
        public var units: [String] = []
        public var points: [Points] = []
        public var decisions: [String] = []
        public var reasons: [String] = []
    }

    public var formatVersion = 2
    public var inputFolder: String
    public var indicators: [IndicatorDefinition]
    public var units: [String]
    public var categories: [String]
    public var levels: [String]
    public var outcomes: [String]
    public var creditLists: [[Credit]]
    /// The tables ledger rows were read from; the ledger file refers to them by position.
    public var tables: [Table]
    /// The ledger file's name in the same folder, and how many rows it has.
    public var ledgerFile: String
    public var ledgerRows: Int
    public var rejected: [RejectedRow]
    public var office: [OfficeEntry]
    public var people: People?
}
