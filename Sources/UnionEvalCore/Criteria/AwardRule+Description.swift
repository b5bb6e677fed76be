extension AwardRule {
    /// The award rule in words, with the number of places it gives this year.
    public func describe(in criteria: Criteria, unitCount: Int) -> String {
        var placesText: String
        switch quota {
        case .count(let count):
            placesText = "名额 \(count) 个"
        case .fraction(let permille, let rounding):
            placesText = "名额为参评单位数的 \(Points(tenths: permille))%（\(unitCount) 个单位，\(rounding.chineseName)，即 \(places(forUnitCount: unitCount)) 个）"
        }
        if !criteria.groups.isEmpty {
            placesText = "分组评选：" + criteria.groups.map { "\($0.label)\($0.placesText)" }.joined(separator: "，")
        }
        let minimum = minimumTotal.map { "；总分须不低于 \($0) 分" } ?? ""
        let ties = tieBreaks.map { tieBreak -> String in
            switch tieBreak {
            case .dimension(let index): return "“\(criteria.dimensions[index].name)”得分高者优先"
            case .indicator(let index): return "“\(criteria.indicators[index].label)”得分高者优先"
            case .participationRate: return "会员参与率高者优先"
            }
        }
        let tieText = ties.isEmpty ? "" : "；名额线上同分时依次比较：\(ties.joined(separator: "，"))"
        let order = criteria.groups.isEmpty ? "按总分从高到低排名" : "各组按总分从高到低排名"
        return "\(order)，同分同名次；\(placesText)\(minimum)；被一票否决的单位不得评选\(tieText)；仍完全相同且跨越名额线的，提交委员会裁定"
    }
}
