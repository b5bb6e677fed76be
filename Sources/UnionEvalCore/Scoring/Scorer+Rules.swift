extension Scorer {
    mutating func scoreIndicator(_ indicator: Int, union: Int, records: [UnitRecord]) -> IndicatorScore {
        let definition = criteria.indicators[indicator]
        let maximum = definition.maximum
        switch definition.rule {
        case .count(let match, let each):
            let matching = records.filter { match.matches($0.record) }.map(\.index)
            var earned = Points.zero
            for index in matching {
                let room = maximum - earned
                if room <= .zero {
                    credit(index, indicator, points: .zero, counted: false, .capReached(maximum))
                } else {
                    let points = min(each, room)
                    earned += points
                    credit(index, indicator, points: points, .perRecord(each))
                }
            }
            explainNearMisses(indicator, match: match, records: records)
            return IndicatorScore(points: earned, measured: "\(matching.count) 次")

        case .requiredEvent(let match, let minimumCount, let deduction):
            let matching = records.filter { match.matches($0.record) }.map(\.index)
            let met = matching.count >= minimumCount
            for (position, index) in matching.enumerated() {
                // The record that completes the requirement carries the points; the rest are supporting evidence.
                let completes = position == minimumCount - 1
                credit(index, indicator, points: completes ? maximum : nil, completes ? .requiredCompleted : .requiredSupporting)
            }
            explainNearMisses(indicator, match: match, records: records)
            let points = met ? maximum : -deduction
            let shortfall = met ? "已完成" : (deduction > .zero ? "未完成，扣 \(deduction) 分" : "未完成")
            return IndicatorScore(points: points, measured: "\(matching.count) 次（需 \(minimumCount) 次）\(shortfall)")

        case .participationRate(let match, let scale):
            let members = data.memberCounts[union]
            for entry in records where match.matches(entry.record) {
                credit(entry.index, indicator, points: nil, .countsTowardRate)
            }
            guard members > 0 else { return IndicatorScore(points: .zero, measured: "—（会员人数为 0）") }
            let participants = distinctOwnMembers(records, union: union, match: match)
            let points = scale.points(numerator: participants * 1000, denominator: members, maximum: maximum)
            return IndicatorScore(points: points, measured: "\(Self.percent(participants, of: members))（\(participants)/\(members)）")

        case .perCapita(let match, let per, let scale):
            let members = data.memberCounts[union]
            let matching = records.filter { match.matches($0.record) }.map(\.index)
            for index in matching { credit(index, indicator, points: nil, .countsTowardPerCapita(per: per)) }
            explainNearMisses(indicator, match: match, records: records)
            guard members > 0 else { return IndicatorScore(points: .zero, measured: "\(matching.count) 次；—（会员人数为 0）") }
            let points = scale.points(numerator: matching.count * per * 1000, denominator: members, maximum: maximum)
            let value = Points(roundingTenths: matching.count * per * 10, over: members)
            return IndicatorScore(points: points, measured: "\(matching.count) 次，每\(per)人 \(value) 次")

        case .outcomes(let match, let table):
            return scoreOutcomes(indicator, match: match, table: table, records: records)

        case .manual:
            return scoreManual(indicator, union: union)
        }
    }

    /// One achievement (same activity name) counts once, at the level and outcome worth most.
    private mutating func scoreOutcomes(
        _ indicator: Int, match: RecordMatch, table: [ActivityLevel: [Int: Points]], records: [UnitRecord]
    ) -> IndicatorScore {
        let maximum = criteria.indicators[indicator].maximum
        var best: [Int32: (record: Int, points: Points)] = [:]
        var order: [Int32] = []
        for (index, record) in records where match.matches(record) {
            let points = record.outcome.flatMap { table[record.level]?[$0] } ?? .zero
            if let current = best[record.nameID] {
                if points > current.points {
                    credit(current.record, indicator, points: .zero, counted: false, .sameAchievementHigherLevel)
                    best[record.nameID] = (index, points)
                } else {
                    credit(index, indicator, points: .zero, counted: false, .sameAchievementHigherLevel)
                }
            } else {
                best[record.nameID] = (index, points)
                order.append(record.nameID)
            }
        }
        var earned = Points.zero
        var counted = 0
        for name in order {
            let (index, points) = best[name]!
            let record = data.records[index]
            guard points > .zero else {
                credit(index, indicator, points: .zero, counted: false, .outcomeNotInTable(record.level, outcome: record.outcome))
                continue
            }
            let room = maximum - earned
            if room <= .zero {
                credit(index, indicator, points: .zero, counted: false, .capReached(maximum))
                continue
            }
            let granted = min(points, room)
            earned += granted
            counted += 1
            credit(index, indicator, points: granted, .outcome(record.level, outcome: record.outcome))
        }
        return IndicatorScore(points: earned, measured: "成果 \(counted) 项")
    }

    /// Committee scores: with three or more reviewers drop one highest and one lowest, then average.
    private mutating func scoreManual(_ indicator: Int, union: Int) -> IndicatorScore {
        let scores = data.reviews.filter { $0.union == union && $0.indicator == indicator }.map(\.score).sorted()
        guard !scores.isEmpty else { return IndicatorScore(points: .zero, measured: "无评审打分") }
        let kept = scores.count >= 3 ? Array(scores.dropFirst().dropLast()) : scores
        let sum = kept.reduce(0) { $0 + $1.tenths }
        let average = Points(roundingTenths: sum, over: kept.count)
        let listed = scores.map(\.description).joined(separator: "、")
        let method = scores.count >= 3 ? "去掉最高、最低分后平均" : "平均"
        return IndicatorScore(points: average, measured: "评委 \(scores.count) 人（\(listed)），\(method)")
    }

    /// "65.0%" with one decimal, computed in integers.
    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "—" }
        return "\(Points(roundingTenths: part * 1000, over: whole))%"
    }
}
