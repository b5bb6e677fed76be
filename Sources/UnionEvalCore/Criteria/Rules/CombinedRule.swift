/// `rules: [...]` instead of `rule:`: one item scored by several rules, as rubrics write it ("年度内未召开
/// 教代会扣7分……到会率达不到要求扣3分"). The item's points are the sum of its parts, clamped to 0…`max`;
/// each part is a rule of its own kind with its own keys (and `match`, else the item's), its own `max`
/// (the item's by default) and a `name` for the 指标依据 line. A `deduction` part deducts: it gives what it
/// took off its `max`, as a negative amount.
struct CombinedRule: ScoringRule {
    static let name = "rules"
    static let keys: Set<String> = ["rules"]

    struct Part: Sendable {
        var rule: any ScoringRule
        var maximum: Points
        var label: String
        /// Counts what it took off its maximum, negatively (a `deduction` part).
        var deducts: Bool
    }

    let parts: [Part]

    /// Credit notes of the parts' own kinds carry the part in their code: part × this + code.
    static let codeStride = 1000

    var match: RecordMatch? { parts.lazy.compactMap(\.rule.match).first }
    var acceptsCommitteeScores: Bool { parts.contains { $0.rule.acceptsCommitteeScores } }
    var scoreRange: ScoreRange? { parts.lazy.compactMap(\.rule.scoreRange).first }
    var isRequiredEvent: Bool { parts.contains { $0.rule.isRequiredEvent } }
    var requiredEventMatch: RecordMatch? { parts.lazy.compactMap(\.rule.requiredEventMatch).first }
    var expectedEvidence: RecordMatch? { parts.lazy.compactMap(\.rule.expectedEvidence).first }
    var expectedEvidenceCount: Int { parts.first { $0.rule.expectedEvidence != nil }?.rule.expectedEvidenceCount ?? 1 }
    var acceptsOccurrences: Bool { parts.contains { $0.rule.acceptsOccurrences } }
    var occurrenceKinds: [String] { parts.flatMap(\.rule.occurrenceKinds) }
    func acceptsOccurrence(ofKind kind: String?) -> Bool { parts.contains { $0.rule.acceptsOccurrence(ofKind: kind) } }

    /// Not chosen by `rule:`: the indicator parser builds it from `rules:` (`CriteriaParser.parseParts`).
    static func parse(_ indicator: RuleParsing, log: inout DiagnosticLog) -> CombinedRule? { nil }

    func describe(maximum: Points, in criteria: Criteria) -> String {
        let listed = parts.enumerated().map { position, part in
            var text = part.rule.describe(maximum: part.maximum, in: criteria)
            // A deduction part has no base of its own: it only takes off.
            if part.deducts { text = "最多扣 \(part.maximum) 分，" + text.replacingOccurrences(of: "基础分 \(part.maximum) 分；", with: "") }
            return "（\(position + 1)）\(part.label)：\(text)"
        }
        return "以下各项合计，在 0–\(maximum) 分之间计分：" + listed.joined(separator: "；")
    }

    func creditText(code: Int, value: Points) -> String {
        let part = code / Self.codeStride
        guard parts.indices.contains(part) else { return "" }
        return parts[part].rule.creditText(code: code % Self.codeStride, value: value)
    }

    func score(_ indicator: IndicatorContext, scorer: inout Scorer) -> IndicatorScore {
        var total = Points.zero
        var lines: [String] = []
        for (position, part) in parts.enumerated() {
            var definition = indicator.definition
            definition.maximum = part.maximum
            definition.rule = part.rule
            let context = IndicatorContext(indicator: indicator.indicator, definition: definition, union: indicator.union, records: indicator.records)
            scorer.ruleCodeOffset = position * Self.codeStride
            let score = part.rule.score(context, scorer: &scorer)
            scorer.ruleCodeOffset = 0
            let points = part.deducts ? score.points - part.maximum : score.points
            total += points
            lines.append("\(part.label) \(points) 分（\(score.measured)）")
        }
        let clamped = min(max(total, .zero), indicator.maximum)
        var measured = lines.joined(separator: "；")
        measured += clamped != total ? "；合计 \(total) 分，按 0–\(indicator.maximum) 分计 \(clamped) 分" : "；合计 \(total) 分"
        return IndicatorScore(points: clamped, measured: measured)
    }
}
