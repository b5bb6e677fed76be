/// One kind of indicator rule (`rule:` in the criteria file). Each kind lives in one file that parses
/// its keys, describes itself in Chinese, scores a unit and explains each record it looked at; the
/// kinds are listed once, in `ScoringRules.all`. A new kind is one file plus its tests.
public protocol ScoringRule: Sendable {
    /// The value of `rule:` that selects this kind.
    static var name: String { get }
    /// The indicator keys this kind reads, besides the common ones (`IndicatorKeys.common`).
    static var keys: Set<String> { get }
    /// Whether a bonus indicator of this kind may leave out `max` (逐项累加，上不封顶).
    static var canBeUncapped: Bool { get }
    /// The rule from its indicator's mapping; nil when a problem was logged.
    static func parse(_ indicator: RuleParsing, log: inout DiagnosticLog) -> Self?

    /// Which ledger records the rule looks at; nil for a rule fed by office files only.
    var match: RecordMatch? { get }
    /// The rule in plain Chinese, for the 评分标准 sheet and anyone asking "why".
    func describe(maximum: Points, in criteria: Criteria) -> String
    /// One unit's points, crediting each record it looked at through `scorer`.
    func score(_ indicator: IndicatorContext, scorer: inout Scorer) -> IndicatorScore
    /// The words for a `CreditNote.rule` this kind filed.
    func creditText(code: Int, value: Points) -> String

    /// Whether the committee scores it in reviews.csv.
    var acceptsCommitteeScores: Bool { get }
    /// The scores reviews.csv (and self_scores.csv) may give it, when the rubric narrows 0 to max.
    var scoreRange: ScoreRange? { get }
    /// Whether it is a required event (必办活动), for the activists' extra quota.
    var isRequiredEvent: Bool { get }
    /// For a required event, the records that hold it (their months tell when it is due).
    var requiredEventMatch: RecordMatch? { get }
    /// Records every unit is expected to have (a required event, a count target): when no ledger of the
    /// year holds one, every unit loses the points, which says more about the rubric than the units.
    var expectedEvidence: RecordMatch? { get }
    /// How many such records a unit needs (a required event's `min_count`).
    var expectedEvidenceCount: Int { get }
    /// Whether the office lists occurrences for it in occurrences.csv (校工会登记事项).
    var acceptsOccurrences: Bool { get }
    /// The kinds (事项) an occurrence may name; empty when the rule prices every occurrence alike.
    var occurrenceKinds: [String] { get }
    /// Whether an occurrence of this kind (nil: none written) can be priced.
    func acceptsOccurrence(ofKind kind: String?) -> Bool
}

extension ScoringRule {
    public static var canBeUncapped: Bool { false }
    public func creditText(code: Int, value: Points) -> String { "" }
    public var acceptsCommitteeScores: Bool { false }
    public var scoreRange: ScoreRange? { nil }
    public var isRequiredEvent: Bool { false }
    public var requiredEventMatch: RecordMatch? { nil }
    public var expectedEvidence: RecordMatch? { requiredEventMatch }
    public var expectedEvidenceCount: Int { 1 }
    public var acceptsOccurrences: Bool { false }
    public var occurrenceKinds: [String] { [] }
    public func acceptsOccurrence(ofKind kind: String?) -> Bool { false }
}

/// Every rule kind the criteria file can name, in the order the documentation lists them.
public enum ScoringRules {
    public static let all: [any ScoringRule.Type] = [
        CountRule.self, RequiredEventRule.self, ParticipationRateRule.self, PerCapitaRule.self, OutcomesRule.self,
        CommitteeRule.self, OccurrenceDeductionRule.self, ShortfallRule.self, RosterRateRule.self,
    ]

    static func kind(named name: String) -> (any ScoringRule.Type)? {
        all.first { $0.name == name }
    }

    static var names: String { all.map { $0.name }.joined(separator: "、") }
}

/// What a rule kind's parser gets: the indicator's mapping, its maximum, its parsed `match` and the
/// rubric's vocabulary.
public struct RuleParsing {
    let map: YAMLMapping
    let id: String
    let maximum: Points
    let match: RecordMatch
    let vocabulary: Vocabulary

    var location: SourceLocation { YAMLMapping.location(of: map.mapping, file: map.file) }

    /// A key the kind cannot do without: logged when missing.
    func required<T>(_ key: String, _ value: T?, log: inout DiagnosticLog) -> T? {
        if value == nil && map[key] == nil {
            log.error("E-CRITERIA-MISSING", at: location, "缺少“\(map.childPath(key))”。")
        }
        return value
    }
}
