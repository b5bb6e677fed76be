/// `deduction`: the indicator starts at its maximum and loses points per occurrence, never below zero.
/// Occurrences are the unit's matching ledger records when the indicator has a `match`, otherwise the
/// office's entries in occurrences.csv. 上级工会会议、培训缺席 1 次扣 1 分；迟报扣 2 分，未报扣 4 分.
struct OccurrenceDeductionRule: ScoringRule {
    static let name = "deduction"
    static let keys: Set<String> = ["per_occurrence", "kinds"]

    /// Matching ledger records are the occurrences; nil when the office lists them.
    let match: RecordMatch?
    /// Points per occurrence when the office does not name a kind, or for ledger records.
    let perOccurrence: Points?
    /// Points per occurrence of each kind (事项), in the criteria's order.
    let kinds: [(name: String, points: Points)]

    var acceptsOccurrences: Bool { match == nil }
    var occurrenceKinds: [String] { kinds.map(\.name) }

    func acceptsOccurrence(ofKind kind: String?) -> Bool { acceptsOccurrences && points(forKind: kind) != nil }

    static func parse(_ indicator: RuleParsing, log: inout DiagnosticLog) -> OccurrenceDeductionRule? {
        let perOccurrence = indicator.map.points("per_occurrence", log: &log)
        var kinds: [(name: String, points: Points)] = []
        if let map = YAMLMapping(indicator.map["kinds"], path: indicator.map.childPath("kinds"), file: indicator.map.file, log: &log) {
            for (key, _) in map.mapping {
                let name = key.string?.trimmingWhitespace() ?? ""
                if let points = map.points(name, log: &log) { kinds.append((name, points)) }
            }
        }
        let hasMatch = indicator.map["match"] != nil
        if perOccurrence == nil && kinds.isEmpty {
            log.error(
                "E-CRITERIA-MISSING", at: indicator.location,
                "“\(indicator.map.path)”需要 per_occurrence（每次扣分）或 kinds（各类事项的扣分，如 {迟报: 2, 未报: 4}）。")
            return nil
        }
        if hasMatch && !kinds.isEmpty {
            log.error(
                "E-CRITERIA-KEY", at: indicator.location,
                "“\(indicator.map.childPath("kinds"))”只用于校工会登记的事项（occurrences.csv）；按台账记录扣分时请用 per_occurrence。")
            return nil
        }
        return OccurrenceDeductionRule(match: hasMatch ? indicator.match : nil, perOccurrence: perOccurrence, kinds: kinds)
    }

    func describe(maximum: Points, in criteria: Criteria) -> String {
        var prices: [String] = kinds.map { "\($0.name)每次扣 \($0.points) 分" }
        if let perOccurrence { prices.insert("每次扣 \(perOccurrence) 分", at: 0) }
        let source = match.map { "台账中\($0.describe(in: criteria))" } ?? "校工会登记的事项（occurrences.csv），"
        return "基础分 \(maximum) 分；\(source)\(prices.joined(separator: "，"))，扣完为止"
    }

    func creditText(code: Int, value: Points) -> String { "扣 \(value) 分" }

    /// Points an office entry costs; nil when its kind is not one the rule prices (reported when loaded).
    func points(forKind kind: String?) -> Points? {
        guard let kind else { return perOccurrence }
        return kinds.first { $0.name == kind }?.points
    }

    func score(_ indicator: IndicatorContext, scorer: inout Scorer) -> IndicatorScore {
        var deducted = Points.zero
        var count = 0
        if let match, let each = perOccurrence {
            for index in indicator.matching(match) {
                count += 1
                deducted += each
                scorer.credit(index, indicator.indicator, points: -each, .rule(code: 0, value: each))
            }
        } else {
            for occurrence in scorer.data.occurrences
            where occurrence.union == indicator.union && occurrence.indicator == indicator.indicator {
                count += occurrence.count
                deducted += (points(forKind: occurrence.kind) ?? .zero) * occurrence.count
            }
        }
        let points = max(indicator.maximum - deducted, .zero)
        let floor = deducted > indicator.maximum ? "，扣完为止" : ""
        return IndicatorScore(points: points, measured: count == 0 ? "无扣分事项" : "\(count) 次，扣 \(deducted) 分\(floor)")
    }
}
