extension ActivistNomination {
    /// Each member's rank by points among the eligible candidates of their unit (equal points share a
    /// rank), as `explain --person` and the 推荐审批表 state it. One pass for everyone: papers for
    /// thousands of nominees must not scan the roster once each.
    public func unitRanks(in data: YearData) -> [Int] {
        var pointsByUnit = [[Points]](repeating: [], count: data.unions.count)
        for member in data.members.indices where !decisions[member].isIneligible {
            pointsByUnit[data.members[member].union].append(scores[member].points)
        }
        for union in pointsByUnit.indices { pointsByUnit[union].sort(by: >) }
        return data.members.indices.map { member in
            // Candidates with more points, plus one: the first index whose points are not higher.
            let points = scores[member].points
            let ranked = pointsByUnit[data.members[member].union]
            var low = 0
            var high = ranked.count
            while low < high {
                let middle = (low + high) / 2
                if ranked[middle] > points { low = middle + 1 } else { high = middle }
            }
            return low + 1
        }
    }
}
