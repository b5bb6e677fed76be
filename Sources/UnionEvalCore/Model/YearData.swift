/// Everything read from one year's folder, validated and resolved to indices.
public struct YearData: Sendable {
    public var unions: [Union] = []
    public var members: [Member] = []
    /// In scoring order (see `arrangeInScoringOrder`): date, then activity name, then file and line.
    public var records: [ActivityRecord] = []
    /// Distinct activity names; records refer to them by index.
    public var activityNames: [String] = []
    /// Member indices of every record's organisers and participants, back to back.
    public var memberPool: [Int32] = []
    public var adjustments: [Adjustment] = []
    public var reviews: [Review] = []
    public var exclusions: [Exclusion] = []
    /// The office's entries for `deduction` indicators, from occurrences.csv.
    public var occurrences: [Occurrence] = []
    /// Units' own claims, from self_scores.csv.
    public var selfScores: [SelfScore] = []
    /// Path of reviews.csv when one was given.
    public var reviewsFile: String?
    /// The tables read (files, and sheets of workbooks); records point here by index.
    public var files: [InputTable] = []
    public var accounting: [FileAccounting] = []
    /// Ledger rows that were read but not used, with the reason, for the 计分依据 sheet.
    public var rejectedLedgerRows: [RejectedLedgerRow] = []
    /// Unions for which no ledger file was submitted.
    public var unionsWithoutLedger: Set<Int> = []
    /// The roster columns the activists' rules read (行政职务, 岗位类别, …): per column, each member's
    /// value, "" when blank. Only those columns, so a large roster carries no others.
    public var rosterValues: [String: [String]] = [:]
    /// Of those columns, the ones the roster file has at all.
    public var rosterColumnsPresent: Set<String> = []
    /// The columns of `Schemas.unionAttributeColumns` unions.csv has.
    public var unionColumnsPresent: Set<String> = []
    /// The activists' ballot and the units' (votes.csv), when the office gave one.
    public var ballots: [Ballot] = []
    public var voters: Voters?
    public var unitBallots: [Ballot] = []
    public var unitVoters: Voters?
    /// Where the ballots came from; nil when there is no votes file.
    public var votesFile: String?
    /// Objections raised during 公示 against people and against units, and their findings (objections.csv).
    public var objections: [Objection] = []
    public var unitObjections: [Objection] = []
    public var objectionsFile: String?

    public init() {}

    /// Per union: 会员人数 from unions.csv when given, else members with 会员=是 on the roster.
    public var memberCounts: [Int] = []
}
