/// What a later `compare` needs of a run beyond its results, kept in results.json (`trail`): the rubric's
/// indicator definitions, every ledger row with what it counted toward (or why it was not used), every
/// office entry that moved a score, and the people on or near the list. Two runs' trails are all a
/// comparison reads, so it explains a change from the runs' own data even when the input files have
/// since been edited or moved.
///
/// Ledger records are stored by columns, one group per file, so that a million of them stay a few dozen
/// megabytes and encode quickly; the credit lists they point to are stored once each.
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

    /// The records of one ledger table (a CSV file, or one sheet of a workbook), column by column.
    public struct LedgerTable: Sendable, Codable, Equatable {
        /// The file relative to the input folder, and the sheet of a workbook.
        public var file: String
        public var sheet: String?
        public var lines: [Int]
        /// Index into `RunTrail.units`.
        public var units: [Int]
        public var dates: [String]
        public var names: [String]
        /// Index into `RunTrail.categories`.
        public var categories: [Int]
        /// Index into `RunTrail.levels`.
        public var levels: [Int]
        /// Index into `RunTrail.outcomes`, -1 for none.
        public var outcomes: [Int]
        /// 参与人数 as written, -1 when blank.
        public var declared: [Int]
        /// How many organisers and participants the record lists.
        public var people: [Int]
        /// A 32-bit digest of the member list (organisers, then participants, in order), so a changed list
        /// is seen without keeping it; absent when the run did not keep the lists.
        public var peopleDigests: [Int]?
        /// Index into `RunTrail.creditLists`.
        public var credits: [Int]
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
    public var ledger: [LedgerTable]
    public var rejected: [RejectedRow]
    public var office: [OfficeEntry]
    public var people: People?
}
