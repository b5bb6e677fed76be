extension YearData {
    /// The unit's 不得分 entries in words: "“E2 换届选举”不得分：未按时换届".
    public func zeroedItems(of union: Int, criteria: Criteria) -> [String] {
        adjustments.filter { $0.union == union && $0.kind == .zeroed }.compactMap { adjustment in
            adjustment.target.map { "“\($0.label(in: criteria))”不得分：\(adjustment.reason)" }
        }
    }
}
