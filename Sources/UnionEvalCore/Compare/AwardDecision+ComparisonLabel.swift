extension AwardDecision {
    /// A decision in a few characters for 变化对照, every "not recommended" named by its kind (排名汇总
    /// writes "—" for all of them; a comparison has to say which one changed into which).
    var comparisonLabel: String {
        switch self {
        case .notRecommended: return "未推荐"
        case .vetoed: return "否决"
        case .belowMinimum: return "未达最低分"
        default: return shortLabel
        }
    }
}
