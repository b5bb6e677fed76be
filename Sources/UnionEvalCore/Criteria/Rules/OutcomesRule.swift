/// `outcomes`: points by level × outcome from a table; one achievement (same activity name) counts
/// once, at the level worth most. 省部级一等奖 6 分、市级一等奖 4 分.
struct OutcomesRule: ScoringRule {
    static let name = "outcomes"
    static let canBeUncapped = true
    static let keys: Set<String> = ["table"]

    let match: RecordMatch?
    let table: [ActivityLevel: [Int: Points]]

    static func parse(_ indicator: RuleParsing, log: inout DiagnosticLog) -> OutcomesRule? {
        OutcomesRule(
            match: indicator.match,
            table: CriteriaParser.parseOutcomeTable(indicator.map, key: "table", vocabulary: indicator.vocabulary, log: &log))
    }

    func describe(maximum: Points, in criteria: Criteria) -> String {
        let entries = table.keys.sorted(by: >).flatMap { level in
            // Equal points fall back to the criteria's order of outcomes: a dictionary's order changes per run.
            table[level]!.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { "\(criteria.levelName(level))\(criteria.outcomes[$0.key]) \($0.value) 分" }
        }
        let cap = maximum.isUncapped ? "逐项累加，上不封顶" : "最高 \(maximum) 分"
        return "\(match!.describe(in: criteria))按级别和成果计分：\(entries.joined(separator: "，"))；同一成果只按最高级别计一次，\(cap)"
    }

    func score(_ indicator: IndicatorContext, scorer: inout Scorer) -> IndicatorScore {
        let index = indicator.indicator
        var best: [Int32: (record: Int, points: Points)] = [:]
        var order: [Int32] = []
        for (position, record) in indicator.records where match!.matches(record) {
            let points = record.outcome.flatMap { table[record.level]?[$0] } ?? .zero
            guard let current = best[record.nameID] else {
                best[record.nameID] = (position, points)
                order.append(record.nameID)
                continue
            }
            if points > current.points {
                scorer.credit(current.record, index, points: .zero, counted: false, .sameAchievementHigherLevel)
                best[record.nameID] = (position, points)
            } else {
                scorer.credit(position, index, points: .zero, counted: false, .sameAchievementHigherLevel)
            }
        }
        var earned = Points.zero
        var counted = 0
        for name in order {
            let (position, points) = best[name]!
            let record = scorer.data.records[position]
            guard points > .zero else {
                scorer.credit(
                    position, index, points: .zero, counted: false, .outcomeNotInTable(record.level, outcome: record.outcome))
                continue
            }
            let room = indicator.maximum - earned
            guard room > .zero else {
                scorer.credit(position, index, points: .zero, counted: false, .capReached(indicator.maximum))
                continue
            }
            let granted = min(points, room)
            earned += granted
            counted += 1
            scorer.credit(position, index, points: granted, .outcome(record.level, outcome: record.outcome))
        }
        return IndicatorScore(points: earned, measured: "成果 \(counted) 项")
    }
}
