/// What a committee, peer or self score is given for: an indicator, a whole dimension, or the total.
public enum ScoreTarget: Sendable, Hashable {
    case indicator(Int)
    case dimension(Int)
    case total

    public func label(in criteria: Criteria) -> String {
        switch self {
        case .indicator(let index): return criteria.indicators[index].label
        case .dimension(let index): return "\(criteria.dimensions[index].id) \(criteria.dimensions[index].name)"
        case .total: return "总分"
        }
    }

    /// The highest score the target can have.
    public func maximum(in criteria: Criteria) -> Points {
        switch self {
        case .indicator(let index): return criteria.indicators[index].maximum
        case .dimension(let index):
            return criteria.indicators(in: index).reduce(Points.zero) { $0 + criteria.indicators[$1].maximum }
        case .total: return criteria.declaredTotal
        }
    }
}

extension Criteria {
    /// A target by an indicator's id, name or label, a dimension's id or name, or 总分.
    public func scoreTarget(for text: String) -> ScoreTarget? {
        let key = text.trimmingWhitespace()
        if let index = indicatorIndex(for: key) { return .indicator(index) }
        if let index = dimensions.firstIndex(where: { $0.id == key || $0.name == key || "\($0.id) \($0.name)" == key }) {
            return .dimension(index)
        }
        return ["总分", "总体", "综合"].contains(key) ? .total : nil
    }

    /// The weights that combine sources for the target, if the criteria give any.
    public func weights(for target: ScoreTarget) -> ScoreWeights? {
        switch target {
        case .indicator(let index): return indicators[index].weights
        case .dimension(let index): return dimensions[index].weights
        case .total: return totalWeights
        }
    }
}
