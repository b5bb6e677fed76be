/// The words of the 表彰决定 draft that are the office's, not the lists' (`award.papers.decision`): who
/// issues it, why the school awards, and what it asks of everyone.
public struct DecisionText: Sendable, Hashable {
    public var issuer = "校工会"
    /// What the decision is made according to ("根据……"); nil to take the criteria's `basis`.
    public var basis: String?
    public var purpose = "为表彰先进、树立典型，进一步激发各二级工会和广大教职工参与工会工作的积极性，"
    public var closing =
        "希望受到表彰的单位和个人珍惜荣誉、再接再厉，充分发挥示范引领作用。各二级工会和广大教职工要以先进为榜样，立足本职、履职尽责，推动学校工会工作再上新台阶。"

    public init() {}

    /// The criteria's `basis` as a decision quotes it after "根据": without a leading verb of its own
    /// ("参照……") and without notes in brackets ("（五项各20分……）").
    public static func basis(from text: String) -> String {
        var basis = text.trimmingWhitespace()
        for verb in ["参照", "根据", "依据", "按照"] where basis.hasPrefix(verb) { basis = String(basis.dropFirst(verb.count)) }
        while let open = basis.firstIndex(where: { $0 == "（" || $0 == "(" }),
            let close = basis[open...].firstIndex(where: { $0 == "）" || $0 == ")" })
        {
            basis.removeSubrange(open...close)
        }
        return basis.isEmpty ? "校工会年度评优工作安排" : basis
    }
}
