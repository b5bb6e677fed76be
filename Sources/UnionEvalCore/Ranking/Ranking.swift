/// Ranks units and applies the award rule. Ties that survive every tie-break at the award line
/// go to the committee; nothing is ever decided by name or file order.
public struct Ranking: Sendable {
    /// Unit indices, best first.
    public var order: [Int]
    /// Indexed by unit.
    public var standings: [Standing]
    public var places: Int
    /// What the ballot and 公示 did to the list (`AwardReview`), in sentences.
    public var statements: [String] = []
    /// With `groups`: each group's places, in the criteria's order (they add up to `places`).
    public var groupPlaces: [Int] = []

    public static func rank(_ evaluation: Evaluation, criteria: Criteria) -> Ranking {
        let units = evaluation.units
        let award = criteria.award
        let keys = units.map { tieBreakKey($0, award: award) }
        let sorted = units.indices.sorted { lhs, rhs in
            if units[lhs].total != units[rhs].total { return units[lhs].total > units[rhs].total }
            if keys[lhs] != keys[rhs] { return keys[lhs].lexicographicallyPrecedes(keys[rhs], by: >) }
            return lhs < rhs  // display order only; a tie here is never what decides an award
        }
        var standings = units.indices.map { Standing(union: $0, rank: 0, decision: .notRecommended, remark: "") }
        // Without groups one list of all units; with them, each group's, in the criteria's order, then the
        // units whose 组别 could not be read, which take part in no group's award.
        let groups = criteria.groups
        let lists: [(group: Int?, units: [Int], places: Int)]
        if groups.isEmpty {
            lists = [(nil, sorted, award.places(forUnitCount: units.count))]
        } else {
            let byGroup = groups.indices.map { group in sorted.filter { evaluation.group(of: $0) == group } }
            lists = zip(groups.indices, byGroup).map { group, members in
                (group, members, AwardRule(quota: groups[group].quota).places(forUnitCount: members.count))
            } + [(nil, sorted.filter { evaluation.group(of: $0) == nil }, 0)]
        }
        var order: [Int] = []
        var groupPlaces: [Int] = []
        for list in lists {
            decide(list.units, places: list.places, units: units, keys: keys, award: award, into: &standings)
            for union in list.units { standings[union].group = list.group }
            if list.group != nil { groupPlaces.append(list.places) }
            order += list.units
        }
        if !groups.isEmpty {
            for union in lists.last!.units {
                standings[union].remark = "“组别”未填写或不是评分标准中的分组，不参加评选（见“数据问题”）"
            }
        }
        for union in standings.indices { standings[union].scoreDecision = standings[union].decision }
        var ranking = Ranking(order: order, standings: standings, places: lists.reduce(0) { $0 + $1.places })
        ranking.groupPlaces = groupPlaces
        return ranking
    }

    /// Ranks one list (the school's, or a group's) and draws its award line over `places`.
    private static func decide(
        _ list: [Int], places: Int, units: [UnitScore], keys: [[Int]], award: AwardRule, into standings: inout [Standing]
    ) {
        for (position, union) in list.enumerated() {
            let previous = position > 0 ? list[position - 1] : nil
            standings[union].rank =
                previous.map { units[$0].total == units[union].total ? standings[$0].rank : position + 1 } ?? 1
        }
        var eligible: [Int] = []
        for union in list {
            if units[union].isVetoed {
                standings[union].decision = .vetoed
                standings[union].remark = "一票否决：" + units[union].vetoReasons.joined(separator: "；")
            } else if let minimum = award.minimumTotal, units[union].total < minimum {
                standings[union].decision = .belowMinimum
                standings[union].remark = "总分低于最低分数线 \(minimum) 分"
            } else {
                eligible.append(union)
            }
        }
        // Walk groups of units equal on total and every tie-break.
        var awarded = 0
        var start = 0
        while start < eligible.count {
            var end = start + 1
            while end < eligible.count && sameKey(eligible[start], eligible[end], units: units, keys: keys) { end += 1 }
            let tied = eligible[start..<end]
            let decision: AwardDecision
            if awarded + tied.count <= places {
                decision = .recommended
            } else if awarded < places {
                decision = .committee
            } else {
                decision = .notRecommended
            }
            for union in tied {
                standings[union].decision = decision
                if decision == .committee {
                    standings[union].remark = "与其他 \(tied.count - 1) 个单位总分及各项比较指标完全相同，跨越名额线（剩余名额 \(places - awarded) 个）"
                }
            }
            // A committee group holds every remaining place until the committee decides.
            if decision == .recommended { awarded += tied.count } else if decision == .committee { awarded = places }
            start = end
        }
    }

    /// How many units the unit is ranked among: its group's, or all.
    public func peers(of union: Int) -> Int {
        let group = standings[union].group
        return standings.count { $0.group == group }
    }

    /// "院系组" before a rank when units are ranked in groups; empty otherwise.
    public func groupLabel(of union: Int, in criteria: Criteria) -> String {
        guard !criteria.groups.isEmpty else { return "" }
        return standings[union].group.map { criteria.groups[$0].label } ?? "未分组单位中"
    }

    private static func sameKey(_ a: Int, _ b: Int, units: [UnitScore], keys: [[Int]]) -> Bool {
        units[a].total == units[b].total && keys[a] == keys[b]
    }

    /// The tie-break values, compared in order; rates are compared exactly as per-mille-free fractions.
    static func tieBreakKey(_ unit: UnitScore, award: AwardRule) -> [Int] {
        award.tieBreaks.map { tieBreak in
            switch tieBreak {
            case .dimension(let index): return unit.dimensionTotals[index].tenths
            case .indicator(let index): return unit.indicators[index].points.tenths
            case .participationRate:
                // Scaled to parts per billion: exact enough to separate any two real rosters.
                return unit.memberCount > 0 ? unit.participants * 1_000_000_000 / unit.memberCount : -1
            }
        }
    }
}
